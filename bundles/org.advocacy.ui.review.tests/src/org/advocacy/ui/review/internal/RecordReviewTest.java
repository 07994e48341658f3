// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.clockAt;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.processEvents;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.commands.AgendaCommands;
import org.advocacy.core.review.AgendaDraft;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda is edited in the Review Agenda view before the meeting (keys, cell editors, commands), recording
 * stores it as the management review, and the next agenda starts from that review.
 */
class RecordReviewTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;
	private CommandStack stack;
	private ReviewAgendaView view;

	@BeforeEach
	void openSample() throws Exception {
		repository = ReviewWorkbenchFixture.openSample(folder);
		stack = session().getEditingDomain().getCommandStack();
		showPerspective();
		view = view(ReviewAgendaView.ID);
		view.setClock(clockAt(NOW));
	}

	private List<Engagement> section(ReviewItemKind kind) {
		return AgendaDraft.items(view.getShown(), kind).stream().map(ReviewItem::getEngagement).toList();
	}

	private ReviewItem itemOf(Engagement engagement) {
		return view.getShown().getItems().stream().filter(item -> item.getEngagement() == engagement).findFirst()
				.orElseThrow();
	}

	private void select(Engagement engagement) {
		view.getViewer().setSelection(new StructuredSelection(itemOf(engagement)), true);
	}

	private void press(int keyCode, char character, int stateMask) {
		Event key = new Event();
		key.keyCode = keyCode;
		key.character = character;
		key.stateMask = stateMask;
		view.getViewer().getTree().notifyListeners(SWT.KeyDown, key);
		processEvents();
	}

	private void typeNotes(Engagement engagement, String notes) {
		view.getViewer().editElement(itemOf(engagement), ReviewAgendaView.NOTES_COLUMN);
		Text editor = findText(view.getViewer().getTree());
		assertNotNull(editor, "F2 / a click opens the notes editor");
		editor.setText(notes);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	private static Text findText(Tree tree) {
		for (Control child : tree.getChildren()) {
			if (child instanceof Text text && !text.isDisposed()) {
				return text;
			}
		}
		return null;
	}

	@Test
	void agendaEditedInTheViewIsRecordedAsTheReviewAndTheNextAgendaStartsFromIt() {
		List<Engagement> updates = section(ReviewItemKind.UPDATE);
		Engagement closing = section(ReviewItemKind.CONFIRM_CLOSED).get(0);
		Person director = repository.getOrganization().getPeople().stream()
				.filter(person -> !view.getShown().getAttendees().contains(person)).findFirst().orElseThrow();
		assertTrue(updates.size() >= 3, "the sample has updates to reorder");
		assertTrue(AgendaDraft.find(repository).isEmpty());

		select(updates.get(0));
		press(SWT.ARROW_DOWN, '\0', SWT.ALT);
		assertEquals(List.of(updates.get(1), updates.get(0)), section(ReviewItemKind.UPDATE).subList(0, 2),
				"Alt+Down moves the item later");
		assertTrue(AgendaDraft.find(repository).isPresent(), "the first edit starts the draft");
		select(updates.get(2));
		press(SWT.DEL, SWT.DEL, 0);
		assertFalse(section(ReviewItemKind.UPDATE).contains(updates.get(2)), "Delete takes it off the agenda");
		typeNotes(updates.get(0), "Sponsor wants a weekly call");
		select(closing);
		press(0, ' ', 0);
		view.addAttendee(director);
		processEvents();
		ManagementReview draft = AgendaDraft.find(repository).orElseThrow();
		assertTrue(itemOf(closing).isClosureConfirmed(), "Space confirms the closure");
		assertEquals("Sponsor wants a weekly call", itemOf(updates.get(0)).getNotes());

		view.recordReview();
		processEvents();

		assertEquals(AgendaCommands.RECORD_LABEL, stack.getUndoCommand().getLabel());
		assertEquals(NOW, draft.getHeldOn(), "the edited agenda is the recorded review");
		assertTrue(draft.getAttendees().contains(director));
		assertEquals("Sponsor wants a weekly call", itemOf(draft, updates.get(0)).getNotes());
		assertTrue(draft.getItems().stream().noneMatch(item -> item.getEngagement() == updates.get(2)));
		view.setClock(clockAt(NOW.plus(Duration.ofDays(1))));
		assertSame(draft, view.getAgenda().lastReview().orElseThrow(), "the next agenda starts from the review");
		assertEquals(NOW, view.getAgenda().since());
		assertTrue(view.getAgenda().toConfirmClosed().stream().noneMatch(item -> item.engagement() == closing),
				"the confirmed closure is off the next agenda");
		assertTrue(AgendaDraft.find(repository).isEmpty(), "the next agenda is the engine's again");

		stack.undo();
		processEvents();
		assertSame(draft, AgendaDraft.find(repository).orElseThrow(), "undo makes the review a draft again");
	}

	@Test
	void undoOfTheFirstEditGivesBackTheEngineAgenda() {
		int reviews = repository.getReviews().size();
		Engagement update = section(ReviewItemKind.UPDATE).get(0);
		select(update);
		press(SWT.DEL, SWT.DEL, 0);
		assertEquals(reviews + 1, repository.getReviews().size());

		stack.undo();
		processEvents();
		assertEquals(reviews, repository.getReviews().size());
		assertTrue(section(ReviewItemKind.UPDATE).contains(update));
		stack.redo();
		processEvents();
		assertFalse(section(ReviewItemKind.UPDATE).contains(update));
	}

	@Test
	void recordingAnUneditedAgendaStoresTheEngineAgenda() {
		Instant before = view.getAgenda().since();
		int items = view.getShown().getItems().size();

		view.recordReview();
		processEvents();
		ManagementReview recorded = repository.getReviews().get(repository.getReviews().size() - 1);
		assertEquals(NOW, recorded.getHeldOn());
		assertEquals(items, recorded.getItems().size(), "one item per engagement on the agenda");

		view.setClock(clockAt(NOW.plus(Duration.ofDays(1))));
		assertEquals(NOW, view.getAgenda().since(), "the next agenda starts from the recorded review");
		assertTrue(view.getAgenda().newEngagements().isEmpty(), "nothing opened since the review");
		stack.undo();
		processEvents();
		assertEquals(before, view.getAgenda().since(), "undo brings the previous agenda back");
	}

	@Test
	void confirmingAClosureInTheRecordTakesItOffTheNextAgenda() {
		view.recordReview();
		processEvents();
		view.setClock(clockAt(NOW.plus(Duration.ofDays(1))));
		ManagementReview recorded = view.getAgenda().lastReview().orElseThrow();
		ReviewItem closure = recorded.getItems().stream()
				.filter(item -> item.getKind() == ReviewItemKind.CONFIRM_CLOSED).findFirst().orElseThrow();
		assertTrue(view.getAgenda().toConfirmClosed().stream().anyMatch(i -> i.engagement() == closure.getEngagement()),
				"an unconfirmed closure stays on the agenda");

		stack.execute(FeatureCommands.set(session().getEditingDomain(), closure,
				AdvocacyPackage.Literals.REVIEW_ITEM__CLOSURE_CONFIRMED, Boolean.TRUE));
		processEvents();

		assertTrue(view.getAgenda().toConfirmClosed().stream().noneMatch(i -> i.engagement() == closure.getEngagement()),
				"a confirmed closure leaves the agenda");
		stack.undo();
		processEvents();
		assertTrue(view.getAgenda().toConfirmClosed().stream().anyMatch(i -> i.engagement() == closure.getEngagement()));
	}

	private static ReviewItem itemOf(ManagementReview review, Engagement engagement) {
		return review.getItems().stream().filter(item -> item.getEngagement() == engagement).findFirst().orElseThrow();
	}
}
