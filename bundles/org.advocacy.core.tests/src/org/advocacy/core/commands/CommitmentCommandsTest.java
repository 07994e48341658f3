// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.CommitmentRows;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.core.validation.Rule;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Asking management for a root-cause commitment between reviews puts it on the next review (creating that review's
 * draft in the same command when there is none), and a commitment is edited, started, marked done, dropped only
 * with a reason and reopened — each one command that undoes and redoes exactly.
 */
class CommitmentCommandsTest {

	/** An hour after the sample was generated. */
	private static final Instant NOW = StandardSample.NOW.plusSeconds(3600);
	private static final LocalDate IN_TWO_WEEKS = LocalDate.of(2026, 12, 4);

	private AdvocacyRepository repository;
	private EditingDomain domain;
	private CommandStack stack;
	private AgendaCommands nextReview;
	private Engagement engagement;
	private RootCause cause;
	private Person manager;
	private Person advocate;

	@BeforeEach
	void generateSample() {
		repository = StandardSample.generate();
		domain = CommandCheck.domain();
		stack = domain.getCommandStack();
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, NOW);
		nextReview = new AgendaCommands(domain, repository, agenda);
		engagement = repository.getEngagements().stream()
				.filter(candidate -> candidate.getSituationSummary() != null
						&& !candidate.getSituationSummary().getRootCauses().isEmpty())
				.filter(candidate -> CommitmentRows.of(repository, LocalDate.of(2026, 11, 20)).of(candidate).isEmpty())
				.findFirst().orElseThrow();
		cause = engagement.getSituationSummary().getRootCauses().get(0);
		manager = repository.getOrganization().getPeople().get(0);
		advocate = engagement.getAdvocate();
	}

	private CommitmentTerms terms(String what) {
		return new CommitmentTerms(manager, what, IN_TWO_WEEKS);
	}

	private RootCauseCommitment ask() {
		Edit ask = CommitmentCommands.ask(domain, nextReview, List.of(cause), terms("Add a change-window check"),
				advocate, NOW);
		stack.execute(ask.command());
		return AgendaDraft.find(repository).orElseThrow().getCommitments().get(0);
	}

	@Test
	void askingCreatesTheNextReviewsDraftWithTheCommitmentInOneUndoableCommand() {
		int reviews = repository.getReviews().size();
		Edit ask = CommitmentCommands.ask(domain, nextReview, List.of(cause), terms("Add a change-window check"),
				advocate, NOW);

		CommandCheck.executesUndoesAndRedoes(domain, repository, ask.command());

		ManagementReview draft = AgendaDraft.find(repository).orElseThrow();
		assertEquals(reviews + 1, repository.getReviews().size());
		RootCauseCommitment asked = draft.getCommitments().get(0);
		assertEquals(List.of(cause), asked.getRootCauses());
		assertSame(manager, asked.getAccountableManager());
		assertEquals("Add a change-window check", asked.getCommitment());
		assertEquals(IN_TWO_WEEKS, asked.getPromisedUpdateOn());
		assertEquals(CommitmentStatus.OPEN, asked.getStatus());
		assertEquals(NOW, asked.getRequestedAt());
		assertSame(advocate, asked.getRequestedBy());
		assertEquals(nextReview.shown().getItems().size(), draft.getItems().size(),
				"the draft starts as the engine's agenda");
		assertEquals("Ask " + manager.getName() + " for a Commitment", stack.getUndoCommand().getLabel());

		stack.undo();
		assertTrue(AgendaDraft.find(repository).isEmpty(), "one undo gives back the repository without a draft");
	}

	@Test
	void aSecondCommitmentJoinsTheExistingDraftAndTheEngagementListsBoth() {
		ask();
		ManagementReview draft = AgendaDraft.find(repository).orElseThrow();
		Edit second = CommitmentCommands.ask(domain, nextReview, List.of(cause), terms("Train the on-call engineers"),
				null, NOW);

		CommandCheck.executesUndoesAndRedoes(domain, repository, second.command());

		assertSame(draft, AgendaDraft.find(repository).orElseThrow());
		assertEquals(2, draft.getCommitments().size());
		List<CommitmentRows.Row> rows = CommitmentRows.of(repository, LocalDate.of(2026, 11, 20)).of(engagement);
		assertEquals(2, rows.size());
		assertTrue(rows.stream().allMatch(CommitmentRows.Row::isForNextReview));
	}

	@Test
	void recordingTheReviewKeepsTheCommitmentsAskedForIt() {
		RootCauseCommitment asked = ask();

		stack.execute(nextReview.record());

		ManagementReview recorded = (ManagementReview) asked.eContainer();
		assertEquals(NOW, recorded.getHeldOn());
		assertTrue(AgendaDraft.find(repository).isEmpty());
	}

	@Test
	void discardingAgendaEditsKeepsTheCommitmentsAskedFor() {
		RootCauseCommitment asked = ask();
		ManagementReview draft = AgendaDraft.find(repository).orElseThrow();
		Engagement removed = draft.getItems().get(0).getEngagement();
		stack.execute(nextReview.removeEngagement(removed));

		CommandCheck.executesUndoesAndRedoes(domain, repository, nextReview.discardDraft());

		assertSame(draft, AgendaDraft.find(repository).orElseThrow(), "the draft stays for its commitment");
		assertEquals(List.of(asked), draft.getCommitments());
		assertTrue(draft.getItems().stream().anyMatch(item -> item.getEngagement() == removed),
				"the engine's agenda is back");
	}

	@Test
	void askingIsRefusedWithoutWhatTheReviewNeeds() {
		assertEquals("Select the root causes the commitment is to fix.",
				CommitmentCommands.ask(domain, nextReview, List.of(), terms("Fix"), advocate, NOW).refusal());
		assertEquals("Choose the manager accountable for the fix.", CommitmentCommands.ask(domain, nextReview,
				List.of(cause), new CommitmentTerms(null, "Fix", IN_TWO_WEEKS), advocate, NOW).refusal());
		assertEquals("Say what will be fixed.", CommitmentCommands
				.ask(domain, nextReview, List.of(cause), terms("  "), advocate, NOW).refusal());
		assertTrue(CommitmentCommands.ask(domain, nextReview, List.of(cause),
				new CommitmentTerms(manager, "Fix", null), advocate, NOW).refusal()
				.startsWith("Give the day " + manager.getName() + " will update"));
		assertTrue(terms("Fix").problem(IN_TWO_WEEKS.plusDays(1)).orElseThrow()
				.contains("before the commitment was asked for"));
		assertTrue(AgendaDraft.find(repository).isEmpty());
	}

	@Test
	void editingChangesOnlyWhatDiffers() {
		RootCauseCommitment asked = ask();
		Person other = repository.getOrganization().getPeople().get(1);

		Edit edit = CommitmentCommands.edit(domain, asked, new CommitmentTerms(other, "Add a change-window check",
				IN_TWO_WEEKS.plusDays(7)), "Design agreed with the release managers");
		CommandCheck.executesUndoesAndRedoes(domain, repository, edit.command());

		assertSame(other, asked.getAccountableManager());
		assertEquals(IN_TWO_WEEKS.plusDays(7), asked.getPromisedUpdateOn());
		assertEquals("Design agreed with the release managers", asked.getLastUpdate());
		assertFalse(CommitmentCommands.edit(domain, asked, new CommitmentTerms(other, "Add a change-window check",
				IN_TWO_WEEKS.plusDays(7)), "Design agreed with the release managers").accepted(), "nothing differs");
		assertEquals("Say what will be fixed.",
				CommitmentCommands.edit(domain, asked, terms(""), null).refusal());
	}

	@Test
	void startingMarkingDoneAndReopening() {
		RootCauseCommitment asked = ask();
		Instant delivered = NOW.plus(Duration.ofDays(10));

		CommandCheck.executesUndoesAndRedoes(domain, repository, CommitmentCommands.start(domain, asked).command());
		assertEquals(CommitmentStatus.IN_PROGRESS, asked.getStatus());
		assertFalse(CommitmentCommands.start(domain, asked).accepted(), "started once");

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				CommitmentCommands.markDone(domain, asked, delivered).command());
		assertEquals(CommitmentStatus.DONE, asked.getStatus());
		assertEquals(delivered, asked.getCrossedOffAt(), "crossed off the manager's list");
		assertEquals("The commitment is done already; reopen it first.",
				CommitmentCommands.drop(domain, asked, "No longer needed", delivered).refusal());

		CommandCheck.executesUndoesAndRedoes(domain, repository, CommitmentCommands.reopen(domain, asked).command());
		assertEquals(CommitmentStatus.IN_PROGRESS, asked.getStatus());
		assertNull(asked.getCrossedOffAt());
		assertEquals("The commitment is still in progress.", CommitmentCommands.reopen(domain, asked).refusal());
	}

	@Test
	void droppingNeedsAReasonAndTheValidatorAgrees() {
		RootCauseCommitment asked = ask();

		assertEquals("Say why the commitment is dropped; the management review will ask.",
				CommitmentCommands.drop(domain, asked, " ", NOW).refusal());
		CommandCheck.executesUndoesAndRedoes(domain, repository,
				CommitmentCommands.drop(domain, asked, "  Replaced by the platform-wide change review ", NOW).command());

		assertEquals(CommitmentStatus.DROPPED, asked.getStatus());
		assertEquals("Replaced by the platform-wide change review", asked.getDropReason());
		assertEquals(NOW, asked.getCrossedOffAt());
		assertTrue(findings(asked).isEmpty(), () -> findings(asked).toString());

		asked.setDropReason(null);
		assertEquals(List.of(Rule.COMMITMENT_DROP_REASON_MISSING.code()),
				findings(asked).stream().map(Diagnostic::getCode).toList());
		asked.setDropReason("Replaced by the platform-wide change review");

		CommandCheck.executesUndoesAndRedoes(domain, repository, CommitmentCommands.reopen(domain, asked).command());
		assertNull(asked.getDropReason(), "a reopened commitment is not dropped any more");
	}

	private List<Diagnostic> findings(RootCauseCommitment commitment) {
		return AdvocacyValidation.validate(repository).getChildren().stream()
				.filter(finding -> finding.getData().get(0) == commitment).toList();
	}
}
