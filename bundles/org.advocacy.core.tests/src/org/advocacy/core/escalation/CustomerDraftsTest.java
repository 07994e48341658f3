// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.calendar.Calendars.at;
import static org.advocacy.core.escalation.EscalationFixture.BERLIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.escalation.CustomerDrafts.SendStep;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

class CustomerDraftsTest {

	private static final Instant MONDAY_0900 = at(BERLIN, "2026-03-09T09:00");

	private final EscalationFixture fixture = new EscalationFixture();

	@Test
	void aCalmDraftIsSentAndTheNextUpdateFallsDueOneCadenceLater() {
		Engagement engagement = fixture.engagement("ADV-1", Urgency.URGENT_24X7, MONDAY_0900);
		CustomerCommunication draft = draft(engagement, "The fix is deployed; we monitor it until Friday.");
		Instant now = MONDAY_0900.plus(Duration.ofHours(1));

		assertEquals(SendStep.SEND, CustomerDrafts.sendStep(draft, now));
		CustomerDrafts.send(draft, now).forEach(ModelChange::apply);

		assertEquals(CommunicationState.SENT, draft.getState());
		assertEquals(now, draft.getSentAt());
		assertEquals(new CustomerUpdates().nextUpdateAfter(engagement, now), draft.getNextUpdateDue());
		assertEquals(SendStep.NONE, CustomerDrafts.sendStep(draft, now));
		assertThrows(IllegalStateException.class, () -> CustomerDrafts.send(draft, now));
	}

	@Test
	void aChargedDraftIsHeldForADayThenMayBeSent() {
		Engagement engagement = fixture.engagement("ADV-2", Urgency.URGENT_24X7, MONDAY_0900);
		CustomerCommunication draft = draft(engagement,
				"Frankly, your team missed four workshops and we cannot keep absorbing delays!!");
		assertEquals(List.of("frankly", "your team missed", "we cannot keep", "!!"),
				CustomerDrafts.chargedWording(draft.getSummary()));
		Instant now = MONDAY_0900.plus(Duration.ofHours(1));

		assertEquals(SendStep.HOLD, CustomerDrafts.sendStep(draft, now));
		CustomerDrafts.send(draft, now).forEach(ModelChange::apply);

		assertEquals(CommunicationState.ON_HOLD, draft.getState(), "held, not sent");
		assertTrue(draft.isEmotionallyCharged());
		assertEquals(now.plus(CustomerDrafts.HOLD), draft.getHoldUntil());
		Instant meanwhile = now.plus(Duration.ofHours(23));
		assertEquals(SendStep.WAIT, CustomerDrafts.sendStep(draft, meanwhile));
		assertThrows(IllegalStateException.class, () -> CustomerDrafts.send(draft, meanwhile));

		Instant nextDay = now.plus(CustomerDrafts.HOLD);
		assertEquals(SendStep.SEND, CustomerDrafts.sendStep(draft, nextDay), "after sitting, it may go out revised");
		CustomerDrafts.send(draft, nextDay).forEach(ModelChange::apply);
		assertEquals(CommunicationState.SENT, draft.getState());
	}

	@Test
	void aDraftMarkedChargedByTheAdvocateIsHeldWhateverItsWording() {
		Engagement engagement = fixture.engagement("ADV-3", Urgency.URGENT_24X7, MONDAY_0900);
		CustomerCommunication draft = draft(engagement, "We will meet on Thursday.");
		assertFalse(CustomerDrafts.isCharged(draft));
		draft.setEmotionallyCharged(true);
		assertEquals(SendStep.HOLD, CustomerDrafts.sendStep(draft, MONDAY_0900));
	}

	@Test
	void aDiscardedDraftIsNotSent() {
		Engagement engagement = fixture.engagement("ADV-4", Urgency.URGENT_24X7, MONDAY_0900);
		CustomerCommunication draft = draft(engagement, "Never mind.");
		CustomerDrafts.discard(draft).forEach(ModelChange::apply);
		assertEquals(CommunicationState.DISCARDED, draft.getState());
		assertEquals(SendStep.NONE, CustomerDrafts.sendStep(draft, MONDAY_0900));
	}

	private static CustomerCommunication draft(Engagement engagement, String text) {
		CustomerCommunication draft = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		draft.setState(CommunicationState.DRAFT);
		draft.setSubject("Update on " + engagement.getKey());
		draft.setSummary(text);
		engagement.getCommunications().add(draft);
		return draft;
	}
}
