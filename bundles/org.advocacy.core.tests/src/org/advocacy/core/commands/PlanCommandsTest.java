// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.imports.PlanImport;
import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanSchedule;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.KnownPlan;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Moving, resizing, progress, linking, changing and removing links, starting and replacing the plan are commands that
 * execute, undo and redo, and refuse invalid edits; on the plan of {@link KnownPlan}.
 */
class PlanCommandsTest {

	private static final LocalDate MONDAY = KnownPlan.MONDAY;

	private final KnownPlan known = new KnownPlan();
	private final AdvocacyRepository repository = known.repository;
	private final Engagement engagement = known.engagement;
	private final GetWellPlan plan = known.plan;
	private final PlanTask analyse = known.analyse;
	private final PlanTask fix = known.fix;
	private final PlanTask inform = known.inform;
	private final PlanTask goLive = known.goLive;
	private final EditingDomain domain = CommandCheck.domain();
	private final CommandStack stack = domain.getCommandStack();

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

		executesUndoesAndRedoes(domain, repository,
				PlanCommands.replacePlan(domain, engagement, new PlanImport(imported, List.of(), null)));
		assertSame(imported, engagement.getGetWellPlan());
		assertSame(plan.getCalendar(), imported.getCalendar(), "without a calendar, the plan keeps the engagement's");

		stack.undo();
		assertSame(plan, engagement.getGetWellPlan());
	}

	@Test
	void anImportedPlanBringsTheFilesCalendarIntoTheOrganization() {
		BusinessCalendar fromFile = ModelBuilder.calendar("Standard (plan.mpp)", "UTC", "08:00", "17:00",
				ModelBuilder.WEEKDAYS, LocalDate.of(2026, 1, 6));
		GetWellPlan imported = ModelBuilder.plan(null, "Imported", fromFile);

		executesUndoesAndRedoes(domain, repository,
				PlanCommands.replacePlan(domain, engagement, new PlanImport(imported, List.of(), fromFile)));

		assertTrue(known.model.organization().getCalendars().contains(fromFile));
		assertSame(fromFile, engagement.getGetWellPlan().getCalendar());
	}

	@Test
	void aCycleIsRefusedNamingTheTasksOnIt() {
		Edit edit = PlanCommands.link(domain, goLive, analyse, DependencyType.START_TO_START, 0);

		assertEquals("'Analyse' cannot follow 'Go-live': 'Go-live' already follows it (Analyse → Fix → Go-live),"
				+ " so the link would make a cycle.", edit.refusal());
	}

	@Test
	void aLinkWithTypeAndLagExecutesUndoesAndRedoesAndTheScheduleFollowsIt() throws Exception {
		Edit edit = PlanCommands.link(domain, inform, known.monitor, DependencyType.FINISH_TO_START, 2);

		executesUndoesAndRedoes(domain, repository, edit.command());
		TaskDependency link = known.monitor.getDependencies().get(0);
		assertSame(inform, link.getPredecessor());
		assertEquals(2, link.getLagDays());
		assertEquals(LocalDate.of(2026, 1, 8), CriticalPathScheduler.schedule(plan).of(known.monitor).earlyStart(),
				"two working days after Inform finishes on Monday: Thursday");
	}

	@Test
	void changingALinkExecutesUndoesAndRedoes() throws Exception {
		TaskDependency link = fix.getDependencies().get(0);

		executesUndoesAndRedoes(domain, repository,
				PlanCommands.changeLink(domain, link, DependencyType.FINISH_TO_FINISH, 4).command());

		assertEquals(DependencyType.FINISH_TO_FINISH, link.getType());
		assertEquals(4, link.getLagDays());
		assertEquals(LocalDate.of(2026, 1, 13), CriticalPathScheduler.schedule(plan).of(fix).earlyFinish(),
				"Fix finishes four working days after Analyse finishes on Wednesday");
		assertNull(PlanCommands.changeLink(domain, link, DependencyType.FINISH_TO_FINISH, 4).command(), "unchanged");
	}

	@Test
	void removingALinkExecutesUndoesAndRedoes() throws Exception {
		TaskDependency link = goLive.getDependencies().get(0);
		Command unlink = PlanCommands.unlink(domain, link);

		executesUndoesAndRedoes(domain, repository, unlink);

		assertTrue(goLive.getDependencies().isEmpty());
		assertEquals("Remove the link from 'Fix' to 'Go-live'", unlink.getLabel());
		assertEquals(MONDAY, CriticalPathScheduler.schedule(plan).of(goLive).earlyFinish(),
				"the milestone no longer waits for Fix: it falls on the plan's first day");
	}

	@Test
	void startingAPlanExecutesUndoesAndRedoesOnTheOrganizationsCalendar() {
		Engagement fresh = known.model.engagement("ADV-0002", null, EngagementState.ENGAGED, null);
		fresh.setAdvocate(known.bo);

		Edit edit = PlanCommands.startPlan(domain, fresh);

		executesUndoesAndRedoes(domain, repository, edit.command());
		GetWellPlan started = fresh.getGetWellPlan();
		assertSame(known.model.organization().getDefaultCalendar(), started.getCalendar(),
				"Bo has no calendar of his own");
		assertEquals(List.of(PlanCommands.FIRST_PHASE), started.getPhases().stream().map(PhaseOfValue::getName).toList());
		assertTrue(PlanCommands.startPlan(domain, fresh).refusal().contains("has a get-well plan already"));
	}
}
