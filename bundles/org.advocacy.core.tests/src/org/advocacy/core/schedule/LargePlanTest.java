// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.tests.harness.SyntheticPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's plan (10,000 tasks, 20,000 dependencies of all four types with leads and lags) schedules
 * consistently: checked link by link against plain working-day arithmetic, independently of the scheduler.
 */
class LargePlanTest {

	private static GetWellPlan plan;
	private static PlanSchedule schedule;
	private static WorkingDays workingDays;

	@BeforeAll
	static void schedule() {
		plan = SyntheticPlans.large(10_000, 20_000, 42);
		schedule = CriticalPathScheduler.schedule(plan);
		workingDays = WorkingDays.of(plan.getCalendar());
	}

	@Test
	void theSyntheticPlanHasTheRequestedSize() {
		assertEquals(10_000, schedule.tasks().size());
		assertEquals(20_000, schedule.tasks().stream().mapToInt(task -> task.getDependencies().size()).sum());
		assertEquals(SyntheticPlans.START, schedule.start());
	}

	@Test
	void everyDependencyHoldsForEarlyAndLateDates() {
		int checked = 0;
		for (PlanTask successor : schedule.tasks()) {
			for (TaskDependency dependency : successor.getDependencies()) {
				PlanTask predecessor = dependency.getPredecessor();
				if (predecessor.isMilestone() || successor.isMilestone()) {
					continue; // milestones are points at the end of a day; LinkTypesTest covers them by hand
				}
				TaskSchedule before = schedule.of(predecessor);
				TaskSchedule after = schedule.of(successor);
				assertHolds(dependency, before.earlyStart(), before.earlyFinish(), after.earlyStart(), after.earlyFinish());
				assertHolds(dependency, before.lateStart(), before.lateFinish(), after.lateStart(), after.lateFinish());
				checked++;
			}
		}
		assertTrue(checked > 15_000, "most dependencies link ordinary tasks");
	}

	@Test
	void everyTaskFitsBetweenThePlanStartAndFinishWithNonNegativeFloat() {
		for (PlanTask task : schedule.tasks()) {
			TaskSchedule scheduled = schedule.of(task);
			assertFalse(scheduled.earlyStart().isBefore(schedule.start()), task.getName());
			assertFalse(scheduled.lateFinish().isAfter(schedule.plannedFinish()), task.getName());
			assertFalse(scheduled.lateStart().isBefore(scheduled.earlyStart()), task.getName());
			assertTrue(scheduled.totalFloat() >= 0, task.getName());
			assertEquals(scheduled.totalFloat() == 0, scheduled.critical(), task.getName());
		}
	}

	@Test
	void theCriticalPathIsAChainOfCriticalTasksToThePlannedFinish() {
		List<PlanTask> path = schedule.criticalPath();

		assertTrue(path.size() > 1);
		assertEquals(schedule.plannedFinish(), schedule.of(path.get(path.size() - 1)).earlyFinish());
		for (int i = 0; i < path.size(); i++) {
			assertTrue(schedule.of(path.get(i)).critical(), path.get(i).getName());
			if (i > 0) {
				PlanTask predecessor = path.get(i - 1);
				assertTrue(path.get(i).getDependencies().stream().anyMatch(link -> link.getPredecessor() == predecessor),
						path.get(i).getName() + " depends on " + predecessor.getName());
			}
		}
	}

	private static void assertHolds(TaskDependency dependency, LocalDate predecessorStart, LocalDate predecessorFinish,
			LocalDate successorStart, LocalDate successorFinish) {
		int lag = dependency.getLagDays();
		boolean holds = switch (dependency.getType()) {
		case FINISH_TO_START -> !successorStart.isBefore(workingDays.plus(predecessorFinish, 1L + lag));
		case START_TO_START -> !successorStart.isBefore(workingDays.plus(predecessorStart, lag));
		case FINISH_TO_FINISH -> !successorFinish.isBefore(workingDays.plus(predecessorFinish, lag));
		case START_TO_FINISH -> !successorFinish.isBefore(workingDays.plus(predecessorStart, lag - 1L));
		};
		assertTrue(holds, () -> dependency.getType() + " lag " + lag + " from "
				+ dependency.getPredecessor().getName() + " to "
				+ ((PlanTask) dependency.eContainer()).getName());
	}
}
