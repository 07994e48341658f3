// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.advocacy.core.schedule.PlanFixture.jan;
import static org.advocacy.core.tests.ModelBuilder.finishToStart;
import static org.advocacy.core.tests.ModelBuilder.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Float and the critical path on the classic textbook network, worked by hand in working days numbered from the
 * plan start Mon 5 Jan 2026 (day 0 Mon 5, 1 Tue 6, 2 Wed 7, 3 Thu 8, 4 Fri 9, 5 Mon 12, 6 Tue 13, 7 Wed 14,
 * 8 Thu 15, 9 Fri 16, 10 Mon 19, 11 Tue 20, 12 Wed 21, 13 Thu 22, 14 Fri 23):
 *
 * <pre>
 * task  days  after   early start-finish   late start-finish   float
 * A     3     -       0-2                  0-2                 0
 * B     4     A       3-6                  3-6                 0
 * C     2     A       3-4                  7-8                 4   (latest finish 8: E must start by 9)
 * D     5     B       7-11                 7-11                0
 * E     3     C       5-7                  9-11                4   (F must start by 12)
 * F     2     D, E    12-13                12-13               0
 * G     4     C       5-8                  10-13               5   (H must start by 14)
 * H     1     F, G    14                   14                  0
 * </pre>
 *
 * The plan finishes on day 14, Fri 23 Jan; the critical path is A, B, D, F, H (3 + 4 + 5 + 2 + 1 = 15 days).
 */
class CriticalPathTest {

	private PlanFixture fixture;
	private Map<String, PlanTask> tasks;

	@BeforeEach
	void textbookNetwork() {
		fixture = PlanFixture.onHolidayCalendar();
		PlanTask a = fixture.task("A", 3, jan(5));
		PlanTask b = fixture.task("B", 4);
		PlanTask c = fixture.task("C", 2);
		PlanTask d = fixture.task("D", 5);
		PlanTask e = fixture.task("E", 3);
		PlanTask f = fixture.task("F", 2);
		PlanTask g = fixture.task("G", 4);
		PlanTask h = fixture.task("H", 1);
		finishToStart(a, b);
		finishToStart(a, c);
		finishToStart(b, d);
		finishToStart(c, e);
		finishToStart(d, f);
		finishToStart(e, f);
		finishToStart(c, g);
		finishToStart(f, h);
		finishToStart(g, h);
		tasks = Map.of("A", a, "B", b, "C", c, "D", d, "E", e, "F", f, "G", g, "H", h);
	}

	@Test
	void earlyAndLateDatesAndFloatMatchTheHandWorkedNetwork() {
		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertDates(schedule, "A", 5, 7, 5, 7, 0);
		assertDates(schedule, "B", 8, 13, 8, 13, 0);
		assertDates(schedule, "C", 8, 9, 14, 15, 4);
		assertDates(schedule, "D", 14, 20, 14, 20, 0);
		assertDates(schedule, "E", 12, 14, 16, 20, 4);
		assertDates(schedule, "F", 21, 22, 21, 22, 0);
		assertDates(schedule, "G", 12, 15, 19, 22, 5);
		assertDates(schedule, "H", 23, 23, 23, 23, 0);
		assertEquals(jan(5), schedule.start());
		assertEquals(jan(23), schedule.plannedFinish());
	}

	@Test
	void theCriticalPathRunsThroughTheTasksWithoutFloatInOrder() {
		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(names("A", "B", "D", "F", "H"), schedule.criticalPath());
		for (String name : List.of("A", "B", "D", "F", "H")) {
			assertTrue(schedule.of(tasks.get(name)).critical(), name);
		}
		for (String name : List.of("C", "E", "G")) {
			assertFalse(schedule.of(tasks.get(name)).critical(), name);
		}
	}

	@Test
	void aLongerBranchTakesOverTheCriticalPath() {
		// E grows from 3 to 8 days: C-E (2 + 8) now outruns B-D (4 + 5) by one day
		tasks.get("E").setDurationDays(8);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		assertEquals(names("A", "C", "E", "F", "H"), schedule.criticalPath());
		assertEquals(1, schedule.of(tasks.get("B")).totalFloat());
		assertEquals(jan(26), schedule.plannedFinish());
	}

	@Test
	void linksOtherThanFinishToStartCarryTheCriticalPath() {
		// a review that may start two days after D starts and must finish with F: D, then the review, then H
		PlanTask review = fixture.task("Review", 6);
		link(tasks.get("D"), review, DependencyType.START_TO_START, 2);
		link(review, tasks.get("H"), DependencyType.FINISH_TO_START, 0);
		link(tasks.get("F"), review, DependencyType.FINISH_TO_FINISH, 0);

		PlanSchedule schedule = CriticalPathScheduler.schedule(fixture.plan);

		// review starts day 9 (D starts day 7, +2), lasts 6 days to day 14; H moves to day 15, Mon 26 Jan
		assertEquals(jan(16), schedule.of(review).earlyStart());
		assertEquals(jan(23), schedule.of(review).earlyFinish());
		assertEquals(names("A", "B", "D", "Review", "H"), schedule.criticalPath());
		assertEquals(1, schedule.of(tasks.get("F")).totalFloat());
	}

	@Test
	void schedulingNeverChangesThePlan() {
		GetWellPlan before = EcoreUtil.copy(fixture.plan);

		CriticalPathScheduler.schedule(fixture.plan);

		assertTrue(EcoreUtil.equals(before, fixture.plan));
		assertNull(tasks.get("B").getStart());
	}

	private List<PlanTask> names(String... names) {
		return Arrays.stream(names).map(name -> fixture.plan.getPhases().get(0).getTasks().stream()
				.filter(task -> task.getName().equals(name)).findFirst().orElseThrow()).toList();
	}

	private void assertDates(PlanSchedule schedule, String name, int earlyStart, int earlyFinish, int lateStart,
			int lateFinish, int totalFloat) {
		TaskSchedule scheduled = schedule.of(tasks.get(name));
		assertEquals(jan(earlyStart), scheduled.earlyStart(), name + " early start");
		assertEquals(jan(earlyFinish), scheduled.earlyFinish(), name + " early finish");
		assertEquals(jan(lateStart), scheduled.lateStart(), name + " late start");
		assertEquals(jan(lateFinish), scheduled.lateFinish(), name + " late finish");
		assertEquals(totalFloat, scheduled.totalFloat(), name + " float");
	}
}
