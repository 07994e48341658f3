// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.escalation.EngagementReminders.Kind;
import org.advocacy.core.escalation.EngagementReminders.Reminder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.Person;
import org.junit.jupiter.api.Test;

/**
 * A customer meeting less than a day away without a dry-run, and a free trial near or past its switch-off date, are
 * due; a rehearsed or distant meeting, a decided offer or a trial far from its end are not.
 */
class EngagementRemindersTest {

	private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final AdvocacyRepository repository = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
	private final Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
	private final EngagementReminders reminders = new EngagementReminders();

	EngagementRemindersTest() {
		engagement.setKey("ADV-0042");
		engagement.setState(EngagementState.ENGAGED);
		Person advocate = AdvocacyFactory.eINSTANCE.createPerson();
		advocate.setTimeZone(ZoneId.of("Europe/Berlin"));
		engagement.setAdvocate(advocate);
		repository.getEngagements().add(engagement);
	}

	private CustomerMeeting meeting(Duration from) {
		CustomerMeeting meeting = AdvocacyFactory.eINSTANCE.createCustomerMeeting();
		meeting.setPlannedAt(NOW.plus(from));
		engagement.getCustomerMeetings().add(meeting);
		return meeting;
	}

	private static DryRun dryRun(CustomerMeeting meeting, Instant planned, Instant held) {
		DryRun dryRun = AdvocacyFactory.eINSTANCE.createDryRun();
		dryRun.setPlannedAt(planned);
		dryRun.setHeldAt(held);
		meeting.setDryRun(dryRun);
		return dryRun;
	}

	private Offer trial(LocalDate start, int days) {
		Offer offer = AdvocacyFactory.eINSTANCE.createOffer();
		offer.setService("Proactive monitoring");
		offer.setStatus(OfferStatus.TRIAL);
		offer.setTrialStart(start);
		offer.setTrialDays(days);
		engagement.getOffers().add(offer);
		return offer;
	}

	@Test
	void aMeetingLessThanADayAwayWithoutADryRunIsDue() {
		CustomerMeeting meeting = meeting(Duration.ofHours(20));

		List<Reminder> due = reminders.due(repository, NOW);

		assertEquals(1, due.size());
		Reminder reminder = due.get(0);
		assertEquals(Kind.DRY_RUN_MISSING, reminder.kind());
		assertEquals(meeting, reminder.subject());
		assertEquals(NOW.plus(Duration.ofHours(20)).minus(Duration.ofDays(1)), reminder.dueAt());
		assertEquals("ADV-0042: the customer meeting on Sat 21 Nov 11:30 CET is in 20 hours and has no dry-run: "
				+ "rehearse it with every participant covering their part.", reminder.reason());
	}

	@Test
	void aDryRunPlannedTooLateOrNotHeldInTimeIsStillMissing() {
		CustomerMeeting late = meeting(Duration.ofHours(10));
		dryRun(late, NOW.plus(Duration.ofHours(11)), null);
		CustomerMeeting skipped = meeting(Duration.ofHours(5));
		dryRun(skipped, NOW.minus(Duration.ofHours(1)), null);

		List<Reminder> due = reminders.due(repository, NOW);

		assertEquals(List.of(skipped, late), due.stream().map(Reminder::subject).toList(), "soonest first");
		assertTrue(due.get(0).reason().endsWith("its dry-run, planned Fri 20 Nov 14:30 CET, is not recorded as "
				+ "held: hold it, or record that it took place."), due.get(0).reason());
		assertTrue(due.get(1).reason().contains("its dry-run is not planned before it"), due.get(1).reason());
	}

	@Test
	void aRehearsedPlannedHeldPastOrDistantMeetingIsNotDue() {
		dryRun(meeting(Duration.ofHours(20)), NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(2)));
		dryRun(meeting(Duration.ofHours(20)), NOW.plus(Duration.ofHours(3)), null);
		meeting(Duration.ofHours(25));
		meeting(Duration.ofHours(24));
		meeting(Duration.ofHours(-1));
		meeting(Duration.ofHours(2)).setHeldAt(NOW);

		assertEquals(List.of(), reminders.due(repository, NOW));
		engagement.setState(EngagementState.RETURNED_TO_SOP);
		meeting(Duration.ofHours(2));
		assertEquals(List.of(), reminders.due(repository, NOW), "nothing is due on a closed engagement");
	}

	@Test
	void aTrialIsDueFromTwoWeeksBeforeItsSwitchOffUntilTheCustomerDecides() {
		Offer ending = trial(TODAY.minusDays(80), 90);
		Offer ended = trial(TODAY.minusDays(95), 90);
		trial(TODAY.minusDays(75), 90);
		Offer bought = trial(TODAY.minusDays(85), 90);
		bought.setStatus(OfferStatus.BOUGHT);

		List<Reminder> due = reminders.due(repository, NOW);

		assertEquals(List.of(ended, ending), due.stream().map(Reminder::subject).toList());
		assertEquals(Kind.TRIAL_ENDING, due.get(1).kind());
		assertEquals("ADV-0042: the free trial of Proactive monitoring is switched off on 2026-11-30 (in 10 days) "
				+ "unless the customer buys it: go through its value with them now.", due.get(1).reason());
		assertEquals("ADV-0042: the free trial of Proactive monitoring ended on 2026-11-15: record whether the "
				+ "customer bought it or it was switched off.", due.get(0).reason());
		assertEquals(Instant.parse("2026-11-15T23:00:00Z"), due.get(1).dueAt(), "from the advocate's midnight");
	}
}
