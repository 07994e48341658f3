// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.calendar.Calendars.at;
import static org.advocacy.core.escalation.EscalationFixture.BERLIN;
import static org.advocacy.core.tests.ModelBuilder.attempt;
import static org.advocacy.core.tests.ModelBuilder.away;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

	/** Saturday 7 March 2026, 03:00 in Berlin: outside business hours. */
	private static final Instant SATURDAY_NIGHT = at(BERLIN, "2026-03-07T03:00");
	private static final Instant FRIDAY_1655 = at(BERLIN, "2026-03-06T16:55");

	private final EscalationFixture fixture = new EscalationFixture();
	private final EscalationLadder ladder = new EscalationLadder();

	@Test
	void newEscalationCallsThePrimaryNow() {
		Engagement engagement = fixture.engagement("ADV-1", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);

		LadderStatus status = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(60));

		assertEquals(LadderState.DUE_NOW, status.state());
		assertEquals(EscalationLevel.PRIMARY, status.next().level());
		assertSame(fixture.primary, status.next().person());
		assertEquals(SATURDAY_NIGHT, status.dueAt());
		assertEquals("Call Ana Primary (primary) on the Engineering ladder now: nobody on the Engineering ladder has "
				+ "been called yet.", status.reason());
	}

	@Test
	void urgentEngagementRunsOnTheWallClockAtNight() {
		Engagement engagement = fixture.engagement("ADV-1", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.PENDING);

		LadderStatus waiting = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(5 * 60));
		assertEquals(LadderState.AWAITING_RESPONSE, waiting.state());
		assertEquals(SATURDAY_NIGHT.plus(Duration.ofMinutes(10)), waiting.dueAt());
		assertSame(fixture.backup, waiting.next().person());

		LadderStatus due = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(11 * 60));
		assertEquals(LadderState.DUE_NOW, due.state());
		assertEquals(EscalationLevel.BACKUP, due.next().level());
		assertEquals(SATURDAY_NIGHT.plus(Duration.ofMinutes(10)), due.dueAt());
		assertEquals("Call Ben Backup (backup) on the Engineering ladder now: Ana Primary (primary) did not answer "
				+ "within 10 minutes (24x7).", due.reason());
	}

	@Test
	void businessHoursEngagementWaitsFromFriday1655UntilMonday0910() {
		Engagement engagement = fixture.engagement("ADV-2", Urgency.BUSINESS_HOURS, FRIDAY_1655);
		Escalation escalation = fixture.escalate(engagement, FRIDAY_1655);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, FRIDAY_1655, AttemptOutcome.PENDING);

		LadderStatus weekend = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT);
		assertEquals(LadderState.AWAITING_RESPONSE, weekend.state());
		assertEquals(at(BERLIN, "2026-03-09T09:10"), weekend.dueAt());
		assertEquals(5.0 / 15, weekend.progress(), 1e-9);

		assertEquals(LadderState.DUE_NOW, ladder.evaluate(engagement, escalation, at(BERLIN, "2026-03-09T09:10")).state());
	}

	@Test
	void areaCalendarWinsOverTheOrganizationDefault() {
		String newYork = "America/New_York";
		fixture.engineering.setCalendar(ModelBuilder.weekdays(newYork, "09:00", "17:00"));
		Instant contacted = at(newYork, "2026-03-06T16:55");
		Engagement engagement = fixture.engagement("ADV-3", Urgency.BUSINESS_HOURS, contacted);
		Escalation escalation = fixture.escalate(engagement, contacted);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, contacted, AttemptOutcome.PENDING);

		LadderStatus status = ladder.evaluate(engagement, escalation, contacted);

		assertEquals(at(newYork, "2026-03-09T09:10"), status.dueAt());
		assertEquals("America/New_York business hours", status.workingTime().description());
	}

	@Test
	void awayPersonIsReplacedByTheAlternate() {
		Engagement engagement = fixture.engagement("ADV-4", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.NO_ANSWER);
		var alternate = fixture.model.person("Otto Alternate");
		away(fixture.backup, SATURDAY_NIGHT.minus(Duration.ofDays(1)), SATURDAY_NIGHT.plus(Duration.ofDays(7)),
				alternate);

		LadderStatus status = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(120));

		assertEquals(LadderState.DUE_NOW, status.state());
		assertSame(alternate, status.next().person());
		assertSame(fixture.backup, status.next().substituteFor());
		assertTrue(status.reason().startsWith("Call Otto Alternate (backup, covering for Ben Backup, who is away)"),
				status.reason());

		LadderAttempt call = status.next().newAttempt(ContactChannel.MOBILE, SATURDAY_NIGHT.plusSeconds(120));
		assertEquals(EscalationLevel.BACKUP, call.getLevel());
		assertSame(alternate, call.getPerson());
		assertSame(fixture.backup, call.getSubstituteFor());
		assertEquals(AttemptOutcome.PENDING, call.getOutcome());
	}

	@Test
	void awayPeriodOnlyAppliesWhileItLastsAndAnAbsentPersonWithoutAlternateIsStillCalled() {
		Instant noon = at(BERLIN, "2026-03-09T12:00");
		away(fixture.primary, noon, noon.plus(Duration.ofHours(2)), fixture.backup);
		away(fixture.manager, noon, null, null);

		assertSame(fixture.primary, LadderContact.covering(EscalationLevel.PRIMARY, fixture.primary, noon.minusSeconds(1)).person());
		assertSame(fixture.backup, LadderContact.covering(EscalationLevel.PRIMARY, fixture.primary, noon).person());
		assertSame(fixture.primary, LadderContact.covering(EscalationLevel.PRIMARY, fixture.primary, noon.plus(Duration.ofHours(2))).person());
		LadderContact manager = LadderContact.covering(EscalationLevel.MANAGER, fixture.manager, noon);
		assertSame(fixture.manager, manager.person());
		assertFalse(manager.isSubstitute());
	}

	@Test
	void responseStopsTheLadder() {
		Engagement engagement = fixture.engagement("ADV-5", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		LadderAttempt call = attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT,
				AttemptOutcome.PENDING);
		Instant answered = SATURDAY_NIGHT.plusSeconds(4 * 60);
		apply(AttemptOutcomeChange.responded(call, answered));

		LadderStatus status = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plus(Duration.ofHours(3)));

		assertEquals(LadderState.RESPONDED, status.state());
		assertSame(call, status.last());
		assertNull(status.next());
		assertNull(status.dueAt());
		assertEquals(answered, call.getRespondedAt());
		assertEquals("Ana Primary (primary) answered for Engineering; the ladder is stopped.", status.reason());
		assertTrue(ladder.activeLadders(fixture.repository, SATURDAY_NIGHT.plus(Duration.ofHours(3))).isEmpty());
	}

	@Test
	void noAnswerMovesToTheNextLevelAtOnce() {
		Engagement engagement = fixture.engagement("ADV-6", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		LadderAttempt call = attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT,
				AttemptOutcome.PENDING);
		apply(AttemptOutcomeChange.noAnswer(call));

		LadderStatus status = ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(60));

		assertEquals(LadderState.DUE_NOW, status.state());
		assertSame(fixture.backup, status.next().person());
		assertEquals(SATURDAY_NIGHT, status.dueAt());
		assertEquals("Call Ben Backup (backup) on the Engineering ladder now: Ana Primary (primary) did not answer.",
				status.reason());
	}

	@Test
	void missingLevelsAreSkipped() {
		fixture.engineering.getLadder().removeIf(rung -> rung.getLevel() == EscalationLevel.BACKUP);
		Engagement engagement = fixture.engagement("ADV-7", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.NO_ANSWER);

		assertSame(fixture.manager, ladder.evaluate(engagement, escalation, SATURDAY_NIGHT).next().person());
	}

	@Test
	void vicePresidentWithoutAnswerExhaustsTheLadderAndIsFlagged() {
		Engagement engagement = fixture.engagement("ADV-8", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		Instant at = SATURDAY_NIGHT;
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, at, AttemptOutcome.NO_ANSWER);
		attempt(escalation, EscalationLevel.BACKUP, fixture.backup, at = at.plusSeconds(600), AttemptOutcome.NO_ANSWER);
		attempt(escalation, EscalationLevel.MANAGER, fixture.manager, at = at.plusSeconds(600), AttemptOutcome.NO_ANSWER);
		attempt(escalation, EscalationLevel.DIRECTOR, fixture.director, at = at.plusSeconds(600), AttemptOutcome.NO_ANSWER);
		LadderAttempt top = attempt(escalation, EscalationLevel.VICE_PRESIDENT, fixture.vicePresident,
				at = at.plusSeconds(600), AttemptOutcome.PENDING);

		LadderStatus waiting = ladder.evaluate(engagement, escalation, at.plusSeconds(60));
		assertEquals(LadderState.AWAITING_RESPONSE, waiting.state());
		assertNull(waiting.next());

		LadderStatus exhausted = ladder.evaluate(engagement, escalation, at.plus(Duration.ofMinutes(10)));
		assertEquals(LadderState.EXHAUSTED, exhausted.state());
		assertTrue(exhausted.isFlagged());
		assertNull(exhausted.next());
		assertEquals(at.plus(Duration.ofMinutes(10)), exhausted.dueAt());
		assertEquals("Flag to management: Vera President (vice president) did not answer within 10 minutes (24x7), "
				+ "and nobody is above them on the Engineering ladder.", exhausted.reason());

		apply(AttemptOutcomeChange.noAnswer(top));
		assertEquals(LadderState.EXHAUSTED, ladder.evaluate(engagement, escalation, at.plusSeconds(60)).state());
	}

	@Test
	void warningsFireAtSeventyAndNinetyPercentOfTheTimeout() {
		Engagement engagement = fixture.engagement("ADV-9", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.PENDING);

		assertEquals(0, warningAfter(engagement, escalation, ladder, Duration.ofSeconds(6 * 60 + 59)));
		assertEquals(0.7, warningAfter(engagement, escalation, ladder, Duration.ofMinutes(7)));
		assertEquals(0.7, warningAfter(engagement, escalation, ladder, Duration.ofSeconds(8 * 60 + 59)));
		assertEquals(0.9, warningAfter(engagement, escalation, ladder, Duration.ofMinutes(9)));
		assertTrue(ladder.evaluate(engagement, escalation, SATURDAY_NIGHT.plusSeconds(9 * 60)).reason()
				.startsWith("90% of the wait has passed. Waiting for Ana Primary (primary)"));
		assertEquals(0.5, warningAfter(engagement, escalation, new EscalationLadder(0.5), Duration.ofMinutes(5)));
		assertThrows(IllegalArgumentException.class, () -> new EscalationLadder(1.0));
	}

	@Test
	void warningsCountWorkingTimeOnBusinessHours() {
		Engagement engagement = fixture.engagement("ADV-10", Urgency.BUSINESS_HOURS, FRIDAY_1655);
		Escalation escalation = fixture.escalate(engagement, FRIDAY_1655);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, FRIDAY_1655, AttemptOutcome.PENDING);

		LadderStatus monday = ladder.evaluate(engagement, escalation, at(BERLIN, "2026-03-09T09:06"));

		assertEquals(LadderState.AWAITING_RESPONSE, monday.state());
		assertEquals(11.0 / 15, monday.progress(), 1e-9);
		assertEquals(0.7, monday.warning());
	}

	@Test
	void timeoutComesFromTheSegmentElseTheRepositoryDefaultElseFifteenMinutes() {
		Engagement engagement = fixture.engagement("ADV-11", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		assertEquals(Duration.ofMinutes(10), ServiceTargets.escalationTimeout(engagement));

		fixture.strategic.getTargets().removeIf(target -> target.getUrgency() == Urgency.URGENT_24X7);
		assertEquals(Duration.ofMinutes(20), ServiceTargets.escalationTimeout(engagement));

		fixture.repository.getDefaultTargets().clear();
		assertEquals(Duration.ofMinutes(15), ServiceTargets.escalationTimeout(engagement));

		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.PENDING);
		assertEquals(SATURDAY_NIGHT.plus(Duration.ofMinutes(15)), ladder.evaluate(engagement, escalation, SATURDAY_NIGHT).dueAt());
	}

	@Test
	void closedEngagementsHaveNothingDue() {
		Engagement engagement = fixture.engagement("ADV-12", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		Escalation escalation = fixture.escalate(engagement, SATURDAY_NIGHT);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, SATURDAY_NIGHT, AttemptOutcome.PENDING);
		Instant later = SATURDAY_NIGHT.plus(Duration.ofHours(1));

		for (EngagementState closed : List.of(EngagementState.RETURNED_TO_SOP, EngagementState.DECLINED)) {
			engagement.setState(closed);
			LadderStatus status = ladder.evaluate(engagement, escalation, later);
			assertEquals(LadderState.CLOSED, status.state());
			assertNull(status.dueAt());
			assertTrue(ladder.dueSteps(fixture.repository, later).isEmpty());
		}
	}

	@Test
	void dueStepsOfARepositoryAreOrderedByDueTime() {
		Clock clock = Clock.fixed(SATURDAY_NIGHT.plus(Duration.ofHours(1)), ZoneOffset.UTC);
		Engagement waiting = fixture.engagement("ADV-20", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		attempt(fixture.escalate(waiting, SATURDAY_NIGHT), EscalationLevel.PRIMARY, fixture.primary,
				clock.instant().minusSeconds(60), AttemptOutcome.PENDING);
		Engagement late = fixture.engagement("ADV-21", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		attempt(fixture.escalate(late, SATURDAY_NIGHT), EscalationLevel.PRIMARY, fixture.primary,
				SATURDAY_NIGHT.plusSeconds(30 * 60), AttemptOutcome.PENDING);
		Engagement earlier = fixture.engagement("ADV-22", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		fixture.escalate(earlier, SATURDAY_NIGHT.plusSeconds(5 * 60));
		Engagement answered = fixture.engagement("ADV-23", Urgency.URGENT_24X7, SATURDAY_NIGHT);
		attempt(fixture.escalate(answered, SATURDAY_NIGHT), EscalationLevel.PRIMARY, fixture.primary,
				SATURDAY_NIGHT, AttemptOutcome.RESPONDED);

		List<LadderStatus> active = ladder.activeLadders(fixture.repository, clock.instant());
		List<LadderStatus> due = ladder.dueSteps(fixture.repository, clock.instant());

		assertEquals(List.of("ADV-22", "ADV-21", "ADV-20"), active.stream().map(s -> s.engagement().getKey()).toList());
		assertEquals(List.of("ADV-22", "ADV-21"), due.stream().map(s -> s.engagement().getKey()).toList());
		assertEquals(List.of(SATURDAY_NIGHT.plusSeconds(5 * 60), SATURDAY_NIGHT.plusSeconds(40 * 60)),
				due.stream().map(LadderStatus::dueAt).toList());
	}

	private static double warningAfter(Engagement engagement, Escalation escalation, EscalationLadder engine,
			Duration elapsed) {
		return engine.evaluate(engagement, escalation, SATURDAY_NIGHT.plus(elapsed)).warning();
	}

	/** Does what the user interface's set commands will do with the change. */
	private static void apply(AttemptOutcomeChange change) {
		change.attempt().setOutcome(change.outcome());
		change.attempt().setRespondedAt(change.respondedAt());
	}
}
