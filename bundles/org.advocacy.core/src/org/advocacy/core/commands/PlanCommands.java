// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.core.imports.PlanImport;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the undoable commands behind the Get-Well Plan chart's direct manipulation: move a task, change its finish
 * (and so its duration), set its progress, link two tasks, change or remove a link; and starting a plan or replacing
 * it by an imported one. The plan's outline (adding, deleting and moving tasks and phases) is built by
 * {@link PlanStructureCommands}, publishing and baselining by {@link PlanPublishCommands}. Each edit is checked
 * first; an edit the plan cannot take (a finish before the start, a link that would make a cycle) is refused
 * with a reason the advocate can read, and nothing is executed. Dates are snapped to the plan's working days, so the
 * model stays consistent with what the engine's critical-path scheduler computes.
 * <p>
 * The commands are built for the given editing domain but not executed: the caller executes them on the domain's
 * command stack, which gives undo and redo.
 */
public final class PlanCommands {

	/** The name of a new plan's first phase of value. */
	public static final String FIRST_PHASE = "Phase 1 — Stabilize";

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
		CompoundCommand move = new CompoundCommand("Move " + name(task));
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
			return Edit.refused(name(task) + " is a milestone: it has no duration to change.");
		}
		WorkingDays days = workingDays(task);
		LocalDate first = days.onOrAfter(start);
		LocalDate finish = days.onOrBefore(newFinish);
		if (finish.isBefore(first)) {
			return Edit.refused("The finish of " + name(task) + " (" + DAY.format(newFinish)
					+ ") would be before its start (" + DAY.format(first) + ").");
		}
		int duration = (int) days.between(first, finish.plusDays(1));
		if (duration == task.getDurationDays() && finish.equals(task.getFinish())) {
			return Edit.unchanged();
		}
		CompoundCommand resize = new CompoundCommand("Change the duration of " + name(task));
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
	 * Makes one task depend on another, finish to start, without lag.
	 *
	 * @param domain      the session's editing domain
	 * @param predecessor the task that comes first
	 * @param successor   the task that depends on it
	 * @param type        how they depend on each other
	 * @return the command adding the dependency to the successor, or the refusal (see
	 *         {@link #link(EditingDomain, PlanTask, PlanTask, DependencyType, int)})
	 */
	public static Edit link(EditingDomain domain, PlanTask predecessor, PlanTask successor, DependencyType type) {
		return link(domain, predecessor, successor, type, 0);
	}

	/**
	 * Makes one task depend on another.
	 *
	 * @param domain      the session's editing domain
	 * @param predecessor the task that comes first
	 * @param successor   the task that depends on it
	 * @param type        how they depend on each other
	 * @param lagDays     working days between them; negative for a lead
	 * @return the command adding the dependency to the successor, or the refusal (the same task, a link that
	 *         exists already, a link that would make a cycle, naming the tasks on it, tasks of different plans)
	 */
	public static Edit link(EditingDomain domain, PlanTask predecessor, PlanTask successor, DependencyType type,
			int lagDays) {
		if (predecessor == successor) {
			return Edit.refused("A task cannot depend on itself.");
		}
		if (planOf(predecessor) != planOf(successor)) {
			return Edit.refused(name(predecessor) + " and " + name(successor) + " are not in the same plan.");
		}
		for (TaskDependency existing : successor.getDependencies()) {
			if (existing.getPredecessor() == predecessor) {
				return Edit.refused(name(successor) + " already depends on " + name(predecessor) + ".");
			}
		}
		List<PlanTask> chain = chain(successor, predecessor);
		if (!chain.isEmpty()) {
			return Edit.refused(name(successor) + " cannot follow " + name(predecessor) + ": " + name(predecessor)
					+ " already follows it (" + String.join(" \u2192 ", chain.stream().map(PlanCommands::bareName).toList())
					+ "), so the link would make a cycle.");
		}
		TaskDependency dependency = AdvocacyFactory.eINSTANCE.createTaskDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		Command add = AddCommand.create(domain, successor, Literals.PLAN_TASK__DEPENDENCIES, dependency);
		return Edit.of(Labels.labelled("Link " + name(predecessor) + " to " + name(successor), add));
	}

	/**
	 * Changes how a link ties its two tasks together.
	 *
	 * @param domain     the session's editing domain
	 * @param dependency a link of a plan task
	 * @param type       the new type
	 * @param lagDays    the new lag in working days; negative for a lead
	 * @return the command, or no command when nothing changes
	 */
	public static Edit changeLink(EditingDomain domain, TaskDependency dependency, DependencyType type, int lagDays) {
		DependencyType current = dependency.getType() == null ? DependencyType.FINISH_TO_START : dependency.getType();
		if (current == type && dependency.getLagDays() == lagDays) {
			return Edit.unchanged();
		}
		CompoundCommand change = new CompoundCommand("Change the link from " + name(dependency.getPredecessor())
				+ " to " + name((PlanTask) dependency.eContainer()));
		if (current != type || dependency.getType() == null) {
			change.append(SetCommand.create(domain, dependency, Literals.TASK_DEPENDENCY__TYPE, type));
		}
		if (dependency.getLagDays() != lagDays) {
			change.append(SetCommand.create(domain, dependency, Literals.TASK_DEPENDENCY__LAG_DAYS, lagDays));
		}
		return Edit.of(change);
	}

	/**
	 * Removes a link between two tasks.
	 *
	 * @param domain     the session's editing domain
	 * @param dependency a link of a plan task
	 * @return the command
	 */
	public static Command unlink(EditingDomain domain, TaskDependency dependency) {
		PlanTask successor = (PlanTask) dependency.eContainer();
		return Labels.labelled("Remove the link from " + name(dependency.getPredecessor()) + " to " + name(successor),
				RemoveCommand.create(domain, successor, Literals.PLAN_TASK__DEPENDENCIES, dependency));
	}

	/**
	 * Starts an engagement's get-well plan: named after the customer, with the first phase of value the whitepaper
	 * recommends, on the advocate's business calendar (or the organization's default calendar when the advocate has
	 * none), ready for tasks.
	 *
	 * @param domain     the session's editing domain
	 * @param engagement an engagement without a get-well plan
	 * @return the command, or the refusal when the engagement has a plan already
	 */
	public static Edit startPlan(EditingDomain domain, Engagement engagement) {
		if (engagement.getGetWellPlan() != null) {
			return Edit.refused(engagement.getKey() + " has a get-well plan already.");
		}
		GetWellPlan plan = AdvocacyFactory.eINSTANCE.createGetWellPlan();
		plan.setName(engagement.getCustomer() == null || engagement.getCustomer().getName() == null ? "Get-well plan"
				: "Get-well plan: " + engagement.getCustomer().getName());
		plan.setCalendar(calendarOf(engagement));
		PhaseOfValue first = AdvocacyFactory.eINSTANCE.createPhaseOfValue();
		first.setName(FIRST_PHASE);
		plan.getPhases().add(first);
		return Edit.of(Labels.labelled("Start the get-well plan of " + engagement.getKey(),
				SetCommand.create(domain, engagement, Literals.ENGAGEMENT__GET_WELL_PLAN, plan)));
	}

	/**
	 * @param engagement an engagement
	 * @return the calendar its plan is scheduled on: the current plan's, else the advocate's, else the
	 *         organization's default; {@code null} when there is none
	 */
	public static BusinessCalendar calendarOf(Engagement engagement) {
		if (engagement.getGetWellPlan() != null && engagement.getGetWellPlan().getCalendar() != null) {
			return engagement.getGetWellPlan().getCalendar();
		}
		Person advocate = engagement.getAdvocate();
		if (advocate != null && advocate.getCalendar() != null) {
			return advocate.getCalendar();
		}
		Organization organization = engagement.eContainer() instanceof AdvocacyRepository repository
				? repository.getOrganization() : null;
		return organization == null ? null : organization.getDefaultCalendar();
	}

	/**
	 * Replaces an engagement's get-well plan by one imported from a project file, adding the file's calendar to the
	 * organization when the import made one. A plan without a calendar of its own takes the engagement's (see
	 * {@link #calendarOf(Engagement)}).
	 *
	 * @param domain     the session's editing domain
	 * @param engagement the engagement, in a repository
	 * @param imported   the imported plan, not contained anywhere yet
	 * @return the command
	 */
	public static Command replacePlan(EditingDomain domain, Engagement engagement, PlanImport imported) {
		GetWellPlan plan = imported.plan();
		if (plan.getCalendar() == null) {
			plan.setCalendar(calendarOf(engagement));
		}
		CompoundCommand replace = new CompoundCommand("Import the get-well plan of " + engagement.getKey());
		if (imported.newCalendar() != null) {
			replace.append(AddCommand.create(domain, ((AdvocacyRepository) engagement.eContainer()).getOrganization(),
					Literals.ORGANIZATION__CALENDARS, imported.newCalendar()));
		}
		replace.append(SetCommand.create(domain, engagement, Literals.ENGAGEMENT__GET_WELL_PLAN, plan));
		return replace;
	}

	/**
	 * @return the tasks from {@code first} to {@code last} along dependencies, each a predecessor of the next, when
	 *         {@code last} depends on {@code first} directly or through other tasks; empty otherwise
	 */
	private static List<PlanTask> chain(PlanTask first, PlanTask last) {
		Map<PlanTask, PlanTask> reachedFrom = new IdentityHashMap<>();
		Deque<PlanTask> open = new ArrayDeque<>();
		open.add(last);
		reachedFrom.put(last, last);
		while (!open.isEmpty()) {
			PlanTask task = open.poll();
			for (TaskDependency dependency : task.getDependencies()) {
				PlanTask predecessor = dependency.getPredecessor();
				if (predecessor != null && !reachedFrom.containsKey(predecessor)) {
					reachedFrom.put(predecessor, task);
					if (predecessor == first) {
						List<PlanTask> chain = new ArrayList<>();
						for (PlanTask step = first; step != last; step = reachedFrom.get(step)) {
							chain.add(step);
						}
						chain.add(last);
						return chain;
					}
					open.add(predecessor);
				}
			}
		}
		return List.of();
	}

	private static WorkingDays workingDays(PlanTask task) {
		return PlanParts.workingDays(task);
	}

	private static GetWellPlan planOf(PlanTask task) {
		return PlanParts.planOf(task);
	}

	private static String name(PlanTask task) {
		return PlanParts.quoted(task);
	}

	/** @return the task's name without quotes, for a chain of names that reads as one path */
	private static String bareName(PlanTask task) {
		return task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : task.getName();
	}
}
