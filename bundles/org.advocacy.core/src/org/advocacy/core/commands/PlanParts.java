// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;

/** Where a task or phase sits in its plan, its working days, and how it is named in messages and Undo labels. */
final class PlanParts {

	private PlanParts() {
	}

	/** @return the plan of a task, or {@code null} when the task is not in a plan's phase */
	static GetWellPlan planOf(PlanTask task) {
		return task.eContainer() instanceof PhaseOfValue phase ? planOf(phase) : null;
	}

	/** @return the plan of a phase, or {@code null} when the phase is in no plan */
	static GetWellPlan planOf(PhaseOfValue phase) {
		return phase.eContainer() instanceof GetWellPlan plan ? plan : null;
	}

	/** @return the phase of a task, or {@code null} */
	static PhaseOfValue phaseOf(PlanTask task) {
		return task.eContainer() instanceof PhaseOfValue phase ? phase : null;
	}

	/** @return the working days of a plan (every day when it has no calendar, as the scheduler counts them) */
	static WorkingDays workingDays(GetWellPlan plan) {
		return plan != null && plan.getCalendar() != null ? WorkingDays.of(plan.getCalendar()) : WorkingDays.everyDay();
	}

	/** @return the working days of the task's plan */
	static WorkingDays workingDays(PlanTask task) {
		return workingDays(planOf(task));
	}

	/** @return the task's name in quotes, or "(unnamed task)" */
	static String quoted(PlanTask task) {
		return task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : "'" + task.getName() + "'";
	}

	/** @return the phase's name in quotes, or "(unnamed phase)" */
	static String quoted(PhaseOfValue phase) {
		return phase.getName() == null || phase.getName().isBlank() ? "(unnamed phase)" : "'" + phase.getName() + "'";
	}
}
