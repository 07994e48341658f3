// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.command;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.open;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.advocacy.core.validation.EngagementLifecycle;
import org.advocacy.core.validation.Transition;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.SummaryState;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.internal.OverviewPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.advocacy.ui.views.EngagementsViewAccess;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement editor, driven through its real widgets inside the running workbench. */
@ExtendWith(OpenSample.class)
class EngagementEditorTest {

	@Test
	void doubleClickOpensTheEditorAndAnEditUndoesRedoesAndSurvivesSaving() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(0);
		String key = engagement.getKey();
		String before = engagement.getCustomerWords();
		String words = "We have been unable to conduct business for several hours.";

		EngagementEditor editor = doubleClick(key);
		assertEquals(key, editor.getPartName());
		assertSame(engagement, editor.getEngagement());
		assertSame(session().getEditingDomain(), editor.getAdapter(org.eclipse.emf.edit.domain.EditingDomain.class));
		Text field = overview(editor).getWordsText();
		assertEquals(nullToEmpty(before), field.getText());

		type(field, words);
		assertEquals(words, engagement.getCustomerWords(), "the edit is committed when the field loses focus");
		assertTrue(editor.isDirty());

		command("org.eclipse.ui.edit.undo");
		assertEquals(before, engagement.getCustomerWords(), "Edit > Undo restores the model");
		assertEquals(nullToEmpty(before), field.getText(), "and the field");
		command("org.eclipse.ui.edit.redo");
		assertEquals(words, engagement.getCustomerWords());
		assertEquals(words, field.getText());

		command("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		assertFalse(session().isDirty());

		Path file = session().getFile();
		page().closeAllEditors(false);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
		EngagementEditor reopened = doubleClick(key);
		assertNotEquals(engagement, reopened.getEngagement(), "a fresh load of the file");
		assertEquals(words, reopened.getEngagement().getCustomerWords());
		assertEquals(words, overview(reopened).getWordsText().getText());
	}

	@Test
	void aRefusedTransitionIsDisabledWithItsReasonAndAnAllowedOneIsOneUndoableCommand() throws Exception {
		Engagement refused = session().getRepository().getEngagements().stream()
				.filter(e -> EngagementLifecycle.transitions(e).stream().anyMatch(t -> !t.allowed())).findFirst()
				.orElseThrow();
		EngagementEditor editor = open(refused);
		List<Button> buttons = overview(editor).getTransitions().getButtons();
		Transition expected = EngagementLifecycle.transitions(refused).stream().filter(t -> !t.allowed())
				.findFirst().orElseThrow();
		Button button = buttons.stream().filter(b -> ((Transition) b.getData()).to() == expected.to()).findFirst()
				.orElseThrow();

		assertEquals(expected.actionName(), button.getText());
		assertFalse(button.isEnabled(), "a refused move is disabled");
		Control[] siblings = button.getParent().getChildren();
		Label reason = (Label) siblings[Arrays.asList(siblings).indexOf(button) + 1];
		String first = expected.reasons().get(0);
		assertTrue(reason.getText().contains(first.substring(first.indexOf(": ") + 2)),
				"the reason is shown: " + reason.getText());
		assertEquals(String.join("\n", expected.reasons()), button.getToolTipText(), "in full as the tool tip");
		assertTrue(reason.isVisible());

		Engagement movable = session().getRepository().getEngagements().stream()
				.filter(e -> EngagementLifecycle.transitions(e).stream().anyMatch(Transition::allowed)).findFirst()
				.orElseThrow();
		EngagementEditor other = open(movable);
		EngagementState from = movable.getState();
		Button allowed = overview(other).getTransitions().getButtons().stream().filter(Button::isEnabled).findFirst()
				.orElseThrow();
		EngagementState to = ((Transition) allowed.getData()).to();
		allowed.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(to, movable.getState());
		assertTrue(overview(other).getTransitions().getButtons().stream()
				.allMatch(b -> ((Transition) b.getData()).from() == to), "the buttons follow the new state");
		command("org.eclipse.ui.edit.undo");
		assertEquals(from, movable.getState());
	}

	@Test
	void aValidationProblemDecoratesTheFieldAndGoesAwayWhenFixed() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().get(1);
		String key = engagement.getKey();
		EngagementEditor editor = open(engagement);
		OverviewPage overview = overview(editor);
		ScrolledForm form = overview.getManagedForm().getForm();
		assertFalse(caseNumberProblem(form), "no problem with the case number at first");

		type(overview.getKeyText(), "");
		assertEquals("", nullToEmpty(engagement.getKey()));
		assertTrue(caseNumberProblem(form), "the header reports the missing case number");
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		IMessage message = Arrays.stream(form.getForm().getChildrenMessages())
				.filter(m -> m.getMessage().contains("case number")).findFirst().orElseThrow();
		assertSame(overview.getKeyText(), message.getControl(), "the problem leads to the case-number field");

		type(overview.getKeyText(), key);
		assertFalse(caseNumberProblem(form), "fixing the field removes the problem");
	}

	@Test
	void theSituationSummaryIsReviewedAndItsChronologyIsSortedByTime() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getSituationSummary() != null
						&& e.getSituationSummary().getChronology().size() > 1
						&& e.getSituationSummary().getState() == SummaryState.DRAFT)
				.findFirst().orElseThrow();
		EngagementEditor editor = open(engagement);
		editor.setActivePage(SituationSummaryPage.ID);
		processEvents();
		SituationSummaryPage summary = (SituationSummaryPage) editor.findPage(SituationSummaryPage.ID);

		Table chronology = summary.getChronology().getViewer().getTable();
		assertEquals(engagement.getSituationSummary().getChronology().size(), chronology.getItemCount());
		Instant previous = Instant.MIN;
		for (TableItem row : chronology.getItems()) {
			Instant at = ((ChronologyEvent) row.getData()).getOccurredAt();
			assertFalse(at.isBefore(previous), "oldest first");
			previous = at;
		}

		assertEquals("Mark as reviewed", summary.getStateButton().getText());
		summary.getStateButton().notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(SummaryState.REVIEWED, engagement.getSituationSummary().getState());
		assertEquals(engagement.getAdvocate(), engagement.getSituationSummary().getReviewedBy());
		assertEquals("Back to draft", summary.getStateButton().getText());
		command("org.eclipse.ui.edit.undo");
		assertEquals(SummaryState.DRAFT, engagement.getSituationSummary().getState());
		assertEquals(null, engagement.getSituationSummary().getReviewedAt());
	}

	private static boolean caseNumberProblem(ScrolledForm form) {
		IMessage[] messages = form.getForm().getChildrenMessages();
		return messages != null && Arrays.stream(messages).anyMatch(m -> m.getMessage().contains("case number"));
	}

	private EngagementEditor doubleClick(String key) {
		EngagementsViewAccess.doubleClick(page(), key);
		processEvents();
		IEditorPart active = page().getActiveEditor();
		assertNotNull(active, "an editor opened");
		return (EngagementEditor) active;
	}

	private static OverviewPage overview(EngagementEditor editor) {
		return (OverviewPage) editor.findPage(OverviewPage.ID);
	}

	private static void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		field.notifyListeners(SWT.FocusOut, new Event());
		processEvents();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
