// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Weekday;

/**
 * Builds large get-well plans of a chosen size for the scheduling benchmark and for tests at scale; real plans
 * have tens of tasks, so the sample repository cannot exercise the critical-path method at this size.
 */
public final class SyntheticPlans {

	/** The start of every synthetic plan: a Monday. */
	public static final LocalDate START = LocalDate.of(2026, 1, 5);

	private static final int TASKS_PER_PHASE = 100;
	/** How far back (in tasks) a dependency reaches, so that plans stay wide rather than one long chain. */
	private static final int REACH = 50;
	private static final int CALENDAR_YEARS = 30;

	private SyntheticPlans() {
	}

	/**
	 * Builds a plan on a Monday-to-Friday calendar with New Year's Day, Christmas and Boxing Day as holidays,
	 * starting on {@link #START}. Tasks come in phases of 100, each phase ending with a milestone; they last 1 to 5
	 * working days. Each dependency links a task to one of the 50 tasks before it (so the graph is acyclic): 70%
	 * finish-to-start, 15% start-to-start, 10% finish-to-finish and 5% start-to-finish, with lags from -2 to 3
	 * working days. The same arguments always give the same plan.
	 *
	 * @param taskCount       number of tasks, at least 2 (the benchmark uses 10,000)
	 * @param dependencyCount number of dependencies (the benchmark uses 20,000)
	 * @param seed            seed of the random choices
	 * @return a new plan, not contained in any resource
	 */
	public static GetWellPlan large(int taskCount, int dependencyCount, long seed) {
		if (taskCount < 2 || dependencyCount < 0) {
			throw new IllegalArgumentException("A synthetic plan needs at least 2 tasks and no negative dependency count");
		}
		AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
		SplittableRandom random = new SplittableRandom(seed);
		GetWellPlan plan = factory.createGetWellPlan();
		plan.setName("Synthetic plan of " + taskCount + " tasks");
		plan.setCalendar(calendar(factory));
		PlanTask[] tasks = new PlanTask[taskCount];
		PhaseOfValue phase = null;
		for (int i = 0; i < taskCount; i++) {
			if (i % TASKS_PER_PHASE == 0) {
				phase = factory.createPhaseOfValue();
				phase.setName("Phase " + (i / TASKS_PER_PHASE + 1));
				plan.getPhases().add(phase);
			}
			PlanTask task = factory.createPlanTask();
			boolean milestone = i % TASKS_PER_PHASE == TASKS_PER_PHASE - 1 || i == taskCount - 1;
			task.setName((milestone ? "Milestone " : "Task ") + (i + 1));
			task.setMilestone(milestone);
			task.setDurationDays(milestone ? 0 : 1 + random.nextInt(5));
			phase.getTasks().add(task);
			tasks[i] = task;
		}
		tasks[0].setStart(START);
		for (int d = 0; d < dependencyCount; d++) {
			int successor = 1 + random.nextInt(taskCount - 1);
			TaskDependency dependency = factory.createTaskDependency();
			dependency.setPredecessor(tasks[successor - 1 - random.nextInt(Math.min(successor, REACH))]);
			dependency.setType(type(random.nextInt(100)));
			dependency.setLagDays(random.nextInt(6) - 2);
			tasks[successor].getDependencies().add(dependency);
		}
		return plan;
	}

	private static DependencyType type(int percentile) {
		if (percentile < 70) {
			return DependencyType.FINISH_TO_START;
		}
		if (percentile < 85) {
			return DependencyType.START_TO_START;
		}
		return percentile < 95 ? DependencyType.FINISH_TO_FINISH : DependencyType.START_TO_FINISH;
	}

	private static BusinessCalendar calendar(AdvocacyFactory factory) {
		BusinessCalendar calendar = factory.createBusinessCalendar();
		calendar.setName("Synthetic Monday-to-Friday calendar");
		calendar.setTimeZone(ZoneId.of("Europe/London"));
		for (Weekday day : new Weekday[] { Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
				Weekday.FRIDAY }) {
			calendar.getWorkingDays().add(day);
		}
		for (int year = START.getYear(); year < START.getYear() + CALENDAR_YEARS; year++) {
			holiday(factory, calendar, "New Year's Day", LocalDate.of(year, 1, 1));
			holiday(factory, calendar, "Christmas Day", LocalDate.of(year, 12, 25));
			holiday(factory, calendar, "Boxing Day", LocalDate.of(year, 12, 26));
		}
		return calendar;
	}

	private static void holiday(AdvocacyFactory factory, BusinessCalendar calendar, String name, LocalDate date) {
		Holiday holiday = factory.createHoliday();
		holiday.setName(name);
		holiday.setDate(date);
		calendar.getHolidays().add(holiday);
	}
}
