// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.KnownPlan;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Adding, deleting, moving, outdenting and indenting tasks and phases are commands that execute, undo and redo; the
 * rows keep the order a planner expects, and edits the plan cannot take are refused with the reason. On the plan of
 * {@link KnownPlan}: Stabilise (Analyse, Fix, Inform, Go-live), Prevent (Monitor).
 */
class PlanStructureCommandsTest {

	private final KnownPlan known = new KnownPlan();
	private final EditingDomain domain = CommandCheck.domain();

	@Test
	void addingATaskExecutesUndoesAndRedoesAndPutsItOnAWorkingDay() throws Exception {
		Command add = PlanStructureCommands.addTask(domain, known.stabilise, 1, "Inform the sponsor",
				LocalDate.of(2026, 1, 10), false);

		executesUndoesAndRedoes(domain, known.repository, add);

		PlanTask added = known.stabilise.getTasks().get(1);
		assertEquals(List.of(added), List.copyOf(add.getAffectedObjects()), "the new task is the command's result");
		assertEquals("Inform the sponsor", added.getName());
		assertEquals(LocalDate.of(2026, 1, 12), added.getStart(), "Saturday moves to Monday");
		assertEquals(added.getStart(), added.getFinish());
		assertEquals(1, added.getDurationDays());
		assertEquals(LocalDate.of(2026, 1, 12), CriticalPathScheduler.schedule(known.plan).plannedFinish(),
				"the plan now ends with it");
	}

