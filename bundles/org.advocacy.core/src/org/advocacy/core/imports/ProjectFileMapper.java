// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * Maps an MPXJ project onto a new get-well plan. Top-level summary tasks become phases of value (a project summary
 * task is looked through); their leaf tasks become plan tasks with name, start, finish, duration in working days,
 * percent complete, milestone flag, baseline dates and deadline (as the owner's commitment date); predecessor
 * links become dependencies (FS/SS/FF/SF, lag in working days); the first resource whose name matches a person of
 * the organization becomes the owner; the file's calendar becomes the plan's (see {@link ProjectCalendarMapper}).
 * Durations and lags that are not whole working days are rounded and noted. Everything that does not fit is listed,
 * not guessed.
 */
final class ProjectFileMapper {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;
	/** How far a duration may be from a whole number of days and still count as whole (MPXJ's minute arithmetic). */
	private static final double TOLERANCE = 0.005;

	private final Map<String, Person> peopleByName = new HashMap<>();
	/** Mapped tasks in file order; MPXJ tasks compare by identity. */
	private final Map<Task, PlanTask> mapped = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();
	private final Organization organization;
	private ProjectProperties properties;

	ProjectFileMapper(Organization organization) {
		this.organization = organization;
		for (Person person : organization.getPeople()) {
			if (person.getName() != null) {
				peopleByName.putIfAbsent(key(person.getName()), person);
			}
		}
	}

	/**
	 * @param project     the parsed file
	 * @param fileName    its name, for the plan's name when the file has no title and for the notes
	 * @param mpxLanguage the language an MPX file was read in, or {@code null} for other formats
	 * @return the plan with the notes of the import
	 */
	PlanImport map(ProjectFile project, String fileName, Locale mpxLanguage) {
		if (mpxLanguage != null && !mpxLanguage.getLanguage().equals(MpxLanguages.DEFAULT.getLanguage())) {
			notes.add("Read as an MPX file written by a " + mpxLanguage.getDisplayLanguage(Locale.ENGLISH)
					+ " Microsoft Project.");
		}
		properties = project.getProjectProperties();
		GetWellPlan plan = FACTORY.createGetWellPlan();
		plan.setName(planName(fileName));
		List<Task> top = project.getChildTasks();
		if (top.size() == 1 && isProjectSummary(top.get(0))) {
			top = top.get(0).getChildTasks();
		}
		PhaseOfValue loose = null;
		for (Task task : top) {
			if (!task.getChildTasks().isEmpty()) {
				PhaseOfValue phase = FACTORY.createPhaseOfValue();
				phase.setName(task.getName());
				plan.getPhases().add(phase);
				addLeaves(task, phase);
			} else {
				if (loose == null) {
					loose = FACTORY.createPhaseOfValue();
					loose.setName("Tasks outside any phase");
					plan.getPhases().add(loose);
					notes.add("Tasks that are not under a summary task were put in the phase \"" + loose.getName()
							+ "\".");
				}
				loose.getTasks().add(task(task));
			}
		}
		mapped.forEach(this::addDependencies);
		BusinessCalendar added = null;
		ProjectCalendar calendar = project.getDefaultCalendar();
		if (calendar == null && !project.getCalendars().isEmpty()) {
			calendar = project.getCalendars().get(0);
		}
		LocalDate[] span = span();
		if (calendar != null && span != null) {
			ProjectCalendarMapper.Mapped onCalendar = new ProjectCalendarMapper(organization, fileName, notes)
					.map(calendar, span[0], span[1]);
			plan.setCalendar(onCalendar.calendar());
			added = onCalendar.added() ? onCalendar.calendar() : null;
		}
		return new PlanImport(plan, notes, added);
	}

	/** @return the first and last date of the mapped tasks, or {@code null} when they have none */
	private LocalDate[] span() {
		LocalDate first = null;
		LocalDate last = null;
		for (PlanTask task : mapped.values()) {
			for (LocalDate date : new LocalDate[] { task.getStart(), task.getFinish(), task.getBaselineStart(),
					task.getBaselineFinish(), task.getCommitmentDate() }) {
				if (date != null) {
					first = first == null || date.isBefore(first) ? date : first;
					last = last == null || date.isAfter(last) ? date : last;
				}
			}
		}
		return first == null ? null : new LocalDate[] { first, last };
	}

	private String planName(String fileName) {
		if (properties.getProjectTitle() != null && !properties.getProjectTitle().isBlank()) {
			return properties.getProjectTitle();
		}
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	private static boolean isProjectSummary(Task task) {
		return Integer.valueOf(0).equals(task.getUniqueID()) || Integer.valueOf(0).equals(task.getID());
	}

	private void addLeaves(Task summary, PhaseOfValue phase) {
		for (Task child : summary.getChildTasks()) {
			if (child.getChildTasks().isEmpty()) {
				phase.getTasks().add(task(child));
			} else {
				notes.add("The summary task \"" + child.getName() + "\" inside phase \"" + phase.getName()
						+ "\" was flattened: its tasks joined that phase.");
				addLeaves(child, phase);
			}
		}
	}

	private PlanTask task(Task source) {
		PlanTask task = FACTORY.createPlanTask();
		task.setName(source.getName());
		task.setStart(date(source.getStart()));
		task.setFinish(date(source.getFinish()));
		task.setDurationDays(durationDays(source));
		task.setPercentComplete(source.getPercentageComplete() == null ? 0
				: (int) Math.round(source.getPercentageComplete().doubleValue()));
		task.setMilestone(source.getMilestone());
		task.setBaselineStart(date(source.getBaselineStart()));
		task.setBaselineFinish(date(source.getBaselineFinish()));
		task.setCommitmentDate(date(source.getDeadline()));
		task.setOwner(owner(source));
		mapped.put(source, task);
		return task;
	}

	private Person owner(Task source) {
		List<String> names = new ArrayList<>();
		for (ResourceAssignment assignment : source.getResourceAssignments()) {
			if (assignment.getResource() != null && assignment.getResource().getName() != null) {
				names.add(assignment.getResource().getName());
			}
		}
		Person owner = names.stream().map(name -> peopleByName.get(key(name))).filter(p -> p != null).findFirst()
				.orElse(null);
		if (owner == null && !names.isEmpty()) {
			notes.add("Task \"" + source.getName() + "\" has no owner: no person in the organization is called "
					+ String.join(" or ", names.stream().map(n -> "\"" + n + "\"").toList()) + ".");
		} else if (names.size() > 1) {
			notes.add("Task \"" + source.getName() + "\" has several resources (" + String.join(", ", names)
					+ "); " + owner.getName() + " became its owner.");
		}
		return owner;
	}

	private void addDependencies(Task source, PlanTask task) {
		for (Relation relation : source.getPredecessors()) {
			PlanTask predecessor = mapped.get(relation.getPredecessorTask());
			if (predecessor == null) {
				notes.add("The link from \"" + relation.getPredecessorTask().getName() + "\" to \""
						+ source.getName() + "\" was left out: phases cannot be linked, only tasks.");
				continue;
			}
			TaskDependency dependency = FACTORY.createTaskDependency();
			dependency.setPredecessor(predecessor);
			dependency.setType(relation.getType() == null ? DependencyType.FINISH_TO_START : switch (relation.getType()) {
			case START_START -> DependencyType.START_TO_START;
			case FINISH_FINISH -> DependencyType.FINISH_TO_FINISH;
			case START_FINISH -> DependencyType.START_TO_FINISH;
			default -> DependencyType.FINISH_TO_START;
			});
			Duration lag = relation.getLag();
			if (lag != null && (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT)) {
				notes.add("The lag of the link from \"" + predecessor.getName() + "\" to \"" + task.getName()
						+ "\" is a percentage; it was set to 0 days.");
			} else {
				dependency.setLagDays(lagDays(lag, predecessor, task));
			}
			task.getDependencies().add(dependency);
		}
	}

	/**
	 * @return the task's duration in whole working days: rounded up, since a task that takes part of a day takes that
	 *         day; a duration that is not whole is noted
	 */
	private int durationDays(Task source) {
		Duration duration = source.getDuration();
		if (source.getMilestone() || duration == null || duration.getDuration() == 0) {
			return 0;
		}
		double days = days(duration);
		int whole = (int) Math.ceil(days - TOLERANCE);
		if (Math.abs(days - whole) > TOLERANCE || isElapsed(duration)) {
			notes.add("Task \"" + source.getName() + "\" lasts " + described(duration, days)
					+ "; plans here count whole working days, so it lasts " + whole + (whole == 1 ? " day." : " days."));
		}
		return Math.max(1, whole);
	}

	/** @return the lag in whole working days, rounded to the nearest; a lag that is not whole is noted */
	private int lagDays(Duration lag, PlanTask predecessor, PlanTask successor) {
		if (lag == null || lag.getDuration() == 0) {
			return 0;
		}
		double days = days(lag);
		int whole = (int) Math.round(days);
		if (Math.abs(days - whole) > TOLERANCE || isElapsed(lag)) {
			notes.add("The link from \"" + predecessor.getName() + "\" to \"" + successor.getName() + "\" has a lag of "
					+ described(lag, days) + "; plans here count whole working days, so it is " + whole
					+ (Math.abs(whole) == 1 ? " day." : " days."));
		}
		return whole;
	}

	private double days(Duration duration) {
		return duration.convertUnits(TimeUnit.DAYS, properties).getDuration();
	}

	private static boolean isElapsed(Duration duration) {
		return duration.getUnits().name().startsWith("ELAPSED");
	}

	private static String described(Duration duration, double days) {
		String text = duration.getDuration() + " " + duration.getUnits().getName();
		return isElapsed(duration) ? text + " (elapsed time, including non-working days)"
				: String.format(Locale.ROOT, "%s (%.2f working days)", text, days);
	}

	private static LocalDate date(LocalDateTime dateTime) {
		return dateTime == null ? null : dateTime.toLocalDate();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
