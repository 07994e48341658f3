// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Weekday;
import org.advocacy.ui.session.RepositorySession;

/**
 * A small plan on a Monday-to-Friday calendar whose schedule is known by heart:
 * <pre>
 * Stabilise   Analyse  Mon 5 – Wed 7 Jan 2026 (3 d)   critical
 *             Fix      Thu 8 – Fri 9 Jan (2 d), after Analyse   critical
 *             Inform   Mon 5 Jan (1 d)               4 days of slack
 *             Go-live  milestone after Fix, Fri 9 Jan  critical
 * </pre>
 */
public final class TestPlans {

	public static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

	/** Noon of {@link #MONDAY} (UTC, the zone of the plan's calendar), the moment the colour code is judged at. */
	public static final Instant MONDAY_NOON = MONDAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

	public final GetWellPlan plan;
	public final PlanTask analyse;
	public final PlanTask fix;
	public final PlanTask inform;
	public final PlanTask goLive;

	public TestPlans() {
		AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
		plan = factory.createGetWellPlan();
		plan.setName("Test plan");
		BusinessCalendar calendar = factory.createBusinessCalendar();
		calendar.setName("Mon-Fri");
		for (Weekday day : new Weekday[] { Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
				Weekday.FRIDAY }) {
			calendar.getWorkingDays().add(day);
		}
		plan.setCalendar(calendar);
		PhaseOfValue phase = factory.createPhaseOfValue();
		phase.setName("Stabilise");
		plan.getPhases().add(phase);
		analyse = task(phase, "Analyse", MONDAY, 3, MONDAY.plusDays(2));
		fix = task(phase, "Fix", MONDAY.plusDays(3), 2, MONDAY.plusDays(4));
		inform = task(phase, "Inform", MONDAY, 1, MONDAY);
		goLive = task(phase, "Go-live", null, 0, null);
		goLive.setMilestone(true);
		goLive.setCommitmentDate(MONDAY.plusDays(4));
		depend(fix, analyse);
		depend(goLive, fix);
	}

	/**
	 * @param session the open sample
	 * @return the first engagement whose plan has more than one phase
	 */
	public static Engagement withPhasedPlan(RepositorySession session) {
		return session.getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getGetWellPlan() != null)
				.filter(candidate -> candidate.getGetWellPlan().getPhases().size() > 1).findFirst().orElseThrow();
	}

	private static PlanTask task(PhaseOfValue phase, String name, LocalDate start, int days, LocalDate finish) {
		PlanTask task = AdvocacyFactory.eINSTANCE.createPlanTask();
		task.setName(name);
		task.setStart(start);
		task.setDurationDays(days);
		task.setFinish(finish);
		phase.getTasks().add(task);
		return task;
	}

	private static void depend(PlanTask successor, PlanTask predecessor) {
		TaskDependency dependency = AdvocacyFactory.eINSTANCE.createTaskDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(DependencyType.FINISH_TO_START);
		successor.getDependencies().add(dependency);
	}
}