	@Test
	void addingAMilestoneAndAPhaseExecuteUndoAndRedo() {
		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.addTask(domain, known.prevent, 5, "Fix verified", KnownPlan.MONDAY, true));
		PlanTask milestone = known.prevent.getTasks().get(1);
		assertTrue(milestone.isMilestone());
		assertEquals(0, milestone.getDurationDays());

		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.addPhase(domain, known.plan, 1, "Restore confidence"));
		assertEquals(List.of("Stabilise", "Restore confidence", "Prevent"), phaseNames());
	}

	@Test
	void deletingATaskTakesItsLinksInBothDirections() {
		Edit delete = PlanStructureCommands.delete(domain, List.of(known.fix));

		executesUndoesAndRedoes(domain, known.repository, delete.command());

		assertEquals(List.of(known.analyse, known.inform, known.goLive), known.stabilise.getTasks());
		assertTrue(known.goLive.getDependencies().isEmpty(), "the link into Go-live went with Fix");
		assertEquals("Delete 'Fix'", delete.command().getLabel());
		domain.getCommandStack().undo();
		assertSame(known.fix, known.goLive.getDependencies().get(0).getPredecessor(), "undo brings the link back");
	}

	@Test
	void aDeletedTaskStaysInThePublishedVersionWithoutItsLinkAndTheFileStillSaves() throws Exception {
		domain.getCommandStack().execute(PlanPublishCommands
				.publish(domain, known.plan, known.ana, Instant.parse("2026-01-02T16:30:00Z"), false).command());
		PublishedTask published = known.plan.getPublishedTasks().get(1);
		assertSame(known.fix, published.getTask());

		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.delete(domain, List.of(known.fix)).command());

		assertNull(published.getTask(), "the published version no longer points at the deleted task");
		assertEquals("Fix", published.getName(), "but keeps it as published");
		assertDoesNotThrow(this::save, "no reference to a task outside the file");
	}

	@Test
	void deletingAPhaseTakesItsTasksAndTheLinksIntoThem() {
		ModelBuilder.finishToStart(known.fix, known.monitor);
		ModelBuilder.finishToStart(known.monitor, known.inform);

		Edit delete = PlanStructureCommands.delete(domain, List.of(known.prevent, known.monitor));

		executesUndoesAndRedoes(domain, known.repository, delete.command());
		assertEquals(List.of("Stabilise"), phaseNames());
		assertTrue(known.inform.getDependencies().isEmpty(), "Inform no longer waits for Monitor");
		assertEquals("Delete phase 'Prevent' with its task", delete.command().getLabel());
	}

	@Test
	void tasksOfDifferentPlansAreNotDeletedTogether() {
		KnownPlan other = new KnownPlan();

		Edit delete = PlanStructureCommands.delete(domain, List.of(known.fix, other.fix));

		assertFalse(delete.accepted());
		assertTrue(delete.refusal().contains("one plan"), delete.refusal());
	}

	@Test
	void movingATaskUpAndDownStaysInItsPhaseUntilItsEdgeThenEntersTheNeighbour() {
		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.moveUp(domain, known.inform).command());
		assertEquals(List.of(known.analyse, known.inform, known.fix, known.goLive), known.stabilise.getTasks());

		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.moveDown(domain, known.goLive).command());
		assertEquals(List.of(known.goLive, known.monitor), known.prevent.getTasks(),
				"the last task of a phase moves to the top of the next");
		assertSame(known.fix, known.goLive.getDependencies().get(0).getPredecessor(), "with its links");

		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.moveUp(domain, known.goLive).command());
		assertEquals(known.goLive, known.stabilise.getTasks().get(3), "and back to the end of the one above");
	}

	@Test
	void movingBeyondTheFirstOrLastRowIsRefused() {
		assertTrue(PlanStructureCommands.moveUp(domain, known.analyse).refusal().contains("already at the top"));
		assertTrue(PlanStructureCommands.moveDown(domain, known.monitor).refusal().contains("already at the bottom"));
		assertTrue(PlanStructureCommands.moveUp(domain, known.stabilise).refusal().contains("already at the top"));
	}

	@Test
	void movingAPhaseTakesItsTasks() {
		executesUndoesAndRedoes(domain, known.repository,
				PlanStructureCommands.moveUp(domain, known.prevent).command());

		assertEquals(List.of("Prevent", "Stabilise"), phaseNames());
		assertEquals(List.of(known.monitor), known.prevent.getTasks());
	}

	@Test
	void outdentingATaskStartsANewPhaseThereAndIndentingThatPhaseJoinsItAgain() {
		Edit outdent = PlanStructureCommands.outdent(domain, known.inform, "Inform");

		executesUndoesAndRedoes(domain, known.repository, outdent.command());
		assertEquals(List.of("Stabilise", "Inform", "Prevent"), phaseNames());
		PhaseOfValue split = known.plan.getPhases().get(1);
		assertEquals(List.of(known.inform, known.goLive), split.getTasks(), "the task and those below it");
		assertEquals(List.of(known.analyse, known.fix), known.stabilise.getTasks());

		executesUndoesAndRedoes(domain, known.repository, PlanStructureCommands.indent(domain, split).command());
		assertEquals(List.of("Stabilise", "Prevent"), phaseNames());
		assertEquals(List.of(known.analyse, known.fix, known.inform, known.goLive), known.stabilise.getTasks(),
				"the rows are back in their order");
	}

	@Test
	void outdentAndIndentRefuseWhatTheOutlineCannotTake() {
		assertTrue(PlanStructureCommands.outdent(domain, known.analyse, "X").refusal().contains("first task"));
		assertTrue(PlanStructureCommands.outdent(domain, known.prevent, "X").refusal().contains("top level"));
		assertTrue(PlanStructureCommands.indent(domain, known.stabilise).refusal().contains("first phase"));
		assertTrue(PlanStructureCommands.indent(domain, known.fix).refusal().contains("already a task"));
	}

	private List<String> phaseNames() {
		return known.plan.getPhases().stream().map(PhaseOfValue::getName).toList();
	}

	private void save() throws Exception {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resources.createResource(URI.createURI("memory:/plan.advocacy"));
		resource.getContents().add(known.repository);
		resource.save(new ByteArrayOutputStream(), null);
	}
}
