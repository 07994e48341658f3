// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.KnownPlan;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Publishing keeps the plan as scheduled with when and by whom; setting the baseline keeps the scheduled dates of all
 * or the chosen tasks. Both execute, undo and redo, and refuse a plan that cannot be scheduled.
 */
class PlanPublishCommandsTest {

	private static final Instant FRIDAY_EVENING = Instant.parse("2026-01-02T16:30:00Z");

	private final KnownPlan known = new KnownPlan();
	private final EditingDomain domain = CommandCheck.domain();

	@Test
	void publishingKeepsEveryTaskAsScheduledWithWhenAndByWhom() {
		known.fix.setStart(null); // the engine schedules Fix after Analyse; the published dates are the engine's

		executesUndoesAndRedoes(domain, known.repository,
				PlanPublishCommands.publish(domain, known.plan, known.ana, FRIDAY_EVENING, false).command());

		assertEquals(FRIDAY_EVENING, known.plan.getPublishedAt());
		assertSame(known.ana, known.plan.getPublishedBy());
		List<PublishedTask> published = known.plan.getPublishedTasks();
		assertEquals(List.of(known.analyse, known.fix, known.inform, known.goLive, known.monitor),
				published.stream().map(PublishedTask::getTask).toList());
		PublishedTask fix = published.get(1);
		assertEquals("Fix", fix.getName());
		assertEquals("Stabilise", fix.getPhase());
		assertSame(known.bo, fix.getOwner());
		assertEquals(LocalDate.of(2026, 1, 8), fix.getStart());
		assertEquals(LocalDate.of(2026, 1, 9), fix.getFinish());
		PublishedTask goLive = published.get(3);
		assertTrue(goLive.isMilestone());
		assertEquals(LocalDate.of(2026, 1, 9), goLive.getCommitmentDate());
		assertNull(known.fix.getBaselineStart(), "publishing alone sets no baseline");
	}

	@Test
	void publishingAgainReplacesThePublishedVersion() {
		domain.getCommandStack().execute(
				PlanPublishCommands.publish(domain, known.plan, known.ana, FRIDAY_EVENING, false).command());
		known.analyse.setName("Analyse the dumps");
		ModelBuilder.task(known.prevent, "Review", 1);

		executesUndoesAndRedoes(domain, known.repository, PlanPublishCommands
				.publish(domain, known.plan, known.bo, FRIDAY_EVENING.plusSeconds(86_400), false).command());

		assertEquals(6, known.plan.getPublishedTasks().size());
		assertEquals("Analyse the dumps", known.plan.getPublishedTasks().get(0).getName());
		assertSame(known.bo, known.plan.getPublishedBy());
	}

	@Test
	void publishingWithTheBaselineSetsItForEveryTask() {
		executesUndoesAndRedoes(domain, known.repository,
				PlanPublishCommands.publish(domain, known.plan, known.ana, FRIDAY_EVENING, true).command());

		for (PlanTask task : List.of(known.analyse, known.fix, known.inform, known.goLive, known.monitor)) {
			assertEquals(FRIDAY_EVENING, task.getBaselinedAt(), task.getName());
		}
		assertEquals(LocalDate.of(2026, 1, 8), known.fix.getBaselineStart());
		assertEquals(FRIDAY_EVENING, known.plan.getBaselinedAt());
	}

	@Test
	void theBaselineOfTheChosenTasksOnly() {
		executesUndoesAndRedoes(domain, known.repository, PlanPublishCommands
				.setBaseline(domain, known.plan, List.of(known.fix, known.goLive), FRIDAY_EVENING).command());

		assertEquals(LocalDate.of(2026, 1, 8), known.fix.getBaselineStart());
		assertEquals(LocalDate.of(2026, 1, 9), known.fix.getBaselineFinish());
		assertEquals(LocalDate.of(2026, 1, 9), known.goLive.getBaselineFinish());
		assertEquals(FRIDAY_EVENING, known.fix.getBaselinedAt());
		assertNull(known.analyse.getBaselineStart(), "not chosen");
		assertEquals(FRIDAY_EVENING, known.plan.getBaselinedAt());
	}

	@Test
	void aPlanThatCannotBeScheduledIsNeitherPublishedNorBaselined() {
		GetWellPlan empty = ModelBuilder.plan(null, "Empty", null);
		ModelBuilder.phase(empty, "Nothing yet");

		Edit publish = PlanPublishCommands.publish(domain, empty, known.ana, FRIDAY_EVENING, false);
		ModelBuilder.finishToStart(known.goLive, known.analyse);
		Edit baseline = PlanPublishCommands.setBaseline(domain, known.plan, List.of(known.fix), FRIDAY_EVENING);

		assertFalse(publish.accepted());
		assertTrue(publish.refusal().startsWith("The plan cannot be published: "), publish.refusal());
		assertFalse(baseline.accepted());
		assertTrue(baseline.refusal().contains("Analyse"), "names the tasks of the cycle: " + baseline.refusal());
		assertTrue(PlanPublishCommands.setBaseline(domain, known.plan, List.of(), FRIDAY_EVENING).refusal()
				.startsWith("Select the tasks"));
	}
}
