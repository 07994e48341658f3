// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Moving, resizing, progress, linking and replacing the plan are commands that execute, undo and redo, and refuse
 * invalid edits. The plan, on a Monday-to-Friday calendar, has a schedule known by heart:
 *
 * <pre>
 * Stabilise   Analyse  Mon 5 – Wed 7 Jan 2026 (3 d)   critical
 *             Fix      Thu 8 – Fri 9 Jan (2 d), after Analyse   critical
 *             Inform   Mon 5 Jan (1 d)               4 days of slack
 *             Go-live  milestone after Fix, Fri 9 Jan  critical
 * </pre>
 */
class PlanCommandsTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final Engagement engagement = model.engagement("ADV-0001", null, EngagementState.EXECUTING_PLAN, null);
	private final GetWellPlan plan = ModelBuilder.plan(engagement, "Test plan",
			model.defaultCalendar(ModelBuilder.calendar("Mon-Fri", "UTC", null, null, ModelBuilder.WEEKDAYS)));
	private final PhaseOfValue phase = ModelBuilder.phase(plan, "Stabilise");
	private final PlanTask analyse = ModelBuilder.task(phase, "Analyse", MONDAY, 3, MONDAY.plusDays(2));
	private final PlanTask fix = ModelBuilder.task(phase, "Fix", MONDAY.plusDays(3), 2, MONDAY.plusDays(4));
	private final PlanTask inform = ModelBuilder.task(phase, "Inform", MONDAY, 1, MONDAY);
	private final PlanTask goLive = ModelBuilder.milestone(phase, "Go-live");
	private final EditingDomain domain = CommandCheck.domain();
	private final CommandStack stack = domain.getCommandStack();

	PlanCommandsTest() {
		goLive.setCommitmentDate(MONDAY.plusDays(4));
		ModelBuilder.finishToStart(analyse, fix);
		ModelBuilder.finishToStart(fix, goLive);
	}

	@Test
	void moveExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.move(domain, analyse, LocalDate.of(2026, 1, 7));

		executesUndoesAndRedoes(domain, repository, edit.command());
		assertEquals(LocalDate.of(2026, 1, 7), analyse.getStart());
		assertEquals(LocalDate.of(2026, 1, 9), analyse.getFinish(), "three working days, Wed to Fri");
		assertEquals(3, analyse.getDurationDays(), "a move keeps the duration");

		stack.undo();
		assertEquals(MONDAY, analyse.getStart());
		assertEquals(LocalDate.of(2026, 1, 7), analyse.getFinish());
	}

	@Test
	void moveOverTheWeekendSpansWorkingDaysOnly() {
		stack.execute(PlanCommands.move(domain, analyse, LocalDate.of(2026, 1, 10)).command());

		assertEquals(LocalDate.of(2026, 1, 12), analyse.getStart(), "Saturday snaps to Monday");
		assertEquals(LocalDate.of(2026, 1, 14), analyse.getFinish());
	}

	@Test
	void movingReschedulesTheSuccessorsThroughTheCriticalPath() throws Exception {
		stack.execute(PlanCommands.move(domain, analyse, LocalDate.of(2026, 1, 7)).command());

		PlanSchedule schedule = CriticalPathScheduler.schedule(plan);
		TaskSchedule fixed = schedule.of(fix);
		assertEquals(LocalDate.of(2026, 1, 12), fixed.earlyStart(), "Fix follows Analyse to the next Monday");
		assertTrue(fixed.critical());
		assertEquals(LocalDate.of(2026, 1, 13), schedule.plannedFinish());
	}

	@Test
	void resizeExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.resize(domain, analyse, MONDAY, LocalDate.of(2026, 1, 12));

		executesUndoesAndRedoes(domain, repository, edit.command());
		assertEquals(6, analyse.getDurationDays(), "Mon 5 to Mon 12 is six working days");
		assertEquals(LocalDate.of(2026, 1, 12), analyse.getFinish());

		stack.undo();
		assertEquals(3, analyse.getDurationDays());
		assertEquals(LocalDate.of(2026, 1, 7), analyse.getFinish());
	}

	@Test
	void resizingATaskWithoutAStartGivesItTheStartShown() {
		analyse.setStart(null);

		Edit edit = PlanCommands.resize(domain, analyse, MONDAY, LocalDate.of(2026, 1, 8));

		executesUndoesAndRedoes(domain, repository, edit.command());
		assertEquals(MONDAY, analyse.getStart());
		assertEquals(4, analyse.getDurationDays());
	}

	@Test
	void aFinishBeforeTheStartIsRefusedWithTheReason() {
		Edit edit = PlanCommands.resize(domain, fix, LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 6));

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("before its start"), edit.refusal());
		assertFalse(stack.canUndo(), "nothing was executed");
	}

	@Test
	void aMilestoneCannotBeResized() {
		Edit edit = PlanCommands.resize(domain, goLive, MONDAY, LocalDate.of(2026, 1, 12));

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("milestone"), edit.refusal());
	}

	@Test
	void progressExecutesUndoesAndRedoes() {
		executesUndoesAndRedoes(domain, repository, PlanCommands.progress(domain, fix, 140).command());
		assertEquals(100, fix.getPercentComplete(), "clamped to 100%");

		stack.undo();
		assertEquals(0, fix.getPercentComplete());
	}

	@Test
	void linkExecutesUndoesAndRedoes() {
		Edit edit = PlanCommands.link(domain, inform, fix, DependencyType.FINISH_TO_START);

		executesUndoesAndRedoes(domain, repository, edit.command());
		assertEquals(2, fix.getDependencies().size());
		assertSame(inform, fix.getDependencies().get(1).getPredecessor());

		stack.undo();
		assertEquals(1, fix.getDependencies().size());
	}

	@Test
	void aLinkThatWouldMakeACycleIsRefusedWithTheReason() {
		Edit edit = PlanCommands.link(domain, goLive, analyse, DependencyType.FINISH_TO_START);

		assertFalse(edit.accepted());
		assertTrue(edit.refusal().contains("cycle"), edit.refusal());
		assertEquals(0, analyse.getDependencies().size());
	}

	@Test
	void aTaskCannotDependOnItselfOrTwiceOnTheSameTaskOrOnATaskOfAnotherPlan() {
		assertTrue(PlanCommands.link(domain, fix, fix, DependencyType.FINISH_TO_START).refusal().contains("itself"));
		assertTrue(PlanCommands.link(domain, analyse, fix, DependencyType.FINISH_TO_START).refusal()
				.contains("already depends"));
		PlanTask elsewhere = ModelBuilder.task(ModelBuilder.phase(ModelBuilder.plan(null, "Other", null), "Other"),
				"Elsewhere", 1);
		assertTrue(PlanCommands.link(domain, elsewhere, fix, DependencyType.FINISH_TO_START).refusal()
				.contains("not in the same plan"));
	}

	@Test
	void anEditThatChangesNothingHasNoCommand() {
		Edit edit = PlanCommands.move(domain, analyse, MONDAY);

		assertNull(edit.command());
		assertNull(edit.refusal());
		assertNull(PlanCommands.progress(domain, fix, 0).command(), "already 0%");
	}

	@Test
	void replacingThePlanExecutesUndoesAndRedoes() {
		GetWellPlan imported = ModelBuilder.plan(null, "Imported", null);

		executesUndoesAndRedoes(domain, repository, PlanCommands.replacePlan(domain, engagement, imported));
		assertSame(imported, engagement.getGetWellPlan());
		assertSame(plan.getCalendar(), imported.getCalendar(), "the imported plan keeps the calendar");

		stack.undo();
		assertSame(plan, engagement.getGetWellPlan());
	}
}
