// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

/**
 * The tasks of a get-well plan and their dependencies as arrays: task {@code i} is the {@code i}-th task in plan
 * order (phase by phase), and the links of task {@code i} are {@code predecessorStart[i]} (inclusive) to
 * {@code predecessorStart[i + 1]} (exclusive) in {@code predecessor}, {@code linkType} and {@code lag}. This
 * is what the critical-path method runs on, without touching the model per link.
 * <p>
 * The public entry points answer the two structural questions a plan must pass before it can be scheduled, for
 * validators and editors: does it contain a dependency cycle ({@link #findCycle(GetWellPlan)}), and does any task
 * depend on something that is not a task of the plan ({@link #findDependenciesOutside(GetWellPlan)}).
 */
public final class TaskGraph {

	static final int FINISH_TO_START = DependencyType.FINISH_TO_START_VALUE;
	static final int START_TO_START = DependencyType.START_TO_START_VALUE;
	static final int FINISH_TO_FINISH = DependencyType.FINISH_TO_FINISH_VALUE;
	static final int START_TO_FINISH = DependencyType.START_TO_FINISH_VALUE;

	final PlanTask[] tasks;
	final int[] predecessorStart;
	final int[] predecessor;
	final int[] linkType;
	final int[] lag;
	/** Dependencies whose predecessor is missing or not a task of the plan; they are not in the arrays. */
	final List<TaskDependency> outside;
	/** Open-addressing identity table: slot holds task index + 1, or 0 when empty. */
	private final int[] slots;

	private TaskGraph(GetWellPlan plan) {
		tasks = tasksOf(plan);
		slots = new int[Integer.highestOneBit(Math.max(4, tasks.length * 2 + 1)) << 1];
		int mask = slots.length - 1;
		for (int i = 0; i < tasks.length; i++) {
			int slot = slotOf(tasks[i]);
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = i + 1;
		}
		int linkCount = 0;
		for (PlanTask task : tasks) {
			linkCount += task.getDependencies().size();
		}
		predecessorStart = new int[tasks.length + 1];
		predecessor = new int[linkCount];
		linkType = new int[linkCount];
		lag = new int[linkCount];
		List<TaskDependency> skipped = null;
		int link = 0;
		for (int i = 0; i < tasks.length; i++) {
			predecessorStart[i] = link;
			List<TaskDependency> dependencies = tasks[i].getDependencies();
			for (int d = 0, size = dependencies.size(); d < size; d++) {
				TaskDependency dependency = dependencies.get(d);
				PlanTask predecessorTask = dependency.getPredecessor();
				int index = predecessorTask == null ? -1 : indexOf(predecessorTask);
				if (index < 0) {
					if (skipped == null) {
						skipped = new ArrayList<>();
					}
					skipped.add(dependency);
					continue;
				}
				DependencyType type = dependency.getType();
				predecessor[link] = index;
				linkType[link] = type == null ? FINISH_TO_START : type.getValue();
				lag[link] = dependency.getLagDays();
				link++;
			}
		}
		predecessorStart[tasks.length] = link;
		outside = skipped == null ? List.of() : Collections.unmodifiableList(skipped);
	}

	/** @return the graph of the plan's tasks; dependencies outside the plan are set aside in {@link #outside} */
	static TaskGraph of(GetWellPlan plan) {
		return new TaskGraph(plan);
	}

	/**
	 * Finds one dependency cycle, so that a validator can reject the plan naming the tasks involved.
	 *
	 * @param plan a get-well plan
	 * @return the tasks of one cycle in dependency order (each task is a predecessor of the next one and the last
	 *         is a predecessor of the first), starting with the one that comes first in the plan; a task that
	 *         depends on itself is a cycle of one; empty if the dependencies form no cycle. Dependencies on tasks
	 *         outside the plan are ignored here.
	 */
	public static Optional<List<PlanTask>> findCycle(GetWellPlan plan) {
		TaskGraph graph = of(plan);
		int[] remaining = new int[graph.tasks.length];
		return graph.topologicalOrder(remaining) != null ? Optional.empty() : Optional.of(graph.cycle(remaining));
	}

	/**
	 * Finds the dependencies that cannot be scheduled because they name no predecessor or a predecessor that is
	 * not a task of this plan (for instance one copied from another engagement's plan).
	 *
	 * @param plan a get-well plan
	 * @return those dependencies in plan order; empty if there are none
	 */
	public static List<TaskDependency> findDependenciesOutside(GetWellPlan plan) {
		return of(plan).outside;
	}

