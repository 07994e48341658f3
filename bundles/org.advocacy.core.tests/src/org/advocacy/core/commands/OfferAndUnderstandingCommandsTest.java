// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Offering a service on the whitepaper's 90-day trial with its switch-off date and the impact the customer
 * described; recording that the customer repeated back their understanding and which update confirmed an agreement —
 * each one command that undoes and redoes exactly.
 */
class OfferAndUnderstandingCommandsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	private static final Instant NOW = StandardSample.NOW;

	private final AdvocacyRepository repository = StandardSample.generate();
	private final EditingDomain domain = CommandCheck.domain();
	private final Engagement engagement = repository.getEngagements().stream()
			.filter(candidate -> candidate.getState() == EngagementState.ENGAGED).findFirst().orElseThrow();

	@Test
	void anOfferRunsANinetyDayTrialUnlessChangedAndIsSwitchedOffAfterIt() {
		Offer offer = OfferCommands.newOffer("Proactive monitoring", TODAY);
		CommandCheck.executesUndoesAndRedoes(domain, repository,
				FeatureCommands.add(domain, engagement, AdvocacyPackage.Literals.ENGAGEMENT__OFFERS, offer));
		assertEquals(OfferStatus.OFFERED, offer.getStatus());
		assertEquals(90, offer.getTrialDays(), "the whitepaper's free trial");
		assertNull(offer.getSwitchOffOn(), "no switch-off before the trial starts");

		CommandCheck.executesUndoesAndRedoes(domain, repository, OfferCommands.startTrial(domain, offer, TODAY));
		assertEquals(OfferStatus.TRIAL, offer.getStatus());
		assertEquals(LocalDate.of(2027, 2, 18), offer.getSwitchOffOn());
		assertFalse(OfferCommands.startTrial(domain, offer, TODAY).canExecute(), "runs from that day already");

	}

	@Test
	void theCustomerRepeatingBackIsRecordedWithWhenAndWithdrawnWithout() {
		CustomerCommunication call = engagement.getCommunications().stream()
				.filter(update -> !update.isCustomerRepeatedBack()).findFirst().orElseThrow();

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				UnderstandingCommands.repeatedBack(domain, call, true, NOW));
		assertTrue(call.isCustomerRepeatedBack());
		assertEquals(NOW, call.getRepeatedBackAt());
		assertFalse(UnderstandingCommands.repeatedBack(domain, call, true, NOW).canExecute());

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				UnderstandingCommands.repeatedBack(domain, call, false, NOW));
		assertFalse(call.isCustomerRepeatedBack());
		assertNull(call.getRepeatedBackAt());
	}

	@Test
	void theUpdateThatConfirmedTheCriteriaOrTheCloseOutIsRecorded() {
		CustomerCommunication call = engagement.getCommunications().get(0);
		engagement.setCriteriaConfirmation(null);

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				UnderstandingCommands.confirmsCriteria(domain, engagement, call));
		assertSame(call, engagement.getCriteriaConfirmation());
		assertFalse(UnderstandingCommands.confirmsCriteria(domain, engagement, call).canExecute());

		CommandCheck.executesUndoesAndRedoes(domain, repository,
				UnderstandingCommands.confirmsCloseOut(domain, engagement, call));
		assertSame(call, engagement.getCloseOutConfirmation());
	}
}
