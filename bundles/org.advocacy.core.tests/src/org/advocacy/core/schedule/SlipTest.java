// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.schedule.PlanFixture.dec;
import static org.advocacy.core.schedule.PlanFixture.jan;
import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;

import org.advocacy.model.PlanTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slips in working days on the holiday calendar: "Restore service" runs Mon 22 to Wed 24 Dec, then "Verify
 * reports" runs Mon 29 to Tue 30 Dec (over the holidays and the weekend).
 */
class SlipTest {

	private final PlanFixture fixture = PlanFixture.onHolidayCalendar();
	private PlanTask restore;
	private PlanTask verify;

	@BeforeEach
	void twoTasks() {
		restore = fixture.task("Restore service", 3, dec(22));
		verify = fixture.task("Verify reports", 2);
		finishToStart(restore, verify);
	}

	@Test
	void slipAgainstBaselineCountsWorkingDaysPastTheBaselineFinish() {
		restore.setBaselineFinish(dec(24));
		verify.setBaselineFinish(dec(24));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(OptionalInt.of(0), schedule.of(restore).baselineSlip());
		// Wed 24 → Mon 29 (1) → Tue 30 (2): the holidays and the weekend do not count
		assertEquals(OptionalInt.of(2), schedule.of(verify).baselineSlip());
	}

	@Test
	void finishingEarlierThanTheBaselineIsANegativeSlip() {
		verify.setBaselineFinish(jan(2));

		// Tue 30 → Wed 31 (1) → Fri 2 Jan (2), Thu 1 Jan being a holiday
		assertEquals(OptionalInt.of(-2), CriticalPathScheduler.schedule(fixture.plan).of(verify).baselineSlip());
	}

	@Test
	void aCommitmentOnANonWorkingDayIsMetByTheWorkingDayBefore() {
		restore.setCommitmentDate(dec(27));
		verify.setCommitmentDate(dec(27));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		// Sat 27 Dec: the last working day on or before it is Wed 24
		assertEquals(OptionalInt.of(0), schedule.of(restore).commitmentSlip());
		assertEquals(OptionalInt.of(2), schedule.of(verify).commitmentSlip());
	}

	@Test
	void withoutBaselineOrCommitmentThereIsNoSlip() {
		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(OptionalInt.empty(), schedule.of(verify).baselineSlip());
		assertEquals(OptionalInt.empty(), schedule.of(verify).commitmentSlip());
		assertEquals(Optional.empty(), schedule.committedFinish());
		assertEquals(OptionalInt.empty(), schedule.finishSlip());
	}

	@Test
	void thePlannedFinishIsComparedWithTheLatestCommitment() {
		restore.setCommitmentDate(dec(24));
		verify.setCommitmentDate(dec(29));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(30), schedule.plannedFinish());
		assertEquals(Optional.of(dec(29)), schedule.committedFinish());
		assertEquals(OptionalInt.of(1), schedule.finishSlip());
	}

	@Test
	void aPlanFinishingBeforeItsCommitmentHasANegativeFinishSlip() {
		verify.setCommitmentDate(jan(5));

		// Tue 30 → Wed 31, Fri 2, Mon 5 Jan
		assertEquals(OptionalInt.of(-3), CriticalPathScheduler.schedule(fixture.plan).finishSlip());
	}
}
