// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;

/**
 * What changed in a get-well plan since it was last published: tasks added since, tasks deleted since, and for every
 * other task what is different from the published version — name, phase, owner, scheduled start and finish,
 * milestone or not, commitment date — in words the customer's sponsor can read ("finish Fri 9 Jan → Tue 13 Jan").
 * Dates are compared as scheduled by the engine (the published version holds the schedule of its day), or as typed on
 * the tasks when the plan cannot be scheduled now. Immutable; built from one state of the model.
 */
public final class PlanChanges {

	/** How a task stands against the published version. */
	public enum Kind {
		/** Not in the published version. */
		ADDED,
		/** In it, but different. */
		CHANGED,
		/** As published. */
		UNCHANGED
	}

	/**
	 * One task of the plan against the published version.
	 *
	 * @param task      the task
	 * @param published the task as published, or {@code null} when it was added since
	 * @param kind      how it stands
	 * @param changes   what changed, one phrase each, e.g. "start Mon 5 Jan → Wed 7 Jan"; empty unless changed
	 */
	public record TaskChange(PlanTask task, PublishedTask published, Kind kind, List<String> changes) {

		/** Copies the list so the record stays unchanged. */
		public TaskChange {
			changes = List.copyOf(changes);
		}
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final GetWellPlan plan;
	private final Map<PlanTask, TaskChange> byTask = new IdentityHashMap<>();
	private final List<TaskChange> tasks = new ArrayList<>();
	private final List<PublishedTask> removed = new ArrayList<>();

	private PlanChanges(GetWellPlan plan, PlanSchedule schedule) {
		this.plan = plan;
		Map<PlanTask, PublishedTask> publishedOf = new IdentityHashMap<>();
		for (PublishedTask published : plan.getPublishedTasks()) {
			PlanTask task = published.getTask();
			if (task == null || !isTaskOf(plan, task) || publishedOf.putIfAbsent(task, published) != null) {
				removed.add(published);
			}
		}
		for (PhaseOfValue phase : plan.getPhases()) {
			for (PlanTask task : phase.getTasks()) {
				PublishedTask published = publishedOf.get(task);
				TaskChange change;
				if (published == null) {
					change = new TaskChange(task, null, Kind.ADDED, List.of());
				} else {
					List<String> differences = differences(phase, task, published, schedule);
					change = new TaskChange(task, published, differences.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
							differences);
				}
				byTask.put(task, change);
				tasks.add(change);
			}
		}
	}

	/**
	 * Compares a plan with its published version, scheduling it first.
	 *
	 * @param plan a get-well plan
	 * @return the changes; every task counts as added when the plan was never published
	 */
	public static PlanChanges of(GetWellPlan plan) {
		PlanSchedule schedule;
		try {
			schedule = CriticalPathScheduler.schedule(plan);
		} catch (UnschedulablePlanException e) {
			schedule = null;
		}
		return of(plan, schedule);
	}

	/**
	 * Compares a plan with its published version.
	 *
	 * @param plan     a get-well plan
	 * @param schedule the plan's schedule now, or {@code null} when it cannot be scheduled
	 * @return the changes
	 */
	public static PlanChanges of(GetWellPlan plan, PlanSchedule schedule) {
		return new PlanChanges(plan, schedule);
	}

	/** @return whether the plan was ever published */
	public boolean published() {
		return plan.getPublishedAt() != null;
	}

	/** @return when the plan was last published, or {@code null} */
	public Instant publishedAt() {
		return plan.getPublishedAt();
	}

	/** @return who last published it, or {@code null} */
	public Person publishedBy() {
		return plan.getPublishedBy();
	}

	/** @return every task of the plan, in plan order, with how it stands */
	public List<TaskChange> tasks() {
		return Collections.unmodifiableList(tasks);
	}

	/**
	 * @param task a task of the plan
	 * @return how it stands, or {@code null} when it is not a task of the plan
	 */
	public TaskChange of(PlanTask task) {
		return byTask.get(task);
	}

	/** @return the tasks added or changed since publication, in plan order */
	public List<TaskChange> addedOrChanged() {
		return tasks.stream().filter(change -> change.kind() != Kind.UNCHANGED).toList();
	}

	/** @return the published tasks that are no longer in the plan */
	public List<PublishedTask> removed() {
		return Collections.unmodifiableList(removed);
	}

	/** @return how many tasks are of a kind */
	public long count(Kind kind) {
		return tasks.stream().filter(change -> change.kind() == kind).count();
	}

	/** @return whether anything changed since publication (always, for a plan never published that has tasks) */
	public boolean any() {
		return !removed.isEmpty() || tasks.stream().anyMatch(change -> change.kind() != Kind.UNCHANGED);
	}

	/** @return e.g. "2 added, 3 changed, 1 removed", or "no changes" */
	public String counts() {
		List<String> parts = new ArrayList<>();
		long added = count(Kind.ADDED);
		long changed = count(Kind.CHANGED);
		if (added > 0) {
			parts.add(added + " added");
		}
		if (changed > 0) {
			parts.add(changed + " changed");
		}
		if (!removed.isEmpty()) {
			parts.add(removed.size() + " removed");
		}
		return parts.isEmpty() ? "no changes" : String.join(", ", parts);
	}

	private static boolean isTaskOf(GetWellPlan plan, PlanTask task) {
		return task.eContainer() instanceof PhaseOfValue phase && phase.eContainer() == plan;
	}

	private static List<String> differences(PhaseOfValue phase, PlanTask task, PublishedTask published,
			PlanSchedule schedule) {
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(task.getName(), published.getName())) {
			changes.add("renamed from \u201C" + text(published.getName()) + "\u201D");
		}
		if (!Objects.equals(phase.getName(), published.getPhase())) {
			changes.add("moved from phase \u201C" + text(published.getPhase()) + "\u201D");
		}
		if (task.getOwner() != published.getOwner()) {
			changes.add("owner " + name(published.getOwner()) + " \u2192 " + name(task.getOwner()));
		}
		if (task.isMilestone() != published.isMilestone()) {
			changes.add(task.isMilestone() ? "now a milestone" : "no longer a milestone");
		}
		TaskSchedule scheduled = schedule == null ? null : schedule.of(task);
		LocalDate start = scheduled != null ? scheduled.earlyStart() : task.getStart();
		LocalDate finish = scheduled != null ? scheduled.earlyFinish() : task.getFinish();
		if (!task.isMilestone()) {
			dateChange(changes, "start", published.getStart(), start);
		}
		dateChange(changes, task.isMilestone() ? "date" : "finish", published.getFinish(), finish);
		dateChange(changes, "commitment", published.getCommitmentDate(), task.getCommitmentDate());
		return changes;
	}

	private static void dateChange(List<String> changes, String what, LocalDate before, LocalDate now) {
		if (!Objects.equals(before, now)) {
			changes.add(what + " " + date(before) + " \u2192 " + date(now));
		}
	}

	private static String date(LocalDate date) {
		return date == null ? "none" : DAY.format(date);
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	private static String name(Person person) {
		return person == null ? "nobody" : person.getName();
	}
}
