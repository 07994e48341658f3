// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.Keys;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.plan.internal.GanttCanvas;
import org.advocacy.ui.plan.internal.TimeScale;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editing a get-well plan in the chart as an advocate does: keys in the task table (Insert, Delete,
 * Alt+Shift+arrows), dragging from bar to bar, the link dialog, removing a selected link, Publish Plan and Set
 * Baseline from the chart's tool bar. Each edit is one command on the session's stack (undone in one step), and the
 * schedule, critical path and colour are shown again at once.
 */
@ExtendWith(OpenSample.class)
class GanttEditingTest {

	private GetWellPlanView view;
	private GanttComposite chart;
	private GetWellPlan plan;
	private CommandStack stack;

	@BeforeEach
	void showAPlanOfTheSample() throws Exception {
		view = (GetWellPlanView) page().showView(GetWellPlanView.ID);
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getGetWellPlan() != null && e.getGetWellPlan().getPhases().size() > 1).findFirst()
				.orElseThrow();
		IViewPart engagements = page().findView("org.advocacy.ui.views.engagements");
		page().activate(engagements);
		engagements.getSite().getSelectionProvider().setSelection(new StructuredSelection(engagement));
		processEvents();
		page().activate(view);
		processEvents();
		chart = view.getChart();
		chart.setZoom(TimeScale.Zoom.DAY);
		plan = engagement.getGetWellPlan();
		stack = session().getEditingDomain().getCommandStack();
		processEvents();
	}

	@Test
	void insertAddsATaskBelowTheSelectedOneAndOpensItsNameAndUndoTakesItAway() {
		PhaseOfValue phase = plan.getPhases().get(0);
		PlanTask above = phase.getTasks().get(0);
		int tasks = phase.getTasks().size();
		select(above);

		Keys.press(table(), SWT.INSERT, 0);

		assertEquals(tasks + 1, phase.getTasks().size());
		PlanTask added = phase.getTasks().get(1);
		assertEquals(PlanEditing.NEW_TASK, added.getName());
		assertEquals(1, added.getDurationDays());
		assertTrue(chart.getCellEditing().isEditing(), "the new task's name is open for typing");
		Text name = Widgets.find(table(), Text.class).orElseThrow();
		name.setText("Collect heap dumps");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals("Collect heap dumps", added.getName());
		assertTrue(chart.getRows().rowOf(added) >= 0, "the chart shows the new task");
		assertNotNull(chart.getRows().schedule().of(added), "and the engine scheduled it");

		stack.undo();
		stack.undo();
		processEvents();
		assertEquals(tasks, phase.getTasks().size(), "two undos: the name, then the task");
	}

	@Test
	void shiftInsertAddsAMilestoneAndCtrlInsertAPhase() {
		PhaseOfValue phase = plan.getPhases().get(0);
		select(phase.getTasks().get(0));

		Keys.press(table(), SWT.INSERT, SWT.SHIFT);
		PlanTask milestone = phase.getTasks().get(1);
		assertTrue(milestone.isMilestone());
		assertEquals(0, milestone.getDurationDays());

		int phases = plan.getPhases().size();
		select(phase);
		Keys.press(table(), SWT.INSERT, SWT.MOD1);
		assertEquals(phases + 1, plan.getPhases().size());
		assertEquals(PlanEditing.NEW_PHASE, plan.getPhases().get(1).getName(), "right after the selected phase");
	}

	@Test
	void deleteRemovesTheSelectedTaskWithItsLinksInOneUndoableCommand() {
		PlanTask linked = plan.getPhases().stream().flatMap(p -> p.getTasks().stream())
				.filter(t -> !successorsOf(t).isEmpty()).findFirst().orElseThrow();
		PlanTask successor = successorsOf(linked).get(0);
		select(linked);

		Keys.press(table(), SWT.DEL, 0);

		assertNull(linked.eContainer(), "the task is gone");
		assertTrue(successor.getDependencies().stream().noneMatch(d -> d.getPredecessor() == linked),
				"and the links to it");
		assertEquals(-1, chart.getRows().rowOf(linked));

		stack.undo();
		processEvents();
		assertNotNull(linked.eContainer());
		assertTrue(successor.getDependencies().stream().anyMatch(d -> d.getPredecessor() == linked),
				"one undo brings back the task and its links");
	}

	@Test
	void altShiftUpMovesTheFirstTaskOfAPhaseIntoThePhaseAboveAndDownBringsItBack() {
		PhaseOfValue first = plan.getPhases().get(0);
		PhaseOfValue second = plan.getPhases().get(1);
		PlanTask task = second.getTasks().get(0);
		select(task);

		Keys.press(table(), SWT.ARROW_UP, SWT.ALT | SWT.SHIFT);

		assertSame(first, task.eContainer(), "it left its phase for the one above");
		assertEquals(first.getTasks().size() - 1, first.getTasks().indexOf(task), "at its end");
		assertEquals(chart.getRows().rowOf(task), table().getSelectionIndex(), "the moved row stays selected");

		Keys.press(table(), SWT.ARROW_DOWN, SWT.ALT | SWT.SHIFT);
		assertSame(second, task.eContainer());
		assertEquals(0, second.getTasks().indexOf(task));
	}

	@Test
	void altShiftLeftStartsANewPhaseAtTheTaskAndAltShiftRightJoinsItBack() {
		PhaseOfValue phase = plan.getPhases().stream().filter(p -> p.getTasks().size() > 2).findFirst().orElseThrow();
		PlanTask task = phase.getTasks().get(1);
		int tasks = phase.getTasks().size();
		int phases = plan.getPhases().size();
		select(task);

		Keys.press(table(), SWT.ARROW_LEFT, SWT.ALT | SWT.SHIFT);

		assertEquals(phases + 1, plan.getPhases().size());
		PhaseOfValue split = (PhaseOfValue) task.eContainer();
		assertEquals(plan.getPhases().indexOf(phase) + 1, plan.getPhases().indexOf(split));
		assertEquals(tasks - 1, split.getTasks().size(), "the task and the ones below it");
		Text name = Widgets.find(table(), Text.class).orElseThrow();
		name.setText("Phase 2 — Harden");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals("Phase 2 — Harden", split.getName(),
				() -> chart.getRefusal() + " / last command: " + stack.getUndoCommand().getLabel());

		select(split);
		Keys.press(table(), SWT.ARROW_RIGHT, SWT.ALT | SWT.SHIFT);
		assertSame(phase, task.eContainer());
		assertEquals(phases, plan.getPhases().size());
		assertEquals(tasks, phase.getTasks().size());
	}

	@Test
	void draggingABarOntoAnotherRowLinksThemAndTheScheduleFollowsAtOnce() {
		List<PlanTask> tasks = plan.getPhases().get(0).getTasks();
		PlanTask first = tasks.get(0);
		assertTrue(first.getDependencies().isEmpty(), "precondition: the sample's first task starts the plan");
		PlanTask last = tasks.stream().skip(1)
				.filter(t -> t.getDependencies().stream().noneMatch(d -> d.getPredecessor() == first)).findFirst()
				.orElseThrow();
		int links = last.getDependencies().size();
		GanttCanvas canvas = chart.getCanvas();
		Rectangle bar = barOf(first);
		int toY = canvas.viewport().y(chart.getRows().rowOf(last)) + canvas.viewport().rowHeight() / 2;

		drag(canvas, bar.x + bar.width / 2, bar.y + bar.height / 2, bar.x + bar.width / 2, toY);

		assertEquals(links + 1, last.getDependencies().size(), chart.getRefusal());
		TaskDependency link = last.getDependencies().get(links);
		assertSame(first, link.getPredecessor());
		assertEquals(DependencyType.FINISH_TO_START, link.getType());
		assertFalse(chart.getRows().schedule().of(last).earlyStart()
				.isBefore(chart.getRows().schedule().of(first).earlyFinish().plusDays(1)), "scheduled after it");
	}

	@Test
	void theLinkDialogLinksWithTypeAndLagAndTheFinishMovesByTheLag() {
		PhaseOfValue phase = plan.getPhases().get(0);
		PlanTask predecessor = phase.getTasks().get(0);
		List<PlanTask> critical = chart.getRows().schedule().criticalPath();
		PlanTask successor = critical.get(critical.size() - 1);
		assertFalse(successor.getDependencies().stream().anyMatch(d -> d.getPredecessor() == predecessor));
		java.time.LocalDate finish = chart.getRows().schedule().plannedFinish();
		int lag = (int) chart.getRows().workingDays().between(chart.getRows().schedule().of(predecessor).earlyFinish(),
				finish) + 3;
		table().setSelection(new int[] { chart.getRows().rowOf(predecessor), chart.getRows().rowOf(successor) });
		table().notifyListeners(SWT.Selection, new Event());
		processEvents();

		answer("Link Tasks", shell -> {
			Combo type = Widgets.findAll(shell, Combo.class).get(1);
			type.select(DependencyType.FINISH_TO_FINISH.ordinal());
			Widgets.find(shell, Spinner.class).orElseThrow().setSelection(lag);
		}, "Link");
		item("Link\u2026").notifyListeners(SWT.Selection, new Event());
		processEvents();

		TaskDependency link = successor.getDependencies().get(successor.getDependencies().size() - 1);
		assertSame(predecessor, link.getPredecessor(), chart.getRefusal());
		assertEquals(DependencyType.FINISH_TO_FINISH, link.getType());
		assertEquals(lag, link.getLagDays());
		assertTrue(chart.getRows().schedule().plannedFinish().isAfter(finish),
				"the plan finishes later at once: " + chart.getHeaderText());
		assertTrue(chart.getRows().schedule().criticalPath().contains(predecessor),
				"and the critical path now runs through the first task");
	}

	@Test
	void clickingALinkSelectsItAndDeleteRemovesIt() {
		PlanTask successor = plan.getPhases().get(0).getTasks().stream().filter(t -> !t.getDependencies().isEmpty())
				.findFirst().orElseThrow();
		TaskDependency link = successor.getDependencies().get(0);
		barOf(successor);
		GanttCanvas canvas = chart.getCanvas();
		Point onLine = canvas.pointOn(link);
		assertNotNull(onLine, "the link is drawn");
		canvas.notifyListeners(SWT.MouseDown, mouse(onLine.x, onLine.y));
		canvas.notifyListeners(SWT.MouseUp, mouse(onLine.x, onLine.y));
		processEvents();
		assertSame(link, canvas.getSelectedLink());
		assertTrue(item("Unlink").getEnabled());

		canvas.setFocus();
		Keys.press(canvas, SWT.DEL, 0);

		assertFalse(successor.getDependencies().contains(link));
		assertNull(canvas.getSelectedLink());
		stack.undo();
		processEvents();
		assertTrue(successor.getDependencies().contains(link));
	}

	@Test
	void publishPlanRecordsThePlanAndTheChangesAfterAreShown() {
		answer("Publish Plan", shell -> {
		}, "Publish and Set Baseline");
		item("Publish\u2026").notifyListeners(SWT.Selection, new Event());
		processEvents();

		assertNotNull(plan.getPublishedAt());
		assertSame(((Engagement) plan.eContainer()).getAdvocate(), plan.getPublishedBy());
		PlanTask task = plan.getPhases().get(0).getTasks().get(0);
		assertEquals(chart.getRows().schedule().of(task).earlyStart(), task.getBaselineStart());
		assertFalse(PlanChanges.of(plan).any(), "nothing changed since");

		select(task);
		Keys.press(table(), SWT.ARROW_DOWN, SWT.ALT | SWT.SHIFT);
		item("Changes").setSelection(true);
		item("Changes").notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertTrue(chart.isShowingChanges());
		assertEquals(PlanChanges.Kind.UNCHANGED, chart.getRows().changeOf(task).kind(), "a reorder keeps its dates");
		PlanTask other = plan.getPhases().get(0).getTasks().get(0);
		int row = chart.getRows().rowOf(other);
		Text name = (Text) chart.getCellEditing().edit(row, 0);
		name.setText("Renamed after publication");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals(PlanChanges.Kind.CHANGED, chart.getRows().changeOf(other).kind());
		assertFalse(table().getItem(row).getBackground().equals(table().getItem(chart.getRows().rowOf(task))
				.getBackground()), "the changed row is marked in the table");
	}

	@Test
	void setBaselineOfTheSelectedTasksOnly() {
		PlanTask chosen = plan.getPhases().get(0).getTasks().get(0);
		PlanTask other = plan.getPhases().get(1).getTasks().get(0);
		java.time.LocalDate otherBaseline = other.getBaselineStart();
		select(chosen);
		answer("Set Baseline", shell -> {
		}, "The selected task");

		item("Baseline\u2026").notifyListeners(SWT.Selection, new Event());
		processEvents();

		assertEquals(chart.getRows().schedule().of(chosen).earlyStart(), chosen.getBaselineStart());
		assertNotNull(chosen.getBaselinedAt());
		assertEquals(otherBaseline, other.getBaselineStart(), "the other tasks keep theirs");
	}

	@Test
	void anEngagementWithoutAPlanStartsOneAndInsertGivesItItsFirstTask() {
		Engagement without = session().getRepository().getEngagements().stream()
				.filter(e -> e.getGetWellPlan() == null).findFirst().orElseThrow();
		view.show(without);
		processEvents();
		assertNull(chart.getPlan());
		assertFalse(item("+ Task").getParent().isEnabled(), "nothing to edit yet");

		view.startPlan();
		processEvents();

		GetWellPlan started = without.getGetWellPlan();
		assertNotNull(started);
		assertSame(started, chart.getPlan(), "the view shows the new plan");
		assertEquals(1, started.getPhases().size());
		Keys.press(table(), SWT.INSERT, 0);
		assertEquals(1, started.getPhases().get(0).getTasks().size(), "Insert adds the first task to the first phase");
		assertNotNull(chart.getRows().schedule(), "and the plan is scheduled: " + chart.getRows().problem());
	}

	private List<PlanTask> successorsOf(PlanTask task) {
		return plan.getPhases().stream().flatMap(p -> p.getTasks().stream())
				.filter(t -> t.getDependencies().stream().anyMatch(d -> d.getPredecessor() == task)).toList();
	}

	private Table table() {
		return chart.getTable();
	}

	private void select(Object element) {
		chart.select(List.of((org.eclipse.emf.ecore.EObject) element));
		table().notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private ToolItem item(String text) {
		return Arrays.stream(chart.getEditToolBar().getItems()).filter(i -> text.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool item " + text));
	}

	/** Answers the dialog with a title once it is open: fills it in and presses a button. */
	private static void answer(String title, Consumer<Shell> fill, String button) {
		Display display = Display.getCurrent();
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible())
						.findFirst().orElse(null);
				if (dialog == null) {
					display.asyncExec(this);
					return;
				}
				fill.accept(dialog);
				Widgets.button(dialog, button).notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	private Rectangle barOf(PlanTask task) {
		assertTrue(chart.reveal(task));
		processEvents();
		Rectangle bar = chart.getCanvas().barBounds(chart.getRows().rowOf(task));
		assertNotNull(bar);
		return bar;
	}

	private static void drag(GanttCanvas canvas, int x0, int y0, int x1, int y1) {
		canvas.notifyListeners(SWT.MouseDown, mouse(x0, y0));
		for (int i = 1; i <= 4; i++) {
			Event move = mouse(x0 + (x1 - x0) * i / 4, y0 + (y1 - y0) * i / 4);
			move.stateMask = SWT.BUTTON1;
			canvas.notifyListeners(SWT.MouseMove, move);
			processEvents();
		}
		canvas.notifyListeners(SWT.MouseUp, mouse(x1, y1));
		processEvents();
	}

	private static Event mouse(int x, int y) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = 1;
		return event;
	}
}
