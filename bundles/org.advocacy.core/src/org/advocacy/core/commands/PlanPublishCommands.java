// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.core.schedule.UnschedulablePlanException;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the commands that record a get-well plan as agreed: <em>Publish Plan</em> keeps the plan as it stands (each
 * task as scheduled, with its phase, owner and commitment) together with when and by whom it was published, so that
 * what changed since can be shown; <em>Set Baseline</em> keeps the scheduled dates of all or some tasks as the dates
 * their progress is measured against. Both record the engine's schedule, not the dates typed on the tasks, so a plan
 * that cannot be scheduled is refused with the reason.
 */
public final class PlanPublishCommands {

	/** What Undo shows for a publication. */
	public static final String PUBLISH_LABEL = "Publish Plan";

	private PlanPublishCommands() {
	}

	/**
	 * Publishes a plan: replaces its published version by the plan as scheduled now.
	 *
	 * @param domain   the session's editing domain
	 * @param plan     the plan
	 * @param by       who publishes it, or {@code null} when unknown
	 * @param at       when
	 * @param baseline whether to set the baseline of every task at the same time
	 * @return the command, or the refusal (no tasks, or a plan that cannot be scheduled)
	 */
	public static Edit publish(EditingDomain domain, GetWellPlan plan, Person by, Instant at, boolean baseline) {
		Objects.requireNonNull(at, "at");
		PlanSchedule schedule;
		try {
			schedule = CriticalPathScheduler.schedule(plan);
		} catch (UnschedulablePlanException e) {
			return Edit.refused("The plan cannot be published: " + e.getMessage());
		}
		CompoundCommand publish = new CompoundCommand(baseline ? PUBLISH_LABEL + " and Set Baseline" : PUBLISH_LABEL);
		publish.append(SetCommand.create(domain, plan, Literals.GET_WELL_PLAN__PUBLISHED_AT, at));
		publish.append(SetCommand.create(domain, plan, Literals.GET_WELL_PLAN__PUBLISHED_BY, by));
		if (!plan.getPublishedTasks().isEmpty()) {
			publish.append(RemoveCommand.create(domain, plan, Literals.GET_WELL_PLAN__PUBLISHED_TASKS,
					List.copyOf(plan.getPublishedTasks())));
		}
		List<PublishedTask> published = plan.getPhases().stream()
				.flatMap(phase -> phase.getTasks().stream().map(task -> published(phase, task, schedule.of(task))))
				.toList();
		publish.append(AddCommand.create(domain, plan, Literals.GET_WELL_PLAN__PUBLISHED_TASKS, published));
		if (baseline) {
			appendBaseline(domain, publish, plan, tasksOf(plan), schedule, at);
		}
		return Edit.of(publish);
	}

	/**
	 * Sets the baseline of tasks: their scheduled start and finish become the dates their progress is measured
	 * against.
	 *
	 * @param domain the session's editing domain
	 * @param plan   the plan of the tasks
	 * @param tasks  tasks of the plan
	 * @param at     when
	 * @return the command, or the refusal (no tasks, tasks of another plan, a plan that cannot be scheduled)
	 */
	public static Edit setBaseline(EditingDomain domain, GetWellPlan plan, Collection<PlanTask> tasks, Instant at) {
		Objects.requireNonNull(at, "at");
		if (tasks.isEmpty()) {
			return Edit.refused("Select the tasks whose baseline to set.");
		}
		for (PlanTask task : tasks) {
			if (PlanParts.planOf(task) != plan) {
				return Edit.refused(PlanParts.quoted(task) + " is not a task of this plan.");
			}
		}
		PlanSchedule schedule;
		try {
			schedule = CriticalPathScheduler.schedule(plan);
		} catch (UnschedulablePlanException e) {
			return Edit.refused("The baseline cannot be set: " + e.getMessage());
		}
		int all = tasksOf(plan).size();
		CompoundCommand baseline = new CompoundCommand(tasks.size() == all ? "Set Baseline of the plan"
				: tasks.size() == 1 ? "Set Baseline of " + PlanParts.quoted(tasks.iterator().next())
						: "Set Baseline of " + tasks.size() + " tasks");
		appendBaseline(domain, baseline, plan, tasks, schedule, at);
		return Edit.of(baseline);
	}

	private static void appendBaseline(EditingDomain domain, CompoundCommand command, GetWellPlan plan,
			Collection<PlanTask> tasks, PlanSchedule schedule, Instant at) {
		for (PlanTask task : tasks) {
			TaskSchedule scheduled = schedule.of(task);
			command.append(SetCommand.create(domain, task, Literals.PLAN_TASK__BASELINE_START, scheduled.earlyStart()));
			command.append(SetCommand.create(domain, task, Literals.PLAN_TASK__BASELINE_FINISH,
					scheduled.earlyFinish()));
			command.append(SetCommand.create(domain, task, Literals.PLAN_TASK__BASELINED_AT, at));
		}
		command.append(SetCommand.create(domain, plan, Literals.GET_WELL_PLAN__BASELINED_AT, at));
	}

	private static List<PlanTask> tasksOf(GetWellPlan plan) {
		return plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).toList();
	}

	private static PublishedTask published(PhaseOfValue phase, PlanTask task, TaskSchedule scheduled) {
		return publishedTask(phase, task, scheduled.earlyStart(), scheduled.earlyFinish());
	}

	/**
	 * @param phase  the phase of value the task belongs to
	 * @param task   a task of the plan
	 * @param start  the day the task is published to start
	 * @param finish the day it is published to finish
	 * @return the task as the published plan shows it to the customer: its name, phase, owner, dates, whether it is a
	 *         milestone and its commitment date
	 */
	public static PublishedTask publishedTask(PhaseOfValue phase, PlanTask task, LocalDate start, LocalDate finish) {
		PublishedTask published = AdvocacyFactory.eINSTANCE.createPublishedTask();
		published.setTask(task);
		published.setName(task.getName());
		published.setPhase(phase.getName());
		published.setOwner(task.getOwner());
		published.setStart(start);
		published.setFinish(finish);
		published.setMilestone(task.isMilestone());
		published.setCommitmentDate(task.getCommitmentDate());
		return published;
	}
}