	/** @return the index of the task in this graph, or -1 if it is not a task of the plan */
	int indexOf(PlanTask task) {
		int mask = slots.length - 1;
		for (int slot = slotOf(task);; slot = (slot + 1) & mask) {
			int entry = slots[slot];
			if (entry == 0) {
				return -1;
			}
			if (tasks[entry - 1] == task) {
				return entry - 1;
			}
		}
	}

	/**
	 * Orders the tasks so that every task comes after all its predecessors (Kahn's algorithm); ties keep plan
	 * order.
	 *
	 * @param remaining receives, per task, how many of its links were not resolved; all zero on success
	 * @return the task indices in topological order, or {@code null} if the dependencies form a cycle
	 */
	int[] topologicalOrder(int[] remaining) {
		int n = tasks.length;
		int linkCount = predecessorStart[n];
		int[] successorStart = new int[n + 1];
		for (int link = 0; link < linkCount; link++) {
			successorStart[predecessor[link] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			successorStart[i + 1] += successorStart[i];
			remaining[i] = predecessorStart[i + 1] - predecessorStart[i];
		}
		int[] fill = Arrays.copyOf(successorStart, n);
		int[] successor = new int[linkCount];
		for (int task = 0; task < n; task++) {
			for (int link = predecessorStart[task]; link < predecessorStart[task + 1]; link++) {
				successor[fill[predecessor[link]]++] = task;
			}
		}
		int[] order = new int[n];
		int tail = 0;
		for (int i = 0; i < n; i++) {
			if (remaining[i] == 0) {
				order[tail++] = i;
			}
		}
		for (int head = 0; head < tail; head++) {
			int task = order[head];
			for (int s = successorStart[task]; s < successorStart[task + 1]; s++) {
				if (--remaining[successor[s]] == 0) {
					order[tail++] = successor[s];
				}
			}
		}
		return tail == n ? order : null;
	}

	/**
	 * Extracts one cycle after {@link #topologicalOrder(int[])} failed: every task left with unresolved links has
	 * a predecessor that is also left, so walking from predecessor to predecessor must come back to a task already
	 * seen.
	 */
	List<PlanTask> cycle(int[] remaining) {
		int[] seenAtStep = new int[tasks.length];
		int[] walk = new int[tasks.length + 1];
		int steps = 0;
		int task = 0;
		while (remaining[task] == 0) {
			task++;
		}
		while (seenAtStep[task] == 0) {
			walk[steps++] = task;
			seenAtStep[task] = steps;
			task = leftPredecessor(task, remaining);
		}
		int from = seenAtStep[task] - 1;
		int first = from;
		for (int step = from; step < steps; step++) {
			if (walk[step] < walk[first]) {
				first = step;
			}
		}
		List<PlanTask> cycle = new ArrayList<>(steps - from);
		// the walk goes from successor to predecessor; dependency order is the reverse, starting at `first`
		for (int k = 0, length = steps - from; k < length; k++) {
			int step = first - k;
			cycle.add(tasks[walk[step >= from ? step : step + length]]);
		}
		return cycle;
	}

	private int leftPredecessor(int task, int[] remaining) {
		for (int link = predecessorStart[task]; link < predecessorStart[task + 1]; link++) {
			if (remaining[predecessor[link]] > 0) {
				return predecessor[link];
			}
		}
		throw new IllegalStateException("Task " + task + " has unresolved links but no unresolved predecessor");
	}

	/** @return how a task is named in messages: its name, or "(unnamed task)" when it has none */
	static String nameOf(PlanTask task) {
		String name = task.getName();
		return name == null || name.isBlank() ? "(unnamed task)" : name;
	}

	private int slotOf(PlanTask task) {
		int hash = System.identityHashCode(task) * 0x9E3779B9;
		return (hash ^ (hash >>> 16)) & (slots.length - 1);
	}

	private static PlanTask[] tasksOf(GetWellPlan plan) {
		List<PhaseOfValue> phases = plan.getPhases();
		int count = 0;
		for (int p = 0, size = phases.size(); p < size; p++) {
			count += phases.get(p).getTasks().size();
		}
		PlanTask[] tasks = new PlanTask[count];
		int next = 0;
		for (int p = 0, size = phases.size(); p < size; p++) {
			List<PlanTask> phaseTasks = phases.get(p).getTasks();
			for (int t = 0, phaseSize = phaseTasks.size(); t < phaseSize; t++) {
				tasks[next++] = phaseTasks.get(t);
			}
		}
		return tasks;
	}
}
