// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editing the next review's agenda before the meeting: every edit is one command that undoes and redoes exactly,
 * the first one turns the engine's agenda into a draft, and recording stores the draft as the review the next
 * agenda starts from.
 */
class AgendaCommandsTest {

	private static final Instant SAMPLE_NOW = Instant.parse("2026-11-20T14:30:00Z");
	private static final Instant NOW = SAMPLE_NOW.plusSeconds(3600);

	private AdvocacyRepository repository;
	private EditingDomain domain;
	private CommandStack stack;
	private ReviewAgenda agenda;
	private AgendaCommands commands;

	@BeforeEach
	void generateSample() {
		repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, SAMPLE_NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		domain = CommandCheck.domain();
		stack = domain.getCommandStack();
		agenda = new ReviewAgendaPlanner().prepare(repository, NOW);
		commands = new AgendaCommands(domain, repository, agenda);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
	}

	private ManagementReview draft() {
		return AgendaDraft.find(repository).orElseThrow();
	}

	private List<Engagement> engagements(ReviewItemKind kind) {
		return AgendaDraft.items(draft(), kind).stream().map(ReviewItem::getEngagement).toList();
	}

	private static List<Engagement> engagements(List<AgendaItem> items) {
		return items.stream().map(AgendaItem::engagement).toList();
	}

	private Person someoneNotInvited() {
		List<Person> invited = commands.shown().getAttendees();
		return repository.getOrganization().getPeople().stream()
				.filter(person -> invited.stream().noneMatch(attendee -> attendee == person)).findFirst()
				.orElseThrow();
	}

	@Test
	void firstEditTurnsTheEngineAgendaIntoADraftAndOneUndoRestoresIt() {
		int reviews = repository.getReviews().size();
		assertTrue(AgendaDraft.find(repository).isEmpty());
		Person director = someoneNotInvited();

		execute(commands.addAttendee(director));

		ManagementReview draft = draft();
		assertEquals(reviews + 1, repository.getReviews().size());
		assertEquals(null, draft.getHeldOn(), "a draft is not held yet");
		assertEquals(engagements(agenda.newEngagements()), engagements(ReviewItemKind.NEW));
		assertEquals(engagements(agenda.updates()), engagements(ReviewItemKind.UPDATE));
		assertEquals(engagements(agenda.toConfirmClosed()), engagements(ReviewItemKind.CONFIRM_CLOSED));
		assertTrue(draft.getAttendees().contains(director));
		assertEquals("Add Attendee " + director.getName(), stack.getUndoCommand().getLabel());

		stack.undo();
		assertTrue(AgendaDraft.find(repository).isEmpty(), "one undo gives back the engine's agenda");
		assertEquals(reviews, repository.getReviews().size());

		stack.redo();
		assertSame(draft, draft());
		assertTrue(draft.getAttendees().contains(director));
		assertFalse(commands.addAttendee(director).canExecute(), "invited once");
	}

	@Test
	void everyAgendaEditUndoesAndRedoesExactly() {
		Engagement update = agenda.updates().get(1).engagement();
		Engagement closing = agenda.toConfirmClosed().get(0).engagement();
		Person director = someoneNotInvited();

		check(commands.addAttendee(director));
		check(commands.removeAttendee(director));
		check(commands.moveEngagement(update, -1));
		check(commands.setNotes(update, "Sponsor wants a weekly call"));
		check(commands.setClosureConfirmed(closing, true));
		check(commands.removeEngagement(update));
		check(commands.addEngagement(update));
		check(commands.discardDraft());
		check(commands.record());
	}

	private void check(Command command) {
		CommandCheck.executesUndoesAndRedoes(domain, repository, command);
	}

	@Test
	void removingAndReorderingItemsUndoAndRedoExactly() {
		execute(commands.addAttendee(someoneNotInvited()));
		List<Engagement> updates = engagements(ReviewItemKind.UPDATE);
		assertTrue(updates.size() >= 3, "the sample has updates to reorder");

		execute(commands.moveEngagement(updates.get(1), -1));
		assertEquals(List.of(updates.get(1), updates.get(0)), engagements(ReviewItemKind.UPDATE).subList(0, 2));
		execute(commands.moveEngagement(updates.get(1), 1));
		assertEquals(updates, engagements(ReviewItemKind.UPDATE));
		execute(commands.removeEngagement(updates.get(2)));
		assertFalse(engagements(ReviewItemKind.UPDATE).contains(updates.get(2)));

		stack.undo();
		assertEquals(updates, engagements(ReviewItemKind.UPDATE), "the item is back in its place");
		stack.undo();
		stack.undo();
		assertEquals(updates, engagements(ReviewItemKind.UPDATE));
		stack.redo();
		assertEquals(List.of(updates.get(1), updates.get(0)), engagements(ReviewItemKind.UPDATE).subList(0, 2));
	}

