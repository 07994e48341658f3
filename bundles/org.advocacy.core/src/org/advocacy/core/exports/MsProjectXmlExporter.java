// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Weekday;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a get-well plan as Microsoft Project XML (MSPDI) with MPXJ, so the plan can be opened in Microsoft Project
 * and read back by {@link org.advocacy.core.imports.ProjectPlanImporter} unchanged: each phase of value becomes a
 * summary task, each plan task a task (duration in days, percent complete, milestone, baseline, owner's commitment
 * date as deadline), each owner a resource, each dependency a predecessor link with its type and lag in days. The
 * plan's business calendar becomes the project's calendar: its working weekdays, its working hours (08:00 to 17:00
 * with an hour's lunch when it has none) and its holidays as non-working exceptions; tasks start when the working
 * day starts and finish when it ends.
 */
public final class MsProjectXmlExporter {

	private static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 0);
	private static final LocalTime DEFAULT_DAY_END = LocalTime.of(17, 0);

	private LocalTime dayStart = DEFAULT_DAY_START;
	private LocalTime dayEnd = DEFAULT_DAY_END;

	/**
	 * @param plan the plan
	 * @param out  receives the XML; not closed
	 * @throws IOException when the XML cannot be written
	 */
	public void write(GetWellPlan plan, OutputStream out) throws IOException {
		new MSPDIWriter().write(toProject(plan), out);
	}

	/**
	 * @param plan the plan
	 * @return the plan as an MPXJ project, for any MPXJ writer (see {@link MpxExporter})
	 */
	ProjectFile toProject(GetWellPlan plan) {
		dayStart = DEFAULT_DAY_START;
		dayEnd = DEFAULT_DAY_END;
		ProjectFile project = new ProjectFile();
		ProjectCalendar calendar = project.addDefaultBaseCalendar();
		if (plan.getCalendar() != null) {
			copy(plan.getCalendar(), calendar, project.getProjectProperties());
		}
		project.setDefaultCalendar(calendar);
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

	/** Writes the plan's calendar over MPXJ's standard one (Monday to Friday, 08:00 to 17:00 with lunch). */
	private void copy(BusinessCalendar source, ProjectCalendar calendar, ProjectProperties properties) {
		calendar.setName(source.getName());
		LocalTime start = source.getWorkdayStart();
		LocalTime end = source.getWorkdayEnd();
		boolean ownHours = start != null && end != null && end.isAfter(start);
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean working = source.getWorkingDays().contains(Weekday.get(day.getValue()));
			calendar.setWorkingDay(day, working);
			if (ownHours) {
				calendar.removeCalendarHours(day);
				ProjectCalendarHours hours = calendar.addCalendarHours(day);
				if (working) {
					hours.add(new LocalTimeRange(start, end));
				}
			} else if (!working) {
				calendar.getCalendarHours(day).clear();
			} else if (calendar.getCalendarHours(day).isEmpty()) {
				calendar.addDefaultCalendarHours(day);
			}
		}
		if (ownHours) {
			dayStart = start;
			dayEnd = end;
			int minutes = (int) ChronoUnit.MINUTES.between(start, end);
			properties.setMinutesPerDay(minutes);
			properties.setMinutesPerWeek(minutes * source.getWorkingDays().size());
		}
		for (Holiday holiday : source.getHolidays()) {
			if (holiday.getDate() != null) {
				calendar.addCalendarException(holiday.getDate()).setName(holiday.getName());
			}
		}
	}

	private void copy(PlanTask source, Task task) {
		task.setName(source.getName());
		task.setStart(at(source.getStart(), dayStart));
		task.setFinish(at(source.getFinish(), source.isMilestone() ? dayStart : dayEnd));
		task.setDuration(Duration.getInstance(source.isMilestone() ? 0 : source.getDurationDays(), TimeUnit.DAYS));
		task.setPercentageComplete(Integer.valueOf(source.getPercentComplete()));
		task.setMilestone(source.isMilestone());
		task.setBaselineStart(at(source.getBaselineStart(), dayStart));
		task.setBaselineFinish(at(source.getBaselineFinish(), source.isMilestone() ? dayStart : dayEnd));
		task.setDeadline(at(source.getCommitmentDate(), dayEnd));
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
