// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__BASELINE_FINISH;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__COMMITMENT_DATE;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__DEPENDENCIES;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__DURATION_DAYS;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__FINISH;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__OWNER;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__PERCENT_COMPLETE;
import static org.advocacy.model.AdvocacyPackage.Literals.TASK_DEPENDENCY__PREDECESSOR;

import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.schedule.TaskGraph;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.ecore.EObject;

/**
 * Rules on the get-well plan: every task has an owner who committed to a date (the whitepaper's "commitments and
 * caveats"), consistent dates, a percent complete from 0 to 100, no negative duration, milestones that take no
 * time, dependencies only within the plan and never in a circle (found by {@link TaskGraph#findCycle}).
 */
final class PlanRules {

	private PlanRules() {
	}

	static void check(GetWellPlan plan, Report report) {
		TaskGraph.findCycle(plan).ifPresent(cycle -> reportCycle(plan, cycle, report));
	}

	private static void reportCycle(GetWellPlan plan, List<PlanTask> cycle, Report report) {
		StringBuilder path = new StringBuilder();
		for (PlanTask task : cycle) {
			path.append(Names.quoted(task.getName())).append(" → ");
		}
		path.append("back to ").append(Names.quoted(cycle.get(0).getName()));
		report.add(Rule.PLAN_DEPENDENCY_CYCLE, cycle.get(0), PLAN_TASK__DEPENDENCIES, Names.of(plan)
				+ " has tasks that wait for each other in a circle: " + path
				+ " (each waits for the one before it). Remove one of these dependencies.",
				cycle.subList(1, cycle.size()).toArray());
	}

	static void check(PlanTask task, Report report) {
		String name = Names.of(task);
		if (task.getOwner() == null) {
			report.add(Rule.TASK_OWNER_MISSING, task, PLAN_TASK__OWNER, name + " has no owner.");
		}
		if (task.getCommitmentDate() == null) {
			report.add(Rule.TASK_COMMITMENT_DATE_MISSING, task, PLAN_TASK__COMMITMENT_DATE,
					name + " has no date its owner committed to.");
		}
		LocalDate start = task.getStart();
		LocalDate finish = task.getFinish();
		if (start != null && finish != null && finish.isBefore(start)) {
			report.add(Rule.TASK_FINISH_BEFORE_START, task, PLAN_TASK__FINISH,
					name + " finishes on " + finish + ", before it starts on " + start + ".");
		}
		LocalDate baselineStart = task.getBaselineStart();
		LocalDate baselineFinish = task.getBaselineFinish();
		if (baselineStart != null && baselineFinish != null && baselineFinish.isBefore(baselineStart)) {
			report.add(Rule.TASK_BASELINE_FINISH_BEFORE_START, task, PLAN_TASK__BASELINE_FINISH, name
					+ " has a baseline finish of " + baselineFinish + ", before its baseline start of " + baselineStart + ".");
		}
		int percent = task.getPercentComplete();
		if (percent < 0 || percent > 100) {
			report.add(Rule.TASK_PERCENT_COMPLETE_OUT_OF_RANGE, task, PLAN_TASK__PERCENT_COMPLETE,
					name + " is " + percent + "% complete; it must be between 0% and 100%.");
		}
		int duration = task.getDurationDays();
		if (duration < 0) {
			report.add(Rule.TASK_NEGATIVE_DURATION, task, PLAN_TASK__DURATION_DAYS,
					name + " takes " + duration + " working days; a duration cannot be negative.");
		} else if (task.isMilestone() && duration != 0) {
			report.add(Rule.MILESTONE_WITH_DURATION, task, PLAN_TASK__DURATION_DAYS,
					name + " takes " + duration + " working days; a milestone takes none.");
		}
	}

	static void check(TaskDependency dependency, Report report) {
		PlanTask predecessor = dependency.getPredecessor();
		EObject task = dependency.eContainer();
		// a missing predecessor is reported by EMF's multiplicity check
		if (predecessor != null && task != null && planOf(predecessor) != planOf(task)) {
			report.add(Rule.DEPENDENCY_OUTSIDE_PLAN, dependency, TASK_DEPENDENCY__PREDECESSOR,
					Names.of(task) + " depends on " + Names.quoted(predecessor.getName())
							+ ", which is not a task of the same plan; a task can only wait for tasks of its own plan.",
					task, predecessor);
		}
	}

	/** @return the plan a task belongs to (task, phase of value, plan), or {@code null} */
	private static EObject planOf(EObject task) {
		EObject phase = task.eContainer();
		return phase == null ? null : phase.eContainer();
	}
}
