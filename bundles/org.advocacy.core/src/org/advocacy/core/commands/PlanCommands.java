// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the undoable commands behind the Get-Well Plan chart's direct manipulation: move a task, change its finish
 * (and so its duration), set its progress, link two tasks; and replacing a plan by an imported one. Each edit is
 * checked first; an edit the plan cannot take (a finish before the start, a link that would make a cycle) is refused
 * with a reason the advocate can read, and nothing is executed. Dates are snapped to the plan's working days, so the
 * model stays consistent with what the engine's critical-path scheduler computes.
 * <p>
 * The commands are built for the given editing domain but not executed: the caller executes them on the domain's
 * command stack, which gives undo and redo.
 */
public final class PlanCommands {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

	private PlanCommands() {
	}

	/**
	 * Moves a task so that it starts on a date (the next working day if the date is not one), keeping its duration.
	 *
	 * @param domain   the session's editing domain
	 * @param task     a task of a get-well plan
	 * @param newStart the requested start
	 * @return the command setting start and finish, or the refusal
	 */
	public static Edit move(EditingDomain domain, PlanTask task, LocalDate newStart) {
		Objects.requireNonNull(newStart, "newStart");
		WorkingDays days = workingDays(task);
		LocalDate start = days.onOrAfter(newStart);
		LocalDate finish = task.isMilestone() ? start : days.plus(start, Math.max(0, task.getDurationDays() - 1));
		if (start.equals(task.getStart()) && finish.equals(task.getFinish())) {
			return Edit.unchanged();
		}
		CompoundCommand move = new CompoundCommand("Move '" + name(task) + "'");
		move.append(SetCommand.create(domain, task, Literals.PLAN_TASK__START, start));
		move.append(SetCommand.create(domain, task, Literals.PLAN_TASK__FINISH, finish));
		return Edit.of(move);
	}

	/**
	 * Changes when a task finishes, keeping its start: its duration becomes the working days from start to finish.
	 *
	 * @param domain    the session's editing domain
	 * @param task      a task of a get-well plan
	 * @param start     the task's start as shown (its own start, or the scheduled one when it has none)
	 * @param newFinish the requested last day (the previous working day if it is not one)
	 * @return the command setting duration and finish, or the refusal (milestones, a finish before the start)
	 */
	public static Edit resize(EditingDomain domain, PlanTask task, LocalDate start, LocalDate newFinish) {
		if (task.isMilestone()) {
			return Edit.refused("'" + name(task) + "' is a milestone: it has no duration to change.");
		}
		WorkingDays days = workingDays(task);
		LocalDate first = days.onOrAfter(start);
		LocalDate finish = days.onOrBefore(newFinish);
		if (finish.isBefore(first)) {
			return Edit.refused("The finish of '" + name(task) + "' (" + DAY.format(newFinish)
					+ ") would be before its start (" + DAY.format(first) + ").");
		}
		int duration = (int) days.between(first, finish.plusDays(1));
		if (duration == task.getDurationDays() && finish.equals(task.getFinish())) {
			return Edit.unchanged();
		}
		CompoundCommand resize = new CompoundCommand("Change the duration of '" + name(task) + "'");
		if (task.getStart() == null) {
			resize.append(SetCommand.create(domain, task, Literals.PLAN_TASK__START, first));
		}
		resize.append(SetCommand.create(domain, task, Literals.PLAN_TASK__DURATION_DAYS, duration));
		resize.append(SetCommand.create(domain, task, Literals.PLAN_TASK__FINISH, finish));
		return Edit.of(resize);
	}

	/**
	 * Sets how far a task is done.
	 *
	 * @param domain  the session's editing domain
	 * @param task    a task
	 * @param percent the new % complete; clamped to 0..100
	 * @return the command, or no command when nothing changes
	 */
	public static Edit progress(EditingDomain domain, PlanTask task, int percent) {
		int value = Math.max(0, Math.min(100, percent));
		if (value == task.getPercentComplete()) {
			return Edit.unchanged();
		}
		Command set = SetCommand.create(domain, task, Literals.PLAN_TASK__PERCENT_COMPLETE, value);
		return Edit.of(set);
	}

	/**
	 * Makes one task depend on another.
	 *
	 * @param domain      the session's editing domain
	 * @param predecessor the task that comes first
	 * @param successor   the task that depends on it
	 * @param type        how they depend on each other
	 * @return the command adding the dependency to the successor, or the refusal (the same task, a link that
	 *         exists already, a link that would make a cycle, tasks of different plans)
	 */
	public static Edit link(EditingDomain domain, PlanTask predecessor, PlanTask successor, DependencyType type) {
		if (predecessor == successor) {
			return Edit.refused("A task cannot depend on itself.");
		}
		if (planOf(predecessor) != planOf(successor)) {
			return Edit.refused("'" + name(predecessor) + "' and '" + name(successor) + "' are not in the same plan.");
		}
		for (TaskDependency existing : successor.getDependencies()) {
			if (existing.getPredecessor() == predecessor) {
				return Edit.refused("'" + name(successor) + "' already depends on '" + name(predecessor) + "'.");
			}
		}
		if (dependsOn(predecessor, successor)) {
			return Edit.refused("'" + name(predecessor) + "' already depends on '" + name(successor)
					+ "', so this link would make a cycle.");
		}
		TaskDependency dependency = AdvocacyFactory.eINSTANCE.createTaskDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(type);
		Command add = AddCommand.create(domain, successor, Literals.PLAN_TASK__DEPENDENCIES, dependency);
		return Edit.of(add);
	}

	/**
	 * Replaces an engagement's get-well plan, for instance by one imported from Microsoft Project. The new plan
	 * keeps the old plan's business calendar when it has none of its own.
	 *
	 * @param domain     the session's editing domain
	 * @param engagement the engagement
	 * @param plan       the new plan, not contained anywhere yet
	 * @return the command
	 */
	public static Command replacePlan(EditingDomain domain, Engagement engagement, GetWellPlan plan) {
		GetWellPlan old = engagement.getGetWellPlan();
		if (plan.getCalendar() == null && old != null) {
			plan.setCalendar(old.getCalendar());
		}
		return SetCommand.create(domain, engagement, Literals.ENGAGEMENT__GET_WELL_PLAN, plan);
	}

	/** @return whether {@code task} depends on {@code other}, directly or through other tasks */
	private static boolean dependsOn(PlanTask task, PlanTask other) {
		Set<PlanTask> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<PlanTask> open = new ArrayDeque<>();
		open.push(task);
		while (!open.isEmpty()) {
			for (TaskDependency dependency : open.pop().getDependencies()) {
				PlanTask predecessor = dependency.getPredecessor();
				if (predecessor == other) {
					return true;
				}
				if (predecessor != null && seen.add(predecessor)) {
					open.push(predecessor);
				}
			}
		}
		return false;
	}

	/** @return the working days of the task's plan (every day when the plan has no calendar) */
	private static WorkingDays workingDays(PlanTask task) {
		GetWellPlan plan = planOf(task);
		return plan != null && plan.getCalendar() != null ? WorkingDays.of(plan.getCalendar()) : WorkingDays.everyDay();
	}

	private static GetWellPlan planOf(PlanTask task) {
		return task.eContainer() != null && task.eContainer().eContainer() instanceof GetWellPlan plan ? plan : null;
	}

	private static String name(PlanTask task) {
		return task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : task.getName();
	}
}
