// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SENT_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__STATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.core.validation.EngagementLifecycle;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.core.validation.RelatedIncidents;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Person;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The engagement's edits — opening it, moving it through its states, spinning off a related one, drafting an update,
 * starting and reviewing the situation summary — are one undoable command each.
 */
class EngagementCommandsTest {

	private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
	private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final Person advocate = model.person("Alex Advocate");
	private final Engagement engagement = model.engagement("ADV-0042", null, EngagementState.REQUESTED, OPENED);
	private final EditingDomain domain = CommandCheck.domain();

	EngagementCommandsTest() {
		engagement.setAdvocate(advocate);
	}

	@Test
	void theEngineChangesOfATransitionAreOneCommandUnderTheActionsName() {
		List<ModelChange> changes = EngagementLifecycle.changesFor(engagement, EngagementState.DECLINED, NOW);
		Command command = EngagementCommands.apply(domain, "Decline", changes);

		assertEquals("Decline", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(EngagementState.DECLINED, engagement.getState());
		assertEquals(NOW, engagement.getClosedAt());
	}

	@Test
	void aSpinOffAddsTheNewEngagementAndTheLinkInOneCommand() {
		RelatedIncidents.SpinOff spin = RelatedIncidents.spinOff(engagement, NOW);

		executesUndoesAndRedoes(domain, repository, EngagementCommands.apply(domain, "Spin off", spin.changes()));
		assertSame(spin.engagement(), repository.getEngagements().get(1));
		assertTrue(engagement.getRelatedEngagements().contains(spin.engagement()));
	}

	@Test
	void aNewEngagementIsAddedToTheRepository() {
		Engagement created = AdvocacyFactory.eINSTANCE.createEngagement();
		created.setKey("ADV-0043");

		executesUndoesAndRedoes(domain, repository, EngagementCommands.open(domain, repository, created));
		assertEquals(List.of(engagement, created), repository.getEngagements());
	}

	@Test
	void aDraftedUpdateIsAddedToTheCommunications() {
		CustomerCommunication update = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		update.setSubject("Where we stand");

		executesUndoesAndRedoes(domain, repository, EngagementCommands.draftUpdate(domain, engagement, update));
		assertEquals(List.of(update), engagement.getCommunications());
	}

	@Test
	void theSituationSummaryStartsAsADraft() {
		executesUndoesAndRedoes(domain, repository, EngagementCommands.startSummary(domain, engagement));

		assertEquals(SummaryState.DRAFT, engagement.getSituationSummary().getState());
	}

	@Test
	void reviewingTheSummaryRecordsWhenAndByWhomAndBackToDraftClearsBoth() {
		SituationSummary summary = ModelBuilder.summary(engagement, "Payroll did not run.");
		Command review = EngagementCommands.reviewSummary(domain, engagement, true, NOW);

		assertEquals("Mark as reviewed", review.getLabel());
		executesUndoesAndRedoes(domain, repository, review);
		assertEquals(SummaryState.REVIEWED, summary.getState());
		assertEquals(NOW, summary.getReviewedAt());
		assertSame(advocate, summary.getReviewedBy());

		Command back = EngagementCommands.reviewSummary(domain, engagement, false, NOW);
		assertEquals("Back to draft", back.getLabel());
		executesUndoesAndRedoes(domain, repository, back);
		assertEquals(SummaryState.DRAFT, summary.getState());
		assertNull(summary.getReviewedAt());
		assertNull(summary.getReviewedBy());
	}

	@Test
	void anUpdateSentByEmailRecordsItsRecipientsAndTheMailersChangesInOneCommand() {
		CustomerContact cfo = AdvocacyFactory.eINSTANCE.createCustomerContact();
		model.customer("Contoso", null).getContacts().add(cfo);
		CustomerCommunication update = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		update.setState(CommunicationState.DRAFT);
		engagement.getCommunications().add(update);
		List<ModelChange> changes = List.of(ModelChange.set(update, CUSTOMER_COMMUNICATION__STATE, CommunicationState.SENT),
				ModelChange.set(update, CUSTOMER_COMMUNICATION__SENT_AT, NOW));

		Command command = EngagementCommands.sentByEmail(domain, update, List.of(cfo), changes);

		assertEquals("Send Update by E-mail", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(List.of(cfo), update.getRecipients());
		assertEquals(CommunicationState.SENT, update.getState());
		assertEquals(NOW, update.getSentAt());
	}
}
