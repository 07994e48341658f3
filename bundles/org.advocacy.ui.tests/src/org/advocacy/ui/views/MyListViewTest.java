// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.list.OwedItem;
import org.advocacy.core.list.OwedKind;
import org.advocacy.core.list.PersonalList;
import org.advocacy.core.list.PersonalLists;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ListPriority;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The My List view shows the list of the person the user said they are: Today's A items first, the incoming items
 * to triage, the other priorities; its buttons triage and cross off the selected items through undoable commands,
 * and what cannot be crossed off from the list says why — all through the real widgets.
 */
@ExtendWith(OpenSample.class)
class MyListViewTest {

	private AdvocacyRepository repository;
	private Person busiest;
	private MyListView view;

	@BeforeEach
	void openTheViewAsTheBusiestPerson() throws Exception {
		repository = session().getRepository();
		busiest = repository.getOrganization().getPeople().stream()
				.max(Comparator.comparingInt(person -> PersonalLists.of(repository, person, NOW, ZoneOffset.UTC)
						.owed().size()))
				.orElseThrow();
		AdvocacyUiPlugin.getDefault().getPreferenceStore().setValue(NudgePreferences.YOU_ARE, busiest.getName());
		view = (MyListView) page().showView(MyListView.ID);
		view.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		DisplayEvents.processEvents();
	}

	@AfterEach
	void forgetWhoTheUserIs() {
		AdvocacyUiPlugin.getDefault().getPreferenceStore().setToDefault(NudgePreferences.YOU_ARE);
		page().hideView(view);
	}

	private List<String> sections() {
		return Arrays.stream(view.getTree().getTree().getItems()).map(item -> item.getText(0)).toList();
	}

	private TreeItem section(String title) {
		return Arrays.stream(view.getTree().getTree().getItems()).filter(item -> item.getText(0).startsWith(title))
				.findFirst().orElseThrow(() -> new AssertionError("no section " + title + " in " + sections()));
	}

	private static List<String> texts(TreeItem section) {
		return Arrays.stream(section.getItems()).map(item -> item.getText(0)).toList();
	}

	private Control root() {
		return view.getTree().getTree().getParent().getParent();
	}

	private void press(String label) {
		Button button = Widgets.button(root(), label);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
	}

	private void select(OwedItem item) {
		view.getTree().setSelection(new StructuredSelection(item), true);
		DisplayEvents.processEvents();
	}

	@Test
	void showsTheUsersListTodayFirstThenIncomingThenTheOtherPriorities() {
		PersonalList list = view.getList();
		assertSame(busiest, list.person(), "the person the user said they are");
		assertSame(busiest, view.getPeople().getStructuredSelection().getFirstElement());
		assertEquals("Today (A)  (" + list.today().size() + ")", sections().get(0));
		assertTrue(sections().contains("Incoming, to triage  (" + list.incoming().size() + ")"), sections().toString());
		assertEquals(list.today().stream().map(OwedItem::title).toList(), texts(section("Today (A)")));
		assertTrue(view.getContentDescription().startsWith(busiest.getName() + ": " + list.today().size()
				+ " for today, " + list.incoming().size() + " to triage"), view.getContentDescription());
		assertFalse(Widgets.button(root(), "Cross Off").isEnabled(), "nothing selected");
	}

	@Test
	void triagingAnIncomingItemMovesItToTodayAndUndoPutsItBack() {
		OwedItem incoming = view.getList().incoming().get(0);
		select(incoming);

		press("A");

		assertEquals(ListPriority.A, incoming.item().getPriority());
		assertEquals(NOW, incoming.item().getPrioritizedAt());
		assertTrue(texts(section("Today (A)")).contains(incoming.title()));
		assertFalse(view.getList().incoming().stream().anyMatch(item -> item.item() == incoming.item()));
		assertEquals(List.of(incoming.item()), view.getTree().getStructuredSelection().stream()
				.map(element -> ((OwedItem) element).item()).toList(), "the item stays selected");

		session().getEditingDomain().getCommandStack().undo();
		DisplayEvents.processEvents();
		assertEquals(ListPriority.NEW, incoming.item().getPriority());
		assertTrue(texts(section("Incoming, to triage")).contains(incoming.title()));
	}

	@Test
	void crossingOffAnActionItemMarksItDoneAndStrikesItThrough() {
		OwedItem action = view.getList().owed().stream().filter(item -> item.kind() == OwedKind.ACTION_ITEM)
				.findFirst().orElseThrow();
		select(action);

		press("Cross Off");

		assertEquals(NOW, action.item().getCrossedOffAt());
		assertEquals(ActionStatus.DONE, ((ActionItem) action.item()).getStatus());
		TreeItem crossed = section("Crossed off");
		assertTrue(texts(crossed).contains(action.title()), texts(crossed).toString());
		assertFalse(Widgets.button(root(), "Cross Off").isEnabled(), "a crossed-off item cannot be crossed off again");
	}

	@Test
	void anUpdateCannotBeCrossedOffFromTheListAndTheViewSaysWhy() {
		OwedItem update = view.getList().owed().stream().filter(item -> item.kind() == OwedKind.UPDATE).findFirst()
				.orElseThrow(() -> new AssertionError("the busiest person has an update to send"));
		int commands = session().getEditingDomain().getCommandStack().canUndo() ? 1 : 0;
		select(update);

		press("Cross Off");

		assertNull(update.item().getCrossedOffAt());
		assertTrue(view.getMessage().getText().contains("A customer update is crossed off when it is sent"),
				view.getMessage().getText());
		assertEquals(commands, session().getEditingDomain().getCommandStack().canUndo() ? 1 : 0, "nothing executed");
	}

	@Test
	void choosingAnotherPersonShowsTheirList() {
		Person other = repository.getOrganization().getPeople().stream().filter(person -> person != busiest)
				.findFirst().orElseThrow();

		view.getPeople().setSelection(new StructuredSelection(other));
		DisplayEvents.processEvents();

		assertSame(other, view.getList().person());
		assertEquals(PersonalLists.of(repository, other, NOW, ZoneOffset.UTC).owed().size(),
				view.getList().owed().size());
	}
}