	@Test
	void anItemMovesOnlyWithinItsSection() {
		execute(commands.addAttendee(someoneNotInvited()));
		List<Engagement> updates = engagements(ReviewItemKind.UPDATE);

		assertFalse(commands.moveEngagement(updates.get(0), -1).canExecute(), "the first update stays first");
		assertFalse(commands.moveEngagement(updates.get(updates.size() - 1), 1).canExecute(),
				"the last update does not move into the closures");
	}

	@Test
	void addingAnEngagementPutsItAtTheEndOfItsSectionOnce() {
		Engagement declined = repository.getEngagements().stream()
				.filter(engagement -> engagement.getState() == EngagementState.DECLINED
						|| engagement.getState() == EngagementState.RETURNED_TO_SOP)
				.filter(engagement -> commands.shown().getItems().stream()
						.noneMatch(item -> item.getEngagement() == engagement))
				.findFirst().orElseThrow();

		execute(commands.addEngagement(declined));

		List<Engagement> closures = engagements(ReviewItemKind.CONFIRM_CLOSED);
		assertSame(declined, closures.get(closures.size() - 1), "a closed engagement goes to the closures");
		assertFalse(commands.addEngagement(declined).canExecute(), "an engagement is on the agenda once");
		stack.undo();
		assertTrue(AgendaDraft.find(repository).isEmpty());
	}

	@Test
	void notesAndConfirmedClosuresAreSetPerItem() {
		Engagement update = agenda.updates().get(0).engagement();
		Engagement closing = agenda.toConfirmClosed().get(0).engagement();

		execute(commands.setNotes(update, "Sponsor wants a weekly call"));
		execute(commands.setClosureConfirmed(closing, true));

		ReviewItem updateItem = item(update);
		ReviewItem closingItem = item(closing);
		assertEquals("Sponsor wants a weekly call", updateItem.getNotes());
		assertTrue(closingItem.isClosureConfirmed());
		assertFalse(commands.setClosureConfirmed(update, true).canExecute(), "only closures are confirmed");
		stack.undo();
		assertFalse(closingItem.isClosureConfirmed());
		stack.undo();
		assertTrue(AgendaDraft.find(repository).isEmpty());
		stack.redo();
		stack.redo();
		assertEquals("Sponsor wants a weekly call", item(update).getNotes());
		assertTrue(item(closing).isClosureConfirmed());
	}

	@Test
	void recordingStoresTheEditedAgendaAsTheReviewTheNextAgendaStartsFrom() {
		Engagement closing = agenda.toConfirmClosed().get(0).engagement();
		Engagement removed = agenda.updates().get(0).engagement();
		Person director = someoneNotInvited();
		execute(commands.addAttendee(director));
		execute(commands.removeEngagement(removed));
		execute(commands.setClosureConfirmed(closing, true));
		ManagementReview draft = draft();
		assertTrue(new ReviewAgendaPlanner().prepare(repository, NOW).toConfirmClosed().stream()
				.anyMatch(item -> item.engagement() == closing), "a draft confirms nothing before it is recorded");

		execute(commands.record());

		assertEquals(AgendaCommands.RECORD_LABEL, stack.getUndoCommand().getLabel());
		assertEquals(NOW, draft.getHeldOn());
		assertTrue(AgendaDraft.find(repository).isEmpty());
		ReviewAgenda next = new ReviewAgendaPlanner().prepare(repository, NOW.plus(Duration.ofDays(1)));
		assertSame(draft, next.lastReview().orElseThrow(), "the next agenda starts from the recorded review");
		assertEquals(NOW, next.since());
		assertTrue(draft.getAttendees().contains(director));
		assertTrue(draft.getItems().stream().noneMatch(item -> item.getEngagement() == removed));
		assertTrue(next.toConfirmClosed().stream().noneMatch(item -> item.engagement() == closing),
				"the confirmed closure is off the next agenda");

		stack.undo();
		assertSame(draft, draft(), "undo makes it a draft again");
	}

	@Test
	void recordingWithoutEditsStoresTheEngineAgenda() {
		int reviews = repository.getReviews().size();

		execute(commands.record());

		ManagementReview recorded = repository.getReviews().get(reviews);
		assertEquals(NOW, recorded.getHeldOn());
		assertEquals(agenda.newEngagements().size() + agenda.updates().size() + agenda.toConfirmClosed().size(),
				recorded.getItems().size());
		stack.undo();
		assertEquals(reviews, repository.getReviews().size());
	}

	@Test
	void discardingTheDraftGivesBackTheEngineAgenda() {
		assertFalse(commands.discardDraft().canExecute(), "nothing to discard");
		execute(commands.removeEngagement(agenda.updates().get(0).engagement()));
		ManagementReview draft = draft();

		execute(commands.discardDraft());
		assertTrue(AgendaDraft.find(repository).isEmpty());
		stack.undo();
		assertSame(draft, draft());
	}

	private ReviewItem item(Engagement engagement) {
		return draft().getItems().stream().filter(item -> item.getEngagement() == engagement).findFirst()
				.orElseThrow();
	}
}
