// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.tests.ModelBuilder.attempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Escalation;
import org.advocacy.model.Person;
import org.advocacy.model.RotationShift;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The primary and backup of an area take turns: the shift that started last names who is on duty, from midnight in
 * the organization's time zone (Berlin here); where no shift covers the day the who-to-call list's own primary and
 * backup are called, and the ladder engine calls whoever is on duty.
 */
class RotationsTest {

	/** Monday 23 November 2026 begins at 23:00 UTC on Sunday in Berlin. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
	private static final Instant MIDNIGHT_IN_BERLIN = Instant.parse("2026-11-22T23:00:00Z");

	private final EscalationFixture fixture = new EscalationFixture();
	private final Person carla = fixture.model.person("Carla Rota");
	private final Person dev = fixture.model.person("Dev Rota");

	private RotationShift shift(LocalDate startsOn, Person primary, Person backup) {
		RotationShift shift = AdvocacyFactory.eINSTANCE.createRotationShift();
		shift.setStartsOn(startsOn);
		shift.setPrimary(primary);
		shift.setBackup(backup);
		fixture.engineering.getRotation().add(shift);
		return shift;
	}

	@Test
	void theNewShiftTakesOverAtMidnightInTheOrganizationsTimeZone() {
		shift(MONDAY.minusWeeks(1), fixture.primary, fixture.backup);
		RotationShift next = shift(MONDAY, carla, dev);

		Rotations.Duty lastMinute = Rotations.onDuty(fixture.engineering, MIDNIGHT_IN_BERLIN.minusSeconds(1));
		Rotations.Duty firstMinute = Rotations.onDuty(fixture.engineering, MIDNIGHT_IN_BERLIN);

		assertSame(fixture.primary, lastMinute.primary());
		assertSame(fixture.backup, lastMinute.backup());
		assertSame(carla, firstMinute.primary(), "in UTC it is still Sunday, in Berlin Monday");
		assertSame(dev, firstMinute.backup());
		assertSame(next, firstMinute.shift());
		assertTrue(firstMinute.onRotation());
		assertEquals("the rotation shift from 2026-11-23", firstMinute.source());
	}

	@Test
	void beforeTheFirstShiftTheListsOwnPrimaryIsCalledAndTheSourceSaysWhy() {
		shift(MONDAY, carla, dev);

		Rotations.Duty gap = Rotations.onDuty(fixture.engineering, MIDNIGHT_IN_BERLIN.minusSeconds(1));

		assertSame(fixture.primary, gap.primary());
		assertSame(fixture.backup, gap.backup());
		assertNull(gap.shift());
		assertFalse(gap.onRotation());
		assertEquals("no rotation shift covers 2026-11-22, so the who-to-call list's primary and backup",
				gap.source());
	}

	@Test
	void aShiftThatLeavesARoleEmptyFallsBackToTheListForThatRoleOnly() {
		shift(MONDAY, null, dev);

		Rotations.Duty duty = Rotations.onDuty(fixture.engineering, MIDNIGHT_IN_BERLIN);

		assertSame(fixture.primary, duty.primary());
		assertSame(dev, duty.backup());
		assertFalse(duty.onRotation());
		assertTrue(duty.source().contains("names no primary, so the who-to-call list's primary"), duty.source());
	}

	@Test
	void withoutARotationTheListNamesBoth() {
		Rotations.Duty duty = Rotations.onDuty(fixture.engineering, MIDNIGHT_IN_BERLIN);

		assertSame(fixture.primary, duty.primary());
		assertEquals("the who-to-call list", duty.source());
	}

	@Test
	void theLadderCallsThePrimaryOnDutyThenTheBackupOnDuty() {
		shift(MONDAY.minusWeeks(1), carla, dev);
		Engagement engagement = fixture.engagement("ADV-R1", Urgency.URGENT_24X7, MIDNIGHT_IN_BERLIN);
		Escalation escalation = fixture.escalate(engagement, MIDNIGHT_IN_BERLIN);
		EscalationLadder ladder = new EscalationLadder();

		LadderStatus first = ladder.evaluate(engagement, escalation, MIDNIGHT_IN_BERLIN.plusSeconds(60));
		assertSame(carla, first.next().person());
		assertEquals(EscalationLevel.PRIMARY, first.next().level());

		attempt(escalation, EscalationLevel.PRIMARY, carla, MIDNIGHT_IN_BERLIN, AttemptOutcome.NO_ANSWER);
		LadderStatus second = ladder.evaluate(engagement, escalation, MIDNIGHT_IN_BERLIN.plusSeconds(120));
		assertSame(dev, second.next().person());
		assertEquals("Call Dev Rota (backup) on the Engineering ladder now: Carla Rota (primary) did not answer.",
				second.reason());

		attempt(escalation, EscalationLevel.BACKUP, dev, MIDNIGHT_IN_BERLIN, AttemptOutcome.NO_ANSWER);
		assertSame(fixture.manager, ladder.evaluate(engagement, escalation, MIDNIGHT_IN_BERLIN.plusSeconds(180))
				.next().person(), "the manager does not rotate");
	}

	@Test
	void theLadderCallsWhoeverIsOnDutyWhenTheCallIsMadeAcrossAShiftChange() {
		shift(MONDAY.minusWeeks(1), fixture.primary, fixture.backup);
		shift(MONDAY, carla, dev);
		Engagement engagement = fixture.engagement("ADV-R2", Urgency.URGENT_24X7, MIDNIGHT_IN_BERLIN);
		Instant lateSunday = MIDNIGHT_IN_BERLIN.minusSeconds(5 * 60);
		Escalation escalation = fixture.escalate(engagement, lateSunday);
		attempt(escalation, EscalationLevel.PRIMARY, fixture.primary, lateSunday, AttemptOutcome.PENDING);
		EscalationLadder ladder = new EscalationLadder();

		LadderStatus waiting = ladder.evaluate(engagement, escalation, lateSunday.plusSeconds(60));

		assertEquals(LadderState.AWAITING_RESPONSE, waiting.state());
		assertSame(dev, waiting.next().person(), "the backup is called after midnight, on Monday's shift");
	}
}
