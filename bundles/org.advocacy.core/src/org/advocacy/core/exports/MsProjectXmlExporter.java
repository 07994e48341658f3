// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a get-well plan as Microsoft Project XML (MSPDI) with MPXJ, so the plan can be opened in Microsoft Project
 * and read back by {@link org.advocacy.core.imports.ProjectPlanImporter} unchanged: each phase of value becomes a
 * summary task, each plan task a task (start 08:00, finish 17:00 on the standard calendar, duration in days,
 * percent complete, milestone, baseline, owner's commitment date as deadline), each owner a resource, each
 * dependency a predecessor link with its type and lag in days.
 */
public final class MsProjectXmlExporter {

	private static final LocalTime DAY_START = LocalTime.of(8, 0);
	private static final LocalTime DAY_END = LocalTime.of(17, 0);

	/**
	 * @param plan the plan
	 * @param out  receives the XML; not closed
	 * @throws IOException when the XML cannot be written
	 */
	public void write(GetWellPlan plan, OutputStream out) throws IOException {
		new MSPDIWriter().write(toProject(plan), out);
	}

	/** @return the plan as an MPXJ project, for any MPXJ writer (see {@link MpxExporter}) */
	ProjectFile toProject(GetWellPlan plan) {
		ProjectFile project = new ProjectFile();
		project.setDefaultCalendar(project.addDefaultBaseCalendar());
		project.getProjectProperties().setProjectTitle(plan.getName());
		Map<PlanTask, Task> tasks = new IdentityHashMap<>();
		Map<Person, Resource> resources = new HashMap<>();
		for (PhaseOfValue phase : plan.getPhases()) {
			Task summary = project.addTask();
			summary.setName(phase.getName());
			for (PlanTask source : phase.getTasks()) {
				Task task = summary.addTask();
				copy(source, task);
				if (source.getOwner() != null) {
					task.addResourceAssignment(resources.computeIfAbsent(source.getOwner(), person -> {
						Resource resource = project.addResource();
						resource.setName(person.getName());
						return resource;
					}));
				}
				tasks.put(source, task);
			}
		}
		tasks.forEach((source, task) -> {
			for (TaskDependency dependency : source.getDependencies()) {
				task.addPredecessor(new Relation.Builder().predecessorTask(tasks.get(dependency.getPredecessor()))
						.type(type(dependency)).lag(Duration.getInstance(dependency.getLagDays(), TimeUnit.DAYS)));
			}
		});
		return project;
	}

	private static void copy(PlanTask source, Task task) {
		task.setName(source.getName());
		task.setStart(at(source.getStart(), DAY_START));
		task.setFinish(at(source.getFinish(), source.isMilestone() ? DAY_START : DAY_END));
		task.setDuration(Duration.getInstance(source.isMilestone() ? 0 : source.getDurationDays(), TimeUnit.DAYS));
		task.setPercentageComplete(Integer.valueOf(source.getPercentComplete()));
		task.setMilestone(source.isMilestone());
		task.setBaselineStart(at(source.getBaselineStart(), DAY_START));
		task.setBaselineFinish(at(source.getBaselineFinish(), source.isMilestone() ? DAY_START : DAY_END));
		task.setDeadline(at(source.getCommitmentDate(), DAY_END));
	}

	private static RelationType type(TaskDependency dependency) {
		return switch (dependency.getType()) {
		case START_TO_START -> RelationType.START_START;
		case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
		case START_TO_FINISH -> RelationType.START_FINISH;
		case FINISH_TO_START -> RelationType.FINISH_START;
		};
	}

	private static LocalDateTime at(LocalDate date, LocalTime time) {
		return date == null ? null : date.atTime(time);
	}
}
