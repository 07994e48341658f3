// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;

/**
 * The result of {@link CriticalPathScheduler scheduling} a get-well plan: per task its early and late dates,
 * total float, whether it is critical and how it compares with its baseline and commitment; for the plan its
 * start, its planned finish against the committed finish, and the critical path. Immutable: it is computed once
 * from the model, never changes it, and does not follow later edits (schedule again after a change).
 */
public final class PlanSchedule {

	private static final int NO_DATE = Integer.MIN_VALUE;

	private final GetWellPlan plan;
	private final TaskGraph graph;
	private final WorkingDayOrdinals ordinals;
	private final int projectStart;
	private final int projectFinish;
	private final int[] earlyStart;
	private final int[] earlyFinish;
	private final int[] lateStart;
	private final int[] lateFinish;
	private final int[] baselineSlip;
	private final int[] commitmentSlip;
	private final LocalDate committedFinish;
	private final int finishSlip;
	private final List<PlanTask> criticalPath;

	/**
	 * Takes the passes' results as working-day boundaries (boundary {@code b} is the start of working day
	 * {@code b}); a task occupies {@code [start, finish)} and a zero-length task is a point at the end of day
	 * {@code finish - 1}.
	 */
	PlanSchedule(GetWellPlan plan, TaskGraph graph, int[] order, WorkingDayOrdinals ordinals, int projectStart,
			int projectFinish, int[] earlyStart, int[] earlyFinish, int[] lateStart, int[] lateFinish) {
		this.plan = plan;
		this.graph = graph;
		this.ordinals = ordinals;
		this.projectStart = projectStart;
		this.projectFinish = projectFinish;
		this.earlyStart = earlyStart;
		this.earlyFinish = earlyFinish;
		this.lateStart = lateStart;
		this.lateFinish = lateFinish;
		int n = graph.tasks.length;
		baselineSlip = new int[n];
		commitmentSlip = new int[n];
		LocalDate latestCommitment = null;
		for (int i = 0; i < n; i++) {
			PlanTask task = graph.tasks[i];
			baselineSlip[i] = slip(earlyFinish[i], task.getBaselineFinish());
			commitmentSlip[i] = slip(earlyFinish[i], task.getCommitmentDate());
			LocalDate commitment = task.getCommitmentDate();
			if (commitment != null && (latestCommitment == null || commitment.isAfter(latestCommitment))) {
				latestCommitment = commitment;
			}
		}
		committedFinish = latestCommitment;
		finishSlip = slip(projectFinish, committedFinish);
		criticalPath = traceCriticalPath(order);
		// materialise every date this schedule can answer with, so that it is only read from now on
		ordinals.date(projectFinish - 1);
	}

	/** @return the plan that was scheduled */
	public GetWellPlan plan() {
		return plan;
	}

	/** @return the plan's tasks in plan order (phase by phase) */
	public List<PlanTask> tasks() {
		return Collections.unmodifiableList(Arrays.asList(graph.tasks));
	}

	/**
	 * @param task a task of the scheduled plan
	 * @return its schedule
	 * @throws IllegalArgumentException if the task is not part of the scheduled plan
	 */
	public TaskSchedule of(PlanTask task) {
		int i = graph.indexOf(task);
		if (i < 0) {
			throw new IllegalArgumentException("The task '" + TaskGraph.nameOf(task) + "' is not part of the plan '"
					+ plan.getName() + "'");
		}
		return new TaskSchedule(task, startDate(earlyStart[i], earlyFinish[i]), ordinals.date(earlyFinish[i] - 1),
				startDate(lateStart[i], lateFinish[i]), ordinals.date(lateFinish[i] - 1), lateStart[i] - earlyStart[i],
				isCritical(i), optional(baselineSlip[i]), optional(commitmentSlip[i]));
	}

	/** @return the first working day of the plan: its start, or the next working day if the start is not one */
	public LocalDate start() {
		return ordinals.date(projectStart);
	}

	/** @return the last working day of the plan as scheduled: the latest early finish of its tasks */
	public LocalDate plannedFinish() {
		return ordinals.date(projectFinish - 1);
	}

	/** @return the date the owners committed to finish the plan by: the latest commitment date of its tasks */
	public Optional<LocalDate> committedFinish() {
		return Optional.ofNullable(committedFinish);
	}

	/**
	 * @return working days from the committed finish to the planned finish (positive: the plan is late); empty
	 *         when no task has a commitment date
	 */
	public OptionalInt finishSlip() {
		return optional(finishSlip);
	}

	/**
	 * The chain of critical tasks that drives the plan's finish, in order: it ends with a critical task finishing
	 * on the planned finish and walks back through the dependencies that hold each task where it is, until a task
	 * that nothing pushes (it starts with the plan, or at its own start date). When several chains are equally
	 * critical, the one through the later task in dependency order and the first-listed dependency is taken.
	 *
	 * @return the critical path; never empty
	 */
	public List<PlanTask> criticalPath() {
		return criticalPath;
	}

	private List<PlanTask> traceCriticalPath(int[] order) {
		int task = -1;
		for (int k = order.length - 1; task < 0; k--) {
			if (earlyFinish[order[k]] == projectFinish && isCritical(order[k])) {
				task = order[k];
			}
		}
		List<PlanTask> path = new ArrayList<>();
		for (; task >= 0; task = drivingCriticalPredecessor(task)) {
			path.add(graph.tasks[task]);
		}
		Collections.reverse(path);
		return List.copyOf(path);
	}

	private int drivingCriticalPredecessor(int task) {
		for (int link = graph.predecessorStart[task]; link < graph.predecessorStart[task + 1]; link++) {
			int predecessor = graph.predecessor[link];
			int lag = graph.lag[link];
			boolean driving = switch (graph.linkType[link]) {
			case TaskGraph.START_TO_START -> earlyStart[task] == earlyStart[predecessor] + lag;
			case TaskGraph.FINISH_TO_FINISH -> earlyFinish[task] == earlyFinish[predecessor] + lag;
			case TaskGraph.START_TO_FINISH -> earlyFinish[task] == earlyStart[predecessor] + lag;
			default -> earlyStart[task] == earlyFinish[predecessor] + lag;
			};
			if (driving && isCritical(predecessor)) {
				return predecessor;
			}
		}
		return -1;
	}

	private boolean isCritical(int task) {
		return lateStart[task] - earlyStart[task] <= 0;
	}

	/** A zero-length task is a point at the end of its day, one boundary after the start of that day. */
	private LocalDate startDate(int start, int finish) {
		return ordinals.date(start == finish ? start - 1 : start);
	}

	/** @return working days from the deadline to the finish boundary's last day, or {@link #NO_DATE} */
	private int slip(int finish, LocalDate deadline) {
		return deadline == null ? NO_DATE : finish - 1 - ordinals.onOrBefore(deadline);
	}

	private static OptionalInt optional(int slip) {
		return slip == NO_DATE ? OptionalInt.empty() : OptionalInt.of(slip);
	}
}
