// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.core.schedule.PlanChanges.TaskChange;
import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.core.schedule.UnschedulablePlanException;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

/**
 * What the chart shows, computed once per change of the plan: the rows (each phase of value as a summary row
 * followed by its tasks), each task's schedule from the engine's {@link CriticalPathScheduler}, the critical path,
 * the links into and out of each row, and the engagement's colour code from {@link EngagementColours}. Immutable; paint
 * code only reads it, and a change to the plan builds a new one.
 * <p>
 * A collapsed phase shows only its summary row. Its tasks are still scheduled (the summary bar and the plan's
 * dates cover them), and a link between one of them and a task elsewhere is drawn to or from the summary bar, as a
 * planner reads it in Microsoft Project: "something in this phase waits for that". Links inside a collapsed phase
 * are not drawn; several links between the same two shown rows are drawn once, in red if any is critical.
 * <p>
 * Built {@link #withChanges(GetWellPlan, Instant, Set) with changes}, it also holds what changed since the plan was
 * published ({@link PlanChanges}).
 */
public final class GanttRows {

	/**
	 * One row of the chart.
	 *
	 * @param phase    the phase (for a summary row) or the phase of the task
	 * @param task     the task, or {@code null} for a phase's summary row
	 * @param schedule the task's schedule, or {@code null} for a summary row or when the plan cannot be scheduled
	 * @param start    first day of the bar (phase: its earliest task start), or {@code null} when unknown
	 * @param finish   last day of the bar (phase: its latest task finish), or {@code null} when unknown
	 */
	public record Row(PhaseOfValue phase, PlanTask task, TaskSchedule schedule, LocalDate start, LocalDate finish) {

		/** @return whether this is a phase's summary row */
		public boolean isSummary() {
			return task == null;
		}

		/** @return whether the row's task is critical (no float) */
		public boolean isCritical() {
			return schedule != null && schedule.critical();
		}
	}

	/**
	 * A dependency between two rows.
	 *
	 * @param from       row of the predecessor
	 * @param to         row of the successor
	 * @param dependency the model's dependency
	 * @param critical   whether the link is on the engine's critical path
	 */
	public record Link(int from, int to, TaskDependency dependency, boolean critical) {
	}

	private final GetWellPlan plan;
	private final List<Row> rows;
	private final Map<PlanTask, Integer> rowOf;
	/** The summary row of each task hidden in a collapsed phase. */
	private final Map<PlanTask, Integer> hiddenIn;
	private final Set<PhaseOfValue> collapsed;
	private final List<List<Link>> linksOf;
	private final PlanSchedule schedule;
	private final EngagementColour colour;
	private final String problem;
	private final WorkingDays workingDays;
	private final LocalDate first;
	private final LocalDate last;
	private final PlanChanges changes;

	private GanttRows(GetWellPlan plan, Instant now, Set<PhaseOfValue> collapsed, boolean withChanges) {
		this.plan = plan;
		this.collapsed = Collections.newSetFromMap(new IdentityHashMap<>());
		workingDays = plan.getCalendar() != null ? WorkingDays.of(plan.getCalendar()) : WorkingDays.everyDay();
		PlanSchedule scheduled = null;
		String reason = null;
		try {
			scheduled = CriticalPathScheduler.schedule(plan);
		} catch (UnschedulablePlanException e) {
			reason = e.getMessage();
		}
		schedule = scheduled;
		problem = reason;
		colour = new EngagementColours(now).of(plan);
		rows = new ArrayList<>();
		rowOf = new IdentityHashMap<>();
		hiddenIn = new IdentityHashMap<>();
		LocalDate min = null;
		LocalDate max = null;
		for (PhaseOfValue phase : plan.getPhases()) {
			int summary = rows.size();
			boolean hidden = collapsed.contains(phase);
			if (hidden) {
				this.collapsed.add(phase);
			}
			rows.add(null);
			LocalDate phaseStart = null;
			LocalDate phaseFinish = null;
			for (PlanTask task : phase.getTasks()) {
				TaskSchedule taskSchedule = scheduled == null ? null : scheduled.of(task);
				LocalDate start = taskSchedule != null ? taskSchedule.earlyStart() : task.getStart();
				LocalDate finish = taskSchedule != null ? taskSchedule.earlyFinish() : task.getFinish();
				if (hidden) {
					hiddenIn.put(task, summary);
				} else {
					rowOf.put(task, rows.size());
					rows.add(new Row(phase, task, taskSchedule, start, finish));
				}
				phaseStart = earlier(phaseStart, start);
				phaseFinish = later(phaseFinish, finish);
				min = earlier(earlier(earlier(min, start), task.getBaselineStart()), task.getCommitmentDate());
				max = later(later(later(max, finish), task.getBaselineFinish()), task.getCommitmentDate());
				if (taskSchedule != null) {
					max = later(max, taskSchedule.lateFinish());
				}
			}
			rows.set(summary, new Row(phase, null, null, phaseStart, phaseFinish));
		}
		first = min;
		last = max;
		linksOf = links();
		changes = withChanges ? PlanChanges.of(plan, scheduled) : null;
	}

	/**
	 * Schedules the plan and lays out its rows, every phase expanded.
	 *
	 * @param plan the get-well plan
	 * @param now  the moment the colour code is assessed at
	 * @return the rows
	 */
	public static GanttRows of(GetWellPlan plan, Instant now) {
		return of(plan, now, Set.of());
	}

