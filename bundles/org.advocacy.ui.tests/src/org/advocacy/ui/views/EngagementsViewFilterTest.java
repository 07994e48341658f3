// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.openSample;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.nudges.DueTimes;
import org.advocacy.ui.nudges.NudgeService;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Engagements view's filter bar, virtual table and memento, driven through the real widgets: each filter
 * narrows the table to exactly the right engagements, "overdue" follows the escalation engine at a fixed clock,
 * the filter survives closing and reopening the view, sorting and double-click still work.
 */
class EngagementsViewFilterTest {

	@TempDir
	Path folder;

	@BeforeEach
	void openSampleRepository() throws Exception {
		NudgeService.get().setPopupsEnabled(false);
		NudgeService.get().setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		openSample(folder);
		NudgeService.get().refresh();
		processEvents();
	}

	@AfterEach
	void clearFiltersAndPreferences() {
		page().closeAllEditors(false);
		Button clear = button("C&lear");
		if (clear.isEnabled()) {
			click(clear);
		}
		AdvocacyUiPlugin.getDefault().getPreferenceStore().setToDefault(NudgePreferences.YOU_ARE);
		NudgeService.get().setClock(Clock.systemDefaultZone());
		NudgeService.get().setPopupsEnabled(true);
		processEvents();
	}

	@Test
	void theStateFilterShowsExactlyTheEngagementsInThatState() {
		EngagementState state = mostCommon(EngagementState.VALUES, Engagement::getState);

		select(combo("Any state"), state.getLiteral());

		assertShown(engagement -> engagement.getState() == state);
		assertEquals(count(engagement -> engagement.getState() == state) + " of " + engagements().size()
				+ " engagements \u2014 " + session().getRepository().getName(), view().getContentDescription());
	}

	@Test
	void theColourFilterShowsExactlyTheEngagementsOfThatColour() {
		select(combo("Any colour"), StatusColour.RED.getLiteral());

		EngagementColours colourCodes = new EngagementColours(Instant.now());
		assertShown(engagement -> colourCodes.colourOf(engagement) == StatusColour.RED);
	}

	@Test
	void theSegmentFilterShowsExactlyTheEngagementsOfCustomersInThatSegment() {
		String segment = mostCommon(engagements().stream().map(EngagementFilter::segmentOf).distinct().toList(),
				EngagementFilter::segmentOf);

		select(combo("Any segment"), segment);

		assertShown(engagement -> segment.equals(EngagementFilter.segmentOf(engagement)));
	}

	@Test
	void theAdvocateFilterAndTheTextFilterCombine() {
		String advocate = mostCommon(engagements().stream().map(EngagementFilter::advocateOf).distinct().toList(),
				EngagementFilter::advocateOf);
		String customer = engagements().stream().filter(engagement -> advocate.equals(
				EngagementFilter.advocateOf(engagement))).findFirst().orElseThrow().getCustomer().getName();

		select(combo("Any advocate"), advocate);
		assertShown(engagement -> advocate.equals(EngagementFilter.advocateOf(engagement)));
		type(customer.toUpperCase());

		assertShown(engagement -> advocate.equals(EngagementFilter.advocateOf(engagement))
				&& engagement.getCustomer().getName().equals(customer));
	}

	@Test
	void mineIsDisabledUntilTheUserSaysWhoTheyAreThenShowsTheirEngagements() {
		Button mine = button("&Mine");
		assertFalse(mine.isEnabled(), "nobody chosen in the preferences");
		assertTrue(mine.getToolTipText().contains("Preferences"), mine.getToolTipText());

		String me = mostCommon(engagements().stream().map(EngagementFilter::advocateOf).distinct().toList(),
				EngagementFilter::advocateOf);
		AdvocacyUiPlugin.getDefault().getPreferenceStore().setValue(NudgePreferences.YOU_ARE, me);
		processEvents();
		assertTrue(mine.isEnabled(), "the preference enables Mine");
		click(mine);

		assertShown(engagement -> me.equals(EngagementFilter.advocateOf(engagement)));
	}

	@Test
	void overdueShowsWhatTheEscalationEngineSaysIsPastDueAtTheClock() {
		DueTimes due = DueTimes.evaluate(session().getRepository(), NOW, new EscalationLadder(
				NudgePreferences.warnings()));
		Predicate<Engagement> overdue = engagement -> due.updates().containsKey(engagement)
				&& due.updates().get(engagement).isOverdue()
				|| due.steps().containsKey(engagement) && due.steps().get(engagement).isDue();
		assertTrue(count(overdue) > 0 && count(overdue) < engagements().size(),
				"the sample has some, not all, engagements overdue at its own 'now'");

		click(button("O&verdue"));
		assertShown(overdue);

		NudgeService.get().setClock(Clock.fixed(NOW.plusSeconds(3 * 24 * 3600), ZoneOffset.UTC));
		NudgeService.get().refresh();
		processEvents();
		DueTimes threeDaysLater = NudgeService.get().getCurrent();
		assertTrue(count(engagement -> EngagementFilter.isOverdue(engagement, threeDaysLater)) > count(overdue),
				"more is overdue three days later");
		assertShown(engagement -> EngagementFilter.isOverdue(engagement, threeDaysLater));
	}

	@Test
	void theFilterSurvivesClosingAndReopeningTheView() throws Exception {
		EngagementsView before = view();
		select(combo("Any colour"), StatusColour.YELLOW.getLiteral());
		click(button("O&verdue"));
		List<String> shown = shownKeys();

		page().hideView(before);
		processEvents();
		page().showView(EngagementsView.ID);
		processEvents();

		assertNotSame(before, view(), "a new view was created");
		assertEquals(StatusColour.YELLOW.getLiteral(), combo("Any colour").getText());
		assertTrue(button("O&verdue").getSelection());
		assertEquals(shown, shownKeys());
	}

