// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.DependencyType;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.ui.plan.TestPlans;
import org.advocacy.ui.plan.internal.GanttRows.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A collapsed phase shows only its summary row; its tasks stay scheduled, and links between its tasks and tasks
 * elsewhere end at its summary bar, once per pair of rows, in red when the critical path runs through them.
 */
class GanttRowsFoldingTest {

	private TestPlans fixture;
	private PhaseOfValue stabilise;
	private PlanTask monitor;

	/** Adds a second phase, "Prevent", whose "Monitor" follows Fix and Go-live (both critical). */
	@BeforeEach
	void twoPhases() {
		fixture = new TestPlans();
		stabilise = fixture.plan.getPhases().get(0);
		PhaseOfValue prevent = AdvocacyFactory.eINSTANCE.createPhaseOfValue();
		prevent.setName("Prevent");
		fixture.plan.getPhases().add(prevent);
		monitor = AdvocacyFactory.eINSTANCE.createPlanTask();
		monitor.setName("Monitor");
		monitor.setDurationDays(2);
		prevent.getTasks().add(monitor);
		for (PlanTask predecessor : List.of(fixture.fix, fixture.goLive)) {
			TaskDependency dependency = AdvocacyFactory.eINSTANCE.createTaskDependency();
			dependency.setPredecessor(predecessor);
			dependency.setType(DependencyType.FINISH_TO_START);
			monitor.getDependencies().add(dependency);
		}
	}

	@Test
	void aCollapsedPhaseShowsOnlyItsSummaryRowButItsTasksStayScheduled() {
		GanttRows open = GanttRows.of(fixture.plan, TestPlans.MONDAY_NOON);
		GanttRows folded = GanttRows.of(fixture.plan, TestPlans.MONDAY_NOON, Set.of(stabilise));

		assertEquals(7, open.size(), "two phases, five tasks");
		assertEquals(3, folded.size(), "Stabilise's summary, Prevent's summary, Monitor");
		assertTrue(folded.row(0).isSummary() && folded.isCollapsed(stabilise));
		assertEquals(-1, folded.rowOf(fixture.analyse), "hidden");
		assertEquals(0, folded.shownRowOf(fixture.analyse), "shown through its phase");
		assertEquals(open.row(0).start(), folded.row(0).start(), "the summary bar still spans the hidden tasks");
		assertEquals(open.row(0).finish(), folded.row(0).finish());
		assertEquals(open.schedule().plannedFinish(), folded.schedule().plannedFinish());
		assertEquals(2, folded.rowOf(monitor));
	}

	@Test
	void linksFromHiddenTasksEndAtTheSummaryBarOncePerPairAndStayRedOnTheCriticalPath() {
		GanttRows folded = GanttRows.of(fixture.plan, TestPlans.MONDAY_NOON, Set.of(stabilise));

		List<Link> intoMonitor = folded.linksOf(folded.rowOf(monitor));
		assertEquals(1, intoMonitor.size(), "Fix → Monitor and Go-live → Monitor are drawn as one arrow");
		Link link = intoMonitor.get(0);
		assertEquals(0, link.from(), "the arrow leaves Stabilise's summary bar");
		assertTrue(link.critical(), "the critical path runs through it");
		assertEquals(intoMonitor, folded.linksOf(0), "links inside the collapsed phase are not drawn");
	}

	@Test
	void expandedPhasesKeepEveryLink() {
		GanttRows open = GanttRows.of(fixture.plan, TestPlans.MONDAY_NOON);

		assertEquals(2, open.linksOf(open.rowOf(monitor)).size());
		assertFalse(open.isCollapsed(stabilise));
		assertEquals(3, open.linksOf(open.rowOf(fixture.fix)).size(), "from Analyse, to Go-live and to Monitor");
	}
}
