// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.calendar.Calendars.at;
import static org.advocacy.core.escalation.EscalationFixture.BERLIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

class CustomerUpdatesTest {

	private static final Instant MONDAY_0900 = at(BERLIN, "2026-03-09T09:00");

	private final EscalationFixture fixture = new EscalationFixture();
	private final CustomerUpdates updates = new CustomerUpdates();

	@Test
	void nextUpdateFollowsTheLatestSentUpdateWhateverTheListOrder() {
		Engagement engagement = fixture.engagement("ADV-1", Urgency.URGENT_24X7, MONDAY_0900);
		Instant latest = MONDAY_0900.plus(Duration.ofHours(3));
		communication(engagement, CommunicationState.SENT, latest);
		communication(engagement, CommunicationState.SENT, MONDAY_0900.plusSeconds(600));
		communication(engagement, CommunicationState.DRAFT, null);
		communication(engagement, CommunicationState.DISCARDED, null);

		UpdateStatus status = updates.evaluate(engagement, latest.plusSeconds(60));

		assertEquals(UpdateState.ON_TRACK, status.state());
		assertEquals(latest, status.lastSentAt());
		assertEquals(latest.plus(Duration.ofMinutes(120)), status.nextDueAt());
		assertEquals("Next customer update due one cadence after the last one: the customer gets an update every "
				+ "2 hours (24x7).", status.reason());
	}

	@Test
	void withoutAnyUpdateSentTheCadenceRunsFromTheOpening() {
		Engagement engagement = fixture.engagement("ADV-2", Urgency.URGENT_24X7, at(BERLIN, "2026-03-07T22:00"));

		UpdateStatus status = updates.evaluate(engagement, at(BERLIN, "2026-03-08T00:30"));

		assertNull(status.lastSentAt());
		assertEquals(at(BERLIN, "2026-03-08T00:00"), status.nextDueAt());
		assertEquals(UpdateState.OVERDUE, status.state());
		assertEquals("Customer update overdue: the customer gets an update every 2 hours (24x7); none has been "
				+ "sent since the engagement opened, longer ago than that.", status.reason());
	}

	@Test
	void businessHoursCadenceRunsOnTheAdvocatesCalendarElseTheDefault() {
		Instant fridayAfternoon = at(BERLIN, "2026-03-06T15:00");
		Engagement engagement = fixture.engagement("ADV-3", Urgency.BUSINESS_HOURS, fridayAfternoon);
		communication(engagement, CommunicationState.SENT, fridayAfternoon);

		assertEquals(at(BERLIN, "2026-03-09T15:00"), updates.evaluate(engagement, fridayAfternoon).nextDueAt(),
				"8 working hours after Friday 15:00 in Berlin");

		String london = "Europe/London";
		fixture.advocate.setCalendar(ModelBuilder.weekdays(london, "09:00", "17:00"));
		assertEquals(at(london, "2026-03-09T14:00"), updates.evaluate(engagement, fridayAfternoon).nextDueAt(),
				"Friday 15:00 in Berlin is 14:00 in London: 3 hours on Friday, 5 on Monday");
	}

	@Test
	void overdueUpdatesAreListedMostOverdueFirst() {
		Engagement onTrack = fixture.engagement("ADV-4", Urgency.URGENT_24X7, MONDAY_0900);
		communication(onTrack, CommunicationState.SENT, MONDAY_0900.plus(Duration.ofHours(2)));
		Engagement late = fixture.engagement("ADV-5", Urgency.URGENT_24X7, MONDAY_0900);
		communication(late, CommunicationState.SENT, MONDAY_0900.plusSeconds(1800));
		Engagement later = fixture.engagement("ADV-6", Urgency.URGENT_24X7, MONDAY_0900);
		Instant now = MONDAY_0900.plus(Duration.ofHours(3));

		List<UpdateStatus> attention = updates.needingAttention(fixture.repository, now);

		assertEquals(List.of("ADV-6", "ADV-5"), attention.stream().map(s -> s.engagement().getKey()).toList());
		assertTrue(attention.stream().allMatch(UpdateStatus::isOverdue));
		assertEquals(List.of("ADV-6", "ADV-5", "ADV-4"),
				updates.openEngagements(fixture.repository, now).stream().map(s -> s.engagement().getKey()).toList());
	}

	@Test
	void heldDraftIsReadyOnceItsHoldHasEnded() {
		Engagement engagement = fixture.engagement("ADV-7", Urgency.URGENT_24X7, MONDAY_0900);
		communication(engagement, CommunicationState.SENT, MONDAY_0900);
		CustomerCommunication charged = communication(engagement, CommunicationState.ON_HOLD, null);
		charged.setHoldUntil(MONDAY_0900.plus(Duration.ofHours(24)));

		assertTrue(updates.evaluate(engagement, MONDAY_0900.plus(Duration.ofHours(1))).readyDrafts().isEmpty());
		UpdateStatus released = updates.evaluate(engagement, MONDAY_0900.plus(Duration.ofHours(24)));
		assertEquals(List.of(charged), released.readyDrafts());
		assertTrue(released.reason().endsWith(" A held draft is ready to revise and send, or discard."), released.reason());
		assertEquals(List.of(engagement),
				updates.needingAttention(fixture.repository, MONDAY_0900.plus(Duration.ofHours(24))).stream()
						.map(UpdateStatus::engagement).toList());
	}

	@Test
	void cadenceComesFromTheSegmentElseTheRepositoryDefault() {
		Engagement engagement = fixture.engagement("ADV-8", Urgency.BUSINESS_HOURS, MONDAY_0900);
		assertEquals(Duration.ofMinutes(480), ServiceTargets.updateCadence(engagement));
		fixture.customer.setSegment(null);
		assertEquals(Duration.ofMinutes(1440), ServiceTargets.updateCadence(engagement));
		fixture.repository.getDefaultTargets().clear();
		assertEquals(ServiceTargets.DEFAULT_UPDATE_CADENCE, ServiceTargets.updateCadence(engagement));
	}

	@Test
	void closedEngagementsHaveNoUpdatesDue() {
		Engagement engagement = fixture.engagement("ADV-9", Urgency.URGENT_24X7, MONDAY_0900);
		CustomerCommunication charged = communication(engagement, CommunicationState.ON_HOLD, null);
		charged.setHoldUntil(MONDAY_0900);
		engagement.setState(EngagementState.RETURNED_TO_SOP);
		Instant muchLater = MONDAY_0900.plus(Duration.ofDays(30));

		UpdateStatus status = updates.evaluate(engagement, muchLater);

		assertEquals(UpdateState.CLOSED, status.state());
		assertNull(status.nextDueAt());
		assertTrue(status.readyDrafts().isEmpty());
		assertTrue(updates.openEngagements(fixture.repository, muchLater).isEmpty());
	}

	private static CustomerCommunication communication(Engagement engagement, CommunicationState state, Instant sentAt) {
		CustomerCommunication communication = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		communication.setState(state);
		communication.setCreatedAt(sentAt == null ? engagement.getOpenedAt() : sentAt.minusSeconds(600));
		communication.setSentAt(sentAt);
		communication.setSubject("Update");
		engagement.getCommunications().add(communication);
		return communication;
	}
}
