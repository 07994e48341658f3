// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

/**
 * A get-well plan that the critical-path method cannot schedule as it stands: its dependencies form a cycle,
 * a task depends on something that is not a task of the plan, or there is no task or no date to start from. The message
 * names the tasks concerned in words a support manager understands, so it can be shown as is.
 */
public final class UnschedulablePlanException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<PlanTask> tasks;

	private UnschedulablePlanException(String message, List<PlanTask> tasks) {
		super(message);
		this.tasks = List.copyOf(tasks);
	}

	/** @return the tasks that must be changed before the plan can be scheduled, in the order the message names them */
	public List<PlanTask> getTasks() {
		return tasks;
	}

	static UnschedulablePlanException cycle(List<PlanTask> cycle) {
		String path = cycle.stream().map(TaskGraph::nameOf).collect(Collectors.joining(" → "));
		return new UnschedulablePlanException(
				"The plan's dependencies form a cycle: " + path + " → " + TaskGraph.nameOf(cycle.get(0))
						+ ". Remove one of these dependencies so the tasks can be put in order.",
				cycle);
	}

	static UnschedulablePlanException outside(List<TaskDependency> dependencies) {
		StringBuilder message = new StringBuilder("Some tasks depend on tasks that are not part of this plan: ");
		List<PlanTask> tasks = dependencies.stream().map(dependency -> (PlanTask) dependency.eContainer()).toList();
		for (int i = 0; i < dependencies.size(); i++) {
			PlanTask predecessor = dependencies.get(i).getPredecessor();
			message.append(i == 0 ? "" : "; ").append('\'').append(TaskGraph.nameOf(tasks.get(i))).append('\'')
					.append(predecessor == null ? " depends on no task"
							: " depends on '" + TaskGraph.nameOf(predecessor) + "', which is not in this plan");
		}
		return new UnschedulablePlanException(message.append('.').toString(), tasks);
	}

	static UnschedulablePlanException noTasks(String planName) {
		return new UnschedulablePlanException("The plan '" + planName + "' has no tasks to schedule.", List.of());
	}

	static UnschedulablePlanException noStart(String planName) {
		return new UnschedulablePlanException("The plan '" + planName
				+ "' cannot be scheduled: no task has a start date. Give at least one task a start date.", List.of());
	}
}
