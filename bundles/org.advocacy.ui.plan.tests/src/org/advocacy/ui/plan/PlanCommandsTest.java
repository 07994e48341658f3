// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.advocacy.model.DependencyType;
import org.advocacy.ui.plan.PlanCommands.Edit;
import org.advocacy.ui.plan.internal.GanttRows;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

/** Moving, resizing, progress and linking are commands that execute, undo and redo, and refuse invalid edits. */
class PlanCommandsTest {

	private final TestPlans fixture = new TestPlans();
	private final CommandStack stack = fixture.domain.getCommandStack();

	@Test
	void moveExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.move(fixture.domain, fixture.analyse, LocalDate.of(2026, 1, 7));

		stack.execute(edit.command());
		assertEquals(LocalDate.of(2026, 1, 7), fixture.analyse.getStart());
		assertEquals(LocalDate.of(2026, 1, 9), fixture.analyse.getFinish(), "three working days, Wed to Fri");

		stack.undo();
		assertEquals(TestPlans.MONDAY, fixture.analyse.getStart());
		assertEquals(LocalDate.of(2026, 1, 7), fixture.analyse.getFinish());

		stack.redo();
		assertEquals(LocalDate.of(2026, 1, 7), fixture.analyse.getStart());
		assertEquals(3, fixture.analyse.getDurationDays(), "a move keeps the duration");
	}

	@Test
	void moveOverTheWeekendSpansWorkingDaysOnly() {
		stack.execute(PlanCommands.move(fixture.domain, fixture.analyse, LocalDate.of(2026, 1, 10)).command());

		assertEquals(LocalDate.of(2026, 1, 12), fixture.analyse.getStart(), "Saturday snaps to Monday");
		assertEquals(LocalDate.of(2026, 1, 14), fixture.analyse.getFinish());
	}

	@Test
	void movingReschedulesTheSuccessorsThroughTheCriticalPath() {
		stack.execute(PlanCommands.move(fixture.domain, fixture.analyse, LocalDate.of(2026, 1, 7)).command());

		GanttRows rows = GanttRows.of(fixture.plan, TestPlans.MONDAY);
		GanttRows.Row fix = rows.row(rows.rowOf(fixture.fix));
		assertEquals(LocalDate.of(2026, 1, 12), fix.start(), "Fix follows Analyse to the next Monday");
		assertTrue(fix.isCritical());
		assertEquals(LocalDate.of(2026, 1, 13), rows.schedule().plannedFinish());
	}

	@Test
	void resizeExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.resize(fixture.domain, fixture.analyse, TestPlans.MONDAY, LocalDate.of(2026, 1, 12));

		stack.execute(edit.command());
		assertEquals(6, fixture.analyse.getDurationDays(), "Mon 5 to Mon 12 is six working days");
		assertEquals(LocalDate.of(2026, 1, 12), fixture.analyse.getFinish());

		stack.undo();
		assertEquals(3, fixture.analyse.getDurationDays());
		assertEquals(LocalDate.of(2026, 1, 7), fixture.analyse.getFinish());

		stack.redo();
		assertEquals(6, fixture.analyse.getDurationDays());
	}

	@Test
	void aFinishBeforeTheStartIsRefusedWithTheReason() {
		Edit edit = PlanCommands.resize(fixture.domain, fixture.fix, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 6));

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("before its start"), edit.refusal());
		assertFalse(stack.canUndo(), "nothing was executed");
	}

	@Test
	void aMilestoneCannotBeResized() {
		Edit edit = PlanCommands.resize(fixture.domain, fixture.goLive, TestPlans.MONDAY, LocalDate.of(2026, 1, 12));

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("milestone"), edit.refusal());
	}

	@Test
	void progressExecutesUndoesAndRedoes() {
		stack.execute(PlanCommands.progress(fixture.domain, fixture.fix, 140).command());
		assertEquals(100, fixture.fix.getPercentComplete(), "clamped to 100%");

		stack.undo();
		assertEquals(0, fixture.fix.getPercentComplete());

		stack.redo();
		assertEquals(100, fixture.fix.getPercentComplete());
	}

	@Test
	void linkExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.link(fixture.domain, fixture.inform, fixture.fix, DependencyType.FINISH_TO_START);

		stack.execute(edit.command());
		assertEquals(2, fixture.fix.getDependencies().size());
		assertSame(fixture.inform, fixture.fix.getDependencies().get(1).getPredecessor());

		stack.undo();
		assertEquals(1, fixture.fix.getDependencies().size());

		stack.redo();
		assertEquals(2, fixture.fix.getDependencies().size());
	}

	@Test
	void aLinkThatWouldMakeACycleIsRefusedWithTheReason() {
		Edit edit = PlanCommands.link(fixture.domain, fixture.goLive, fixture.analyse, DependencyType.FINISH_TO_START);

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("cycle"), edit.refusal());
		assertEquals(0, fixture.analyse.getDependencies().size());
	}

	@Test
	void aTaskCannotDependOnItselfOrTwiceOnTheSameTask() {
		assertTrue(PlanCommands.link(fixture.domain, fixture.fix, fixture.fix, DependencyType.FINISH_TO_START)
				.refusal().contains("itself"));
		assertTrue(PlanCommands.link(fixture.domain, fixture.analyse, fixture.fix, DependencyType.FINISH_TO_START)
				.refusal().contains("already depends"));
	}

	@Test
	void anEditThatChangesNothingHasNoCommand() {
		Edit edit = PlanCommands.move(fixture.domain, fixture.analyse, TestPlans.MONDAY);

		assertNull(edit.command());
		assertNull(edit.refusal());
	}

	@Test
	void replacingThePlanExecutesUndoesAndRedoes() {
		org.advocacy.model.Engagement engagement = org.advocacy.model.AdvocacyFactory.eINSTANCE.createEngagement();
		engagement.setGetWellPlan(fixture.plan);
		org.advocacy.model.GetWellPlan imported = org.advocacy.model.AdvocacyFactory.eINSTANCE.createGetWellPlan();

		stack.execute(PlanCommands.replacePlan(fixture.domain, engagement, imported).command());
		assertSame(imported, engagement.getGetWellPlan());
		assertSame(fixture.plan.getCalendar(), imported.getCalendar(), "the imported plan keeps the calendar");

		stack.undo();
		assertSame(fixture.plan, engagement.getGetWellPlan());

		stack.redo();
		assertSame(imported, engagement.getGetWellPlan());
	}
}
