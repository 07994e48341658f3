// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import java.time.LocalDate;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;

/**
 * A repository with one engagement whose plan, on a Monday-to-Friday calendar, has a schedule known by heart:
 *
 * <pre>
 * Stabilise   Analyse  Mon 5 – Wed 7 Jan 2026 (3 d)            critical
 *             Fix      Thu 8 – Fri 9 Jan (2 d), after Analyse   critical
 *             Inform   Mon 5 Jan (1 d)                          4 days of slack
 *             Go-live  milestone after Fix, Fri 9 Jan           critical, committed for Fri 9 Jan
 * Prevent     Monitor  Mon 5 Jan (1 d)                          4 days of slack
 * </pre>
 *
 * Ana Lima is the advocate and owns Analyse; Bo Chen owns Fix.
 */
public final class KnownPlan {

	/** Monday 5 January 2026, the plan's first day. */
	public static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

	public final ModelBuilder model = new ModelBuilder();
	public final AdvocacyRepository repository = model.repository();
	public final Person ana = model.person("Ana Lima");
	public final Person bo = model.person("Bo Chen");
	public final Engagement engagement = model.engagement("ADV-0001", null, EngagementState.EXECUTING_PLAN, null);
	public final GetWellPlan plan = ModelBuilder.plan(engagement, "Test plan",
			model.defaultCalendar(ModelBuilder.calendar("Mon-Fri", "UTC", null, null, ModelBuilder.WEEKDAYS)));
	public final PhaseOfValue stabilise = ModelBuilder.phase(plan, "Stabilise");
	public final PlanTask analyse = ModelBuilder.task(stabilise, "Analyse", MONDAY, 3, MONDAY.plusDays(2));
	public final PlanTask fix = ModelBuilder.task(stabilise, "Fix", MONDAY.plusDays(3), 2, MONDAY.plusDays(4));
	public final PlanTask inform = ModelBuilder.task(stabilise, "Inform", MONDAY, 1, MONDAY);
	public final PlanTask goLive = ModelBuilder.milestone(stabilise, "Go-live");
	public final PhaseOfValue prevent = ModelBuilder.phase(plan, "Prevent");
	public final PlanTask monitor = ModelBuilder.task(prevent, "Monitor", MONDAY, 1, MONDAY);

	/** Builds the plan. */
	public KnownPlan() {
		engagement.setAdvocate(ana);
		analyse.setOwner(ana);
		fix.setOwner(bo);
		goLive.setCommitmentDate(MONDAY.plusDays(4));
		ModelBuilder.finishToStart(analyse, fix);
		ModelBuilder.finishToStart(fix, goLive);
	}
}