	@Test
	void clickingAHeaderSortsAndASecondClickReversesAlsoWhenFiltered() {
		TableColumn status = Arrays.stream(table().getColumns()).filter(column -> column.getText().equals("Status"))
				.findFirst().orElseThrow();

		status.notifyListeners(SWT.Selection, new Event());
		processEvents();
		List<Integer> ascending = statusRanks();
		assertEquals(ascending.stream().sorted().toList(), ascending, "Green, then Yellow, then Red");
		assertTrue(ascending.stream().distinct().count() > 1, "the sample mixes colours");
		status.notifyListeners(SWT.Selection, new Event());
		processEvents();
		List<Integer> descending = statusRanks();

		assertEquals(ascending.reversed(), descending);
		assertEquals(SWT.DOWN, table().getSortDirection());
		click(button("O&verdue"));
		List<Integer> filtered = statusRanks();

		assertTrue(filtered.size() < descending.size(), "the filter narrowed the table");
		assertEquals(filtered.stream().sorted(java.util.Comparator.reverseOrder()).toList(), filtered,
				"still Red, then Yellow, then Green");
	}

	@Test
	void anEditToAShownFeatureRefiltersTheTableAndUndoBringsTheRowBack() {
		EngagementState state = mostCommon(EngagementState.VALUES, Engagement::getState);
		select(combo("Any state"), state.getLiteral());
		Engagement moved = engagements().stream().filter(engagement -> engagement.getState() == state)
				.findFirst().orElseThrow();
		CommandStack stack = session().getEditingDomain().getCommandStack();

		stack.execute(FeatureCommands.set(session().getEditingDomain(), moved, Literals.ENGAGEMENT__STATE,
				state == EngagementState.CLOSE_OUT ? EngagementState.ENGAGED : EngagementState.CLOSE_OUT));
		processEvents();
		assertFalse(shownKeys().contains(moved.getKey()), "no longer in the filtered state");
		stack.undo();
		processEvents();

		assertTrue(shownKeys().contains(moved.getKey()), "back after undo");
		assertShown(engagement -> engagement.getState() == state);
	}

	@Test
	void doubleClickOnAFilteredRowOpensTheEditorOfThatEngagement() {
		select(combo("Any colour"), StatusColour.RED.getLiteral());
		String key = shownKeys().get(shownKeys().size() - 1);

		EngagementsViewAccess.doubleClick(page(), key);
		processEvents();

		IEditorPart editor = page().getActiveEditor();
		assertNotNull(editor);
		assertEquals(EngagementEditor.ID, editor.getSite().getId());
		assertEquals(key, ((EngagementEditorInput) editor.getEditorInput()).resolve(session()).getKey());
	}

	private void assertShown(Predicate<Engagement> expected) {
		List<String> keys = engagements().stream().filter(expected).map(Engagement::getKey).sorted().toList();
		assertFalse(keys.isEmpty(), "the sample has engagements that pass the filter");
		assertEquals(keys, shownKeys().stream().sorted().toList());
	}

	private static <T> T mostCommon(List<T> values, java.util.function.Function<Engagement, T> of) {
		return values.stream().filter(value -> value != null).max(java.util.Comparator.comparingLong(
				value -> engagements().stream().filter(engagement -> value.equals(of.apply(engagement))).count()))
				.orElseThrow();
	}

	private static long count(Predicate<Engagement> predicate) {
		return engagements().stream().filter(predicate).count();
	}

	private static List<Engagement> engagements() {
		return session().getRepository().getEngagements();
	}

	/** @return the colour code of each row as its rank (Green 0, Yellow 1, Red 2, none last) */
	private static List<Integer> statusRanks() {
		return column("Status").stream().map(text -> text.isEmpty() ? Integer.MAX_VALUE
				: StatusColour.get(text).ordinal()).toList();
	}

	private static List<String> shownKeys() {
		return column("Key");
	}

	/** @return the texts of a column, row by row, as the virtual table renders them */
	private static List<String> column(String title) {
		Table table = table();
		int index = Arrays.asList(table.getColumns()).indexOf(Arrays.stream(table.getColumns())
				.filter(column -> column.getText().equals(title)).findFirst().orElseThrow());
		return Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList();
	}

	private static void select(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index > 0, "no choice " + item + " in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static void type(String text) {
		Text search = controls(Text.class).stream().findFirst().orElseThrow();
		search.setText(text);
		processEvents();
	}

	private static void click(Button button) {
		button.setSelection(!button.getSelection() || (button.getStyle() & SWT.PUSH) != 0);
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static Combo combo(String any) {
		return controls(Combo.class).stream().filter(combo -> combo.getItem(0).equals(any)).findFirst()
				.orElseThrow(() -> new AssertionError("no drop-down " + any));
	}

	private static Button button(String label) {
		return Widgets.button(table().getParent(), label);
	}

	private static <T extends Control> List<T> controls(Class<T> type) {
		return Widgets.findAll(table().getParent(), type);
	}

	private static EngagementsView view() {
		EngagementsView view = (EngagementsView) page().findView(EngagementsView.ID);
		assertNotNull(view, "the Engagements view is open");
		return view;
	}

	private static Table table() {
		processEvents();
		return view().getViewer().getTable();
	}
}
