// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.commands.PlanPublishCommands;
import org.advocacy.core.commands.PlanStructureCommands;
import org.advocacy.core.schedule.PlanChanges.Kind;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.KnownPlan;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.PublishedTask;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After publication, a change to the plan shows against the published version: tasks added, deleted, renamed, moved
 * to another phase or to another owner, and tasks whose scheduled dates moved — also when only a predecessor moved.
 */
class PlanChangesTest {

	private final KnownPlan known = new KnownPlan();
	private final EditingDomain domain = CommandCheck.domain();

	@BeforeEach
	void publish() {
		domain.getCommandStack().execute(PlanPublishCommands
				.publish(domain, known.plan, known.ana, Instant.parse("2026-01-02T16:30:00Z"), false).command());
	}

	@Test
	void aPlanAsPublishedHasNoChanges() {
		PlanChanges changes = PlanChanges.of(known.plan);

		assertTrue(changes.published());
		assertFalse(changes.any());
		assertEquals("no changes", changes.counts());
	}

	@Test
	void aLongerTaskMovesItsSuccessorsAndEachSaysHow() {
		known.analyse.setDurationDays(5);

		PlanChanges changes = PlanChanges.of(known.plan);

		assertEquals(List.of("finish Wed 7 Jan 2026 \u2192 Fri 9 Jan 2026"), changes.of(known.analyse).changes());
		assertEquals(List.of("start Thu 8 Jan 2026 \u2192 Mon 12 Jan 2026", "finish Fri 9 Jan 2026 \u2192 Tue 13 Jan 2026"),
				changes.of(known.fix).changes(), "Fix follows Analyse");
		assertEquals(List.of("date Fri 9 Jan 2026 \u2192 Tue 13 Jan 2026"), changes.of(known.goLive).changes());
		assertEquals(Kind.UNCHANGED, changes.of(known.inform).kind());
		assertEquals("3 changed", changes.counts());
	}

	@Test
	void renamedMovedAndReassignedTasksSaySo() {
		known.inform.setName("Inform the sponsor");
		known.inform.setOwner(known.bo);
		known.prevent.getTasks().add(known.inform);

		List<String> changes = PlanChanges.of(known.plan).of(known.inform).changes();

		assertEquals(List.of("renamed from \u201CInform\u201D", "moved from phase \u201CStabilise\u201D",
				"owner nobody \u2192 Bo Chen"), changes);
	}

	@Test
	void addedAndDeletedTasksAreListed() {
		ModelBuilder.task(known.prevent, "Review", KnownPlan.MONDAY, 1, KnownPlan.MONDAY);
		domain.getCommandStack().execute(PlanStructureCommands.delete(domain, List.of(known.inform)).command());

		PlanChanges changes = PlanChanges.of(known.plan);

		assertEquals(List.of("Review"), changes.addedOrChanged().stream().map(c -> c.task().getName()).toList());
		assertEquals(Kind.ADDED, changes.addedOrChanged().get(0).kind());
		assertEquals(List.of("Inform"), changes.removed().stream().map(PublishedTask::getName).toList());
		assertEquals("1 added, 1 removed", changes.counts());
	}

	@Test
	void withoutASchedulingTheTypedDatesAreCompared() {
		ModelBuilder.finishToStart(known.goLive, known.analyse);
		known.inform.setStart(LocalDate.of(2026, 1, 6));
		known.inform.setFinish(LocalDate.of(2026, 1, 6));

		PlanChanges changes = PlanChanges.of(known.plan);

		assertEquals(Kind.CHANGED, changes.of(known.inform).kind());
		assertEquals(Kind.UNCHANGED, changes.of(known.analyse).kind());
	}
}
