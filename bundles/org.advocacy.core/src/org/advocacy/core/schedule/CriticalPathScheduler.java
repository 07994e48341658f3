// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.util.Arrays;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;

/**
 * Schedules a get-well plan by the critical-path method on the plan's working-day calendar (see the package
 * documentation for the date conventions): a forward pass from the plan start gives each task its early dates,
 * a backward pass from the plan's finish its late dates, and their difference is the total float that tells the
 * advocate which tasks cannot slip without moving the end of the plan.
 * <p>
 * Scheduling reads the model and never changes it; the result is an immutable {@link PlanSchedule} that an editor
 * may apply to the tasks through commands. The work is linear in tasks plus dependencies: dates are mapped to
 * working-day ordinals once per task, and the passes run on {@code int} arrays in topological order.
 */
public final class CriticalPathScheduler {

	private CriticalPathScheduler() {
	}

	/**
	 * Schedules the plan from its earliest task start.
	 *
	 * @param plan the plan to schedule; it is not modified
	 * @return the plan's schedule
	 * @throws UnschedulablePlanException if the plan has no task, no task has a start date, a task depends on
	 *                                    something that is not a task of the plan, or the dependencies form a cycle
	 */
	public static PlanSchedule schedule(GetWellPlan plan) {
		return schedule(plan, null);
	}

	/**
	 * Schedules the plan from a given start: no task starts before it, and tasks without their own start date
	 * and without predecessors start on it (or the next working day).
	 *
	 * @param plan         the plan to schedule; it is not modified
	 * @param projectStart the plan's start, or {@code null} for its earliest task start
	 * @return the plan's schedule
	 * @throws UnschedulablePlanException if the plan has no task, there is no start (neither given nor on any
	 *                                    task), a task depends on something that is not a task of the plan, or
	 *                                    the dependencies form a cycle
	 */
	public static PlanSchedule schedule(GetWellPlan plan, LocalDate projectStart) {
		TaskGraph graph = TaskGraph.of(plan);
		if (graph.tasks.length == 0) {
			throw UnschedulablePlanException.noTasks(plan.getName());
		}
		if (!graph.outside.isEmpty()) {
			throw UnschedulablePlanException.outside(graph.outside);
		}
		int[] remaining = new int[graph.tasks.length];
		int[] order = graph.topologicalOrder(remaining);
		if (order == null) {
			throw UnschedulablePlanException.cycle(graph.cycle(remaining));
		}
		LocalDate start = projectStart != null ? projectStart : earliestStart(graph.tasks);
		if (start == null) {
			throw UnschedulablePlanException.noStart(plan.getName());
		}
		WorkingDays workingDays = plan.getCalendar() != null ? WorkingDays.of(plan.getCalendar())
				: WorkingDays.everyDay();
		WorkingDayOrdinals ordinals = new WorkingDayOrdinals(workingDays, earliestDate(graph.tasks, start));
		int origin = ordinals.onOrAfter(start);

		int n = graph.tasks.length;
		int[] duration = new int[n];
		int[] notBefore = new int[n];
		for (int i = 0; i < n; i++) {
			PlanTask task = graph.tasks[i];
			duration[i] = task.isMilestone() ? 0 : Math.max(0, task.getDurationDays());
			int ownStart = task.getStart() == null ? origin : Math.max(origin, ordinals.onOrAfter(task.getStart()));
			// a zero-length task is a point at the end of its day: one boundary later than a start on that day
			notBefore[i] = duration[i] == 0 ? ownStart + 1 : ownStart;
		}
		int[] earlyStart = new int[n];
		int[] earlyFinish = new int[n];
		forwardPass(graph, order, duration, notBefore, earlyStart, earlyFinish);
		int projectFinish = origin;
		for (int i = 0; i < n; i++) {
			projectFinish = Math.max(projectFinish, earlyFinish[i]);
		}
		int[] lateStart = new int[n];
		int[] lateFinish = new int[n];
		backwardPass(graph, order, duration, projectFinish, lateStart, lateFinish);
		return new PlanSchedule(plan, graph, order, ordinals, origin, projectFinish, earlyStart, earlyFinish, lateStart,
				lateFinish);
	}

	/**
	 * Early dates as working-day boundaries: a task occupies {@code [start, finish)}; boundary {@code b} is the
	 * start of working day {@code b}.
	 */
	private static void forwardPass(TaskGraph graph, int[] order, int[] duration, int[] notBefore, int[] earlyStart,
			int[] earlyFinish) {
		for (int task : order) {
			int start = notBefore[task];
			int finish = start + duration[task];
			for (int link = graph.predecessorStart[task]; link < graph.predecessorStart[task + 1]; link++) {
				int predecessor = graph.predecessor[link];
				int lag = graph.lag[link];
				switch (graph.linkType[link]) {
				case TaskGraph.START_TO_START -> start = Math.max(start, earlyStart[predecessor] + lag);
				case TaskGraph.FINISH_TO_FINISH -> finish = Math.max(finish, earlyFinish[predecessor] + lag);
				case TaskGraph.START_TO_FINISH -> finish = Math.max(finish, earlyStart[predecessor] + lag);
				default -> start = Math.max(start, earlyFinish[predecessor] + lag);
				}
			}
			start = Math.max(start, finish - duration[task]);
			earlyStart[task] = start;
			earlyFinish[task] = start + duration[task];
		}
	}

	/** Late dates: every task finishes by the plan's finish, and each link holds against its successor's late dates. */
	private static void backwardPass(TaskGraph graph, int[] order, int[] duration, int projectFinish, int[] lateStart,
			int[] lateFinish) {
		Arrays.fill(lateFinish, projectFinish);
		for (int k = order.length - 1; k >= 0; k--) {
			int task = order[k];
			int finish = lateFinish[task];
			int start = finish - duration[task];
			lateStart[task] = start;
			for (int link = graph.predecessorStart[task]; link < graph.predecessorStart[task + 1]; link++) {
				int predecessor = graph.predecessor[link];
				int lag = graph.lag[link];
				int bound = switch (graph.linkType[link]) {
				case TaskGraph.START_TO_START -> start - lag + duration[predecessor];
				case TaskGraph.FINISH_TO_FINISH -> finish - lag;
				case TaskGraph.START_TO_FINISH -> finish - lag + duration[predecessor];
				default -> start - lag;
				};
				lateFinish[predecessor] = Math.min(lateFinish[predecessor], bound);
			}
		}
	}

	private static LocalDate earliestStart(PlanTask[] tasks) {
		LocalDate earliest = null;
		for (PlanTask task : tasks) {
			earliest = earlier(earliest, task.getStart());
		}
		return earliest;
	}

	/** @return the earliest date scheduling will map to a working day, so the ordinals can start there */
	private static LocalDate earliestDate(PlanTask[] tasks, LocalDate start) {
		LocalDate earliest = start;
		for (PlanTask task : tasks) {
			earliest = earlier(earlier(earlier(earliest, task.getStart()), task.getBaselineFinish()),
					task.getCommitmentDate());
		}
		return earliest;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a == null || b != null && b.isBefore(a) ? b : a;
	}
}
