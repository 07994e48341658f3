// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.schedule.PlanFixture.dec;
import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.advocacy.core.tests.ModelBuilder.link;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each dependency type with positive and negative lag, worked by hand on the holiday calendar of
 * {@link PlanFixture} (weekend 20-21 and 27-28 Dec, holidays 25 and 26 Dec and 1 Jan). The predecessor "Restore
 * service" starts Mon 22 Dec and lasts 3 working days: Mon 22, Tue 23, Wed 24 Dec. The successor "Verify
 * reports" lasts 2 working days and has no start date of its own; the plan starts Mon 15 Dec so that leads are
 * not cut off by the plan start.
 */
class LinkTypesTest {

	@ParameterizedTest(name = "{0} lag {1}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			FINISH_TO_START  |  0 | 2025-12-29 | 2025-12-30 | starts the working day after Wed 24: Mon 29 over the holidays and weekend
			FINISH_TO_START  |  2 | 2025-12-31 | 2026-01-02 | two working days after Mon 29 is Wed 31; Thu 1 Jan is a holiday so it ends Fri 2
			FINISH_TO_START  | -2 | 2025-12-23 | 2025-12-24 | a lead of two working days before Mon 29 skips the holidays: Tue 23
			START_TO_START   |  0 | 2025-12-22 | 2025-12-23 | starts with the predecessor
			START_TO_START   |  3 | 2025-12-29 | 2025-12-30 | three working days after Mon 22: Tue 23, Wed 24, Mon 29
			START_TO_START   | -1 | 2025-12-19 | 2025-12-22 | one working day before Mon 22 is Fri 19, across the weekend
			FINISH_TO_FINISH |  0 | 2025-12-23 | 2025-12-24 | finishes with the predecessor on Wed 24
			FINISH_TO_FINISH |  1 | 2025-12-24 | 2025-12-29 | finishes one working day after Wed 24: Mon 29, so it starts Wed 24
			FINISH_TO_FINISH | -3 | 2025-12-18 | 2025-12-19 | finishes three working days before Wed 24: Fri 19
			START_TO_FINISH  |  0 | 2025-12-18 | 2025-12-19 | finishes the working day before the predecessor starts: Fri 19
			START_TO_FINISH  |  4 | 2025-12-24 | 2025-12-29 | finishes four working days after Fri 19: Mon 29, so it starts Wed 24
			START_TO_FINISH  | -2 | 2025-12-16 | 2025-12-17 | finishes two working days before Fri 19: Wed 17
			""")
	void successorDatesFollowTheLinkTypeAndLagInWorkingDays(DependencyType type, int lag, LocalDate start,
			LocalDate finish, String why) {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask predecessor = fixture.task("Restore service", 3, dec(22));
		PlanTask successor = fixture.task("Verify reports", 2);
		link(predecessor, successor, type, lag);

		TaskSchedule scheduled = CriticalPathScheduler.schedule(fixture.plan, dec(15)).of(successor);

		assertEquals(start, scheduled.earlyStart(), why);
		assertEquals(finish, scheduled.earlyFinish(), why);
	}

	@Test
	void aTaskOccupiesItsDurationInWorkingDaysFromItsStart() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask task = fixture.task("Patch the cluster", 5, dec(22));

		TaskSchedule scheduled = CriticalPathScheduler.schedule(fixture.plan).of(task);

		// Mon 22, Tue 23, Wed 24, Mon 29, Tue 30
		assertEquals(dec(22), scheduled.earlyStart());
		assertEquals(dec(30), scheduled.earlyFinish());
	}

	@Test
	void aStartOnANonWorkingDayMovesToTheNextWorkingDay() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask task = fixture.task("Patch the cluster", 1, dec(25));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(29), schedule.start());
		assertEquals(dec(29), schedule.of(task).earlyStart());
		assertEquals(dec(29), schedule.of(task).earlyFinish());
	}

	@Test
	void aTaskStartDateIsAStartNoEarlierThanConstraint() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask first = fixture.task("Restore service", 3, dec(22));
		PlanTask later = fixture.task("Customer sign-off", 1, dec(31));
		PlanTask pushed = fixture.task("Verify reports", 2, dec(15));
		finishToStart(first, later);
		finishToStart(first, pushed);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(31), schedule.of(later).earlyStart(), "its own start is later than the dependency allows");
		assertEquals(dec(29), schedule.of(pushed).earlyStart(), "the dependency pushes it past its own start");
		assertEquals(dec(15), schedule.start(), "the plan starts with its earliest task start, even one pushed later");
	}

	@Test
	void noTaskStartsBeforeTheGivenPlanStart() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask early = fixture.task("Restore service", 3, dec(15));
		PlanTask open = fixture.task("Collect logs", 1);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan, dec(20));

		assertEquals(dec(22), schedule.start(), "Sat 20 Dec moves to Mon 22");
		assertEquals(dec(22), schedule.of(early).earlyStart());
		assertEquals(dec(22), schedule.of(open).earlyStart());
	}

	@Test
	void aMilestoneMarksTheDayItsPredecessorFinishesAndItsSuccessorStartsTheNextWorkingDay() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask work = fixture.task("Restore service", 3, dec(22));
		PlanTask restored = fixture.milestone("Service restored");
		PlanTask review = fixture.task("Review with customer", 1);
		finishToStart(work, restored);
		finishToStart(restored, review);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(24), schedule.of(restored).earlyStart());
		assertEquals(dec(24), schedule.of(restored).earlyFinish());
		assertEquals(dec(29), schedule.of(review).earlyStart());
		assertEquals(dec(29), schedule.plannedFinish());
	}

	@Test
	void aMilestoneWithLagFallsThatManyWorkingDaysAfterItsPredecessorFinishes() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask work = fixture.task("Restore service", 3, dec(22));
		PlanTask restored = fixture.milestone("Service restored");
		link(work, restored, DependencyType.FINISH_TO_START, 2);

		TaskSchedule scheduled = CriticalPathScheduler.schedule(fixture.plan).of(restored);

		// two working days after Wed 24: Mon 29, Tue 30
		assertEquals(dec(30), scheduled.earlyStart());
		assertEquals(dec(30), scheduled.earlyFinish());
	}

	@Test
	void aMilestoneTiedToATaskStartFallsAtTheEndOfTheWorkingDayBefore() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask work = fixture.task("Restore service", 3, dec(22));
		PlanTask started = fixture.milestone("Restoration under way");
		link(work, started, DependencyType.START_TO_START, 0);

		// the same instant as the start of Mon 22: the end of Fri 19
		assertEquals(dec(19), CriticalPathScheduler.schedule(fixture.plan, dec(15)).of(started).earlyFinish());
	}

	@Test
	void aMilestoneIgnoresItsDurationAndFallsOnItsOwnStartOrTheNextWorkingDay() {
		PlanFixture fixture = PlanFixture.onHolidayCalendar();
		PlanTask kickOff = fixture.task("Kick-off", 1, dec(22));
		PlanTask goLive = fixture.milestone("Go-live");
		goLive.setDurationDays(4);
		goLive.setStart(dec(27));

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(29), schedule.of(goLive).earlyStart());
		assertEquals(dec(29), schedule.of(goLive).earlyFinish());
		assertEquals(dec(22), schedule.of(kickOff).earlyFinish());
	}

	@Test
	void withoutCalendarEveryDayIsAWorkingDay() {
		PlanFixture fixture = PlanFixture.withoutCalendar();
		PlanTask weekend = fixture.task("Weekend failover test", 2, dec(20));
		PlanTask monday = fixture.task("Report to customer", 1);
		finishToStart(weekend, monday);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(dec(21), schedule.of(weekend).earlyFinish(), "Sat 20 and Sun 21");
		assertEquals(dec(22), schedule.of(monday).earlyStart());
		assertEquals(dec(22), schedule.plannedFinish());
	}
}
