// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.ListPriority;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Triage and crossing off on a person's list are commands that undo and redo exactly; crossing off finishes the item
 * where it lives, and what cannot be crossed off from the list is refused with the reason.
 */
class PersonalListCommandsTest {

	private static final Instant NOW = StandardSample.NOW.plusSeconds(600);

	private AdvocacyRepository repository;
	private EditingDomain domain;
	private ActionItem action;

	@BeforeEach
	void sample() {
		repository = StandardSample.generate();
		domain = CommandCheck.domain();
		Engagement engagement = repository.getEngagements().stream()
				.filter(candidate -> candidate.getSituationSummary() != null).findFirst().orElseThrow();
		action = AdvocacyFactory.eINSTANCE.createActionItem();
		action.setDescription("Collect the failed batch logs");
		action.setStatus(ActionStatus.OPEN);
		action.setOwner(engagement.getAdvocate());
		engagement.getSituationSummary().getActionItems().add(action);
	}

	@Test
	void triagingAnIncomingItemSetsItsPriorityAndWhen() {
		Edit triage = PersonalListCommands.prioritize(domain, action, ListPriority.A, NOW);

		CommandCheck.executesUndoesAndRedoes(domain, repository, triage.command());
		assertEquals(ListPriority.A, action.getPriority());
		assertEquals(NOW, action.getPrioritizedAt());
		assertEquals("Prioritise A", triage.command().getLabel());
	}

	@Test
	void backToIncomingClearsWhenItWasPrioritised() {
		action.setPriority(ListPriority.DELEGATE);
		action.setPrioritizedAt(NOW.minusSeconds(3600));

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				PersonalListCommands.prioritize(domain, action, ListPriority.NEW, NOW).command());
		assertEquals(ListPriority.NEW, action.getPriority());
		assertNull(action.getPrioritizedAt());
	}

	@Test
	void theSamePriorityIsNoChangeAndACrossedOffItemIsRefused() {
		action.setPriority(ListPriority.B);
		Edit same = PersonalListCommands.prioritize(domain, action, ListPriority.B, NOW);
		assertFalse(same.accepted());
		assertNull(same.refusal());

		action.setCrossedOffAt(NOW);
		Edit crossed = PersonalListCommands.prioritize(domain, action, ListPriority.A, NOW);
		assertFalse(crossed.accepted());
		assertTrue(crossed.refusal().contains("crossed off"), crossed.refusal());
	}

	@Test
	void crossingOffAnActionItemMarksItDone() {
		CommandCheck.executesUndoesAndRedoes(domain, repository,
				PersonalListCommands.crossOff(domain, action, NOW).command());
		assertEquals(NOW, action.getCrossedOffAt());
		assertEquals(ActionStatus.DONE, action.getStatus());

		assertTrue(PersonalListCommands.crossOff(domain, action, NOW).refusal().contains("already"));
	}

	@Test
	void crossingOffATaskCompletesIt() {
		PlanTask task = repository.getEngagements().stream().filter(engagement -> engagement.getGetWellPlan() != null)
				.flatMap(engagement -> engagement.getGetWellPlan().getPhases().stream())
				.map(PhaseOfValue::getTasks).flatMap(java.util.List::stream)
				.filter(candidate -> candidate.getPercentComplete() < 100 && candidate.getCrossedOffAt() == null)
				.findFirst().orElseThrow();

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				PersonalListCommands.crossOff(domain, task, NOW).command());
		assertEquals(100, task.getPercentComplete());
		assertEquals(NOW, task.getCrossedOffAt());
	}

	@Test
	void crossingOffACommitmentMarksItDone() {
		RootCauseCommitment commitment = repository.getReviews().stream()
				.flatMap(review -> review.getCommitments().stream())
				.filter(candidate -> !CommitmentCommands.isClosed(candidate)).findFirst().orElseThrow();

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				PersonalListCommands.crossOff(domain, commitment, NOW).command());
		assertEquals(CommitmentStatus.DONE, commitment.getStatus());
		assertEquals(NOW, commitment.getCrossedOffAt());
	}

	@Test
	void anUpdateIsCrossedOffBySendingItNotFromTheList() {
		CustomerCommunication draft = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		draft.setState(CommunicationState.DRAFT);
		repository.getEngagements().get(0).getCommunications().add(draft);

		Edit crossOff = PersonalListCommands.crossOff(domain, draft, NOW);
		assertFalse(crossOff.accepted());
		assertTrue(crossOff.refusal().contains("crossed off when it is sent"), crossOff.refusal());
		assertNull(draft.getCrossedOffAt());
	}
}