	/**
	 * Schedules the plan and lays out its rows, showing only the summary row of the collapsed phases.
	 *
	 * @param plan      the get-well plan
	 * @param now       the moment the colour code is assessed at
	 * @param collapsed the phases whose tasks are hidden (only read while building)
	 * @return the rows
	 */
	public static GanttRows of(GetWellPlan plan, Instant now, Set<PhaseOfValue> collapsed) {
		return new GanttRows(plan, now, collapsed, false);
	}

	/**
	 * Schedules the plan, lays out its rows and compares it with its published version.
	 *
	 * @param plan      the get-well plan
	 * @param now       the moment the colour code is assessed at
	 * @param collapsed the phases whose tasks are hidden (only read while building)
	 * @return the rows, with {@link #changes()}
	 */
	public static GanttRows withChanges(GetWellPlan plan, Instant now, Set<PhaseOfValue> collapsed) {
		return new GanttRows(plan, now, collapsed, true);
	}

	/** @return what changed since the plan was published, or {@code null} when changes are not shown */
	public PlanChanges changes() {
		return changes;
	}

	/**
	 * @param task a task of the plan
	 * @return how it stands against the published version, or {@code null} when changes are not shown
	 */
	public TaskChange changeOf(PlanTask task) {
		return changes == null ? null : changes.of(task);
	}

	private List<List<Link>> links() {
		Set<PlanTask> critical = Collections.newSetFromMap(new IdentityHashMap<>());
		List<PlanTask> path = schedule == null ? List.of() : schedule.criticalPath();
		Map<PlanTask, PlanTask> nextOnPath = new IdentityHashMap<>();
		for (int i = 0; i + 1 < path.size(); i++) {
			nextOnPath.put(path.get(i), path.get(i + 1));
		}
		critical.addAll(path);
		List<List<Link>> result = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			result.add(null);
		}
		// links to or from a collapsed phase, one per pair of rows, critical when any link of the pair is
		Map<Long, Link> folded = new LinkedHashMap<>();
		for (PhaseOfValue phase : plan.getPhases()) {
			for (PlanTask task : phase.getTasks()) {
				int to = shownRowOf(task);
				for (TaskDependency dependency : task.getDependencies()) {
					PlanTask predecessor = dependency.getPredecessor();
					int from = predecessor == null ? -1 : shownRowOf(predecessor);
					if (from < 0 || from == to) {
						continue;
					}
					boolean onPath = nextOnPath.get(predecessor) == task;
					Link link = new Link(from, to, dependency, onPath);
					if (hiddenIn.containsKey(task) || hiddenIn.containsKey(predecessor)) {
						folded.merge(((long) from << 32) | to, link, (kept, other) -> other.critical() ? other : kept);
					} else {
						add(result, to, link);
						add(result, from, link);
					}
				}
			}
		}
		for (Link link : folded.values()) {
			add(result, link.to(), link);
			add(result, link.from(), link);
		}
		return result;
	}

	private static void add(List<List<Link>> links, int row, Link link) {
		if (links.get(row) == null) {
			links.set(row, new ArrayList<>(2));
		}
		links.get(row).add(link);
	}

	/** @return the plan shown */
	public GetWellPlan plan() {
		return plan;
	}

	/** @return the rows, phase by phase */
	public List<Row> rows() {
		return Collections.unmodifiableList(rows);
	}

	/** @return the number of rows */
	public int size() {
		return rows.size();
	}

	/** @return row {@code index} */
	public Row row(int index) {
		return rows.get(index);
	}

	/** @return the row of a task, or -1 if it is not in the plan or hidden in a collapsed phase */
	public int rowOf(PlanTask task) {
		Integer row = rowOf.get(task);
		return row == null ? -1 : row;
	}

	/**
	 * @param task a task of the plan
	 * @return the task's row, the summary row of its phase when the phase is collapsed, or -1 if it is not in the
	 *         plan
	 */
	public int shownRowOf(PlanTask task) {
		Integer row = rowOf.get(task);
		if (row == null) {
			row = hiddenIn.get(task);
		}
		return row == null ? -1 : row;
	}

	/** @return the summary row of a phase, or -1 if it is not in the plan */
	public int rowOf(PhaseOfValue phase) {
		for (int row = 0; row < rows.size(); row++) {
			if (rows.get(row).isSummary() && rows.get(row).phase() == phase) {
				return row;
			}
		}
		return -1;
	}

	/** @return whether a phase shows only its summary row */
	public boolean isCollapsed(PhaseOfValue phase) {
		return collapsed.contains(phase);
	}

	/** @return the links into and out of a row (each link appears at both ends) */
	public List<Link> linksOf(int row) {
		List<Link> links = linksOf.get(row);
		return links == null ? List.of() : links;
	}

	/** @return the engine's schedule, or {@code null} when the plan cannot be scheduled (see {@link #problem()}) */
	public PlanSchedule schedule() {
		return schedule;
	}

	/**
	 * @return the colour code with its reason, the same the engagement shows everywhere (the advocate's override
	 *         or the engine's colour, see {@link EngagementColours#of(GetWellPlan)})
	 */
	public EngagementColour colour() {
		return colour;
	}

	/** @return why the plan cannot be scheduled, or {@code null} */
	public String problem() {
		return problem;
	}

	/** @return the plan calendar's working days */
	public WorkingDays workingDays() {
		return workingDays;
	}

	/** @return the earliest date anything is drawn at, or {@code null} for a plan without dates */
	public LocalDate first() {
		return first;
	}

	/** @return the latest date anything is drawn at, or {@code null} for a plan without dates */
	public LocalDate last() {
		return last;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a == null || b != null && b.isBefore(a) ? b : a;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null || b != null && b.isAfter(a) ? b : a;
	}
}
