// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.plan.internal.GanttCanvas;
import org.advocacy.ui.plan.internal.GanttRows;
import org.advocacy.ui.plan.internal.TaskTable;
import org.advocacy.ui.plan.internal.TimeScale;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the running workbench, the Get-Well Plan view follows the engagement selected in the Engagements view, shows
 * its colour code, and reschedules the plan when a bar is dragged, with Edit &gt; Undo and Redo.
 */
@ExtendWith(OpenSample.class)
class GetWellPlanViewTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;
	private GetWellPlanView view;
	private Engagement engagement;

	@BeforeEach
	void showTheFirstPlanOfTheSample() throws Exception {
		repository = session().getRepository();
		view = (GetWellPlanView) page().showView(GetWellPlanView.ID);
		engagement = repository.getEngagements().stream().filter(e -> e.getGetWellPlan() != null)
				.filter(e -> e.getGetWellPlan().getPhases().size() > 1).findFirst().orElseThrow();
		IViewPart engagements = page().findView("org.advocacy.ui.views.engagements");
		assertNotNull(engagements, "the Engagements view is open in the perspective");
		page().activate(engagements);
		engagements.getSite().getSelectionProvider().setSelection(new StructuredSelection(engagement));
		processEvents();
		page().activate(view);
		processEvents();
	}

	@Test
	void theViewIsPartOfTheCustomerAdvocacyPerspective() {
		assertNotNull(page().findView(GetWellPlanView.ID));
	}

	@Test
	void theViewFollowsTheSelectedEngagementAndShowsItsColourCode() {
		assertSame(engagement, view.getEngagement());
		GanttRows rows = view.getChart().getRows();
		assertNotNull(rows.schedule(), "the sample plan is schedulable: " + rows.problem());
		int tasks = engagement.getGetWellPlan().getPhases().stream().mapToInt(p -> p.getTasks().size()).sum();
		assertEquals(engagement.getGetWellPlan().getPhases().size() + tasks, view.getChart().getTable().getItemCount(),
				"a row per phase and per task");
		String header = view.getChart().getHeaderText();
		assertTrue(header.startsWith(rows.colour().colour().getLiteral()), header);
		assertTrue(header.contains("Planned finish"), header);
		assertFalse(rows.schedule().criticalPath().isEmpty());
	}

	@Test
	void draggingABarMovesTheTaskAndUndoRedoWorkFromTheEditMenu() throws Exception {
		GanttCanvas canvas = prepare();
		PlanTask task = freeTask();
		GanttRows.Row row = view.getChart().getRows().row(view.getChart().getRows().rowOf(task));
		LocalDate oldStart = task.getStart();
		LocalDate expected = view.getChart().getRows().workingDays().onOrAfter(row.start().plusDays(3));
		Rectangle bar = barOf(canvas, task);
		int x = bar.x + bar.width / 2;
		int y = bar.y + bar.height / 2;
		int dx = (int) Math.round(3 * canvas.scale().pixelsPerDay());

		drag(canvas, x, y, x + dx, y, 0);

		assertEquals(expected, task.getStart(), "the task starts three days later (next working day)");
		GanttRows rescheduled = view.getChart().getRows();
		assertEquals(expected, rescheduled.row(rescheduled.rowOf(task)).start(), "the chart shows the new schedule");

		handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		processEvents();
		assertEquals(oldStart, task.getStart(), "Edit > Undo puts the task back");

		handlers().executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
		processEvents();
		assertEquals(expected, task.getStart(), "Edit > Redo moves it again");
	}

	@Test
	void draggingTheEndOfABarBeforeItsStartIsRefusedWithTheReason() {
		GanttCanvas canvas = prepare();
		PlanTask task = freeTask();
		int duration = task.getDurationDays();
		Rectangle bar = barOf(canvas, task);
		int y = bar.y + bar.height / 2;
		int end = bar.x + bar.width - 1;
		int dx = (int) Math.round((duration + 3) * canvas.scale().pixelsPerDay());

		drag(canvas, end, y, end - dx, y, 0);

		assertEquals(duration, task.getDurationDays(), "nothing changed");
		assertTrue(view.getChart().getRefusal().contains("before its start"), view.getChart().getRefusal());
	}

	@Test
	void shiftDraggingInsideABarSetsItsProgress() {
		GanttCanvas canvas = prepare();
		PlanTask task = freeTask();
		Rectangle bar = barOf(canvas, task);
		int y = bar.y + bar.height / 2;

		drag(canvas, bar.x + 2, y, bar.x + bar.width / 2, y, SWT.SHIFT);

		assertEquals(50, task.getPercentComplete(), 10, "about half done");
	}

	@Test
	void ctrlDraggingFromOneBarToAnotherLinksThem() {
		GanttCanvas canvas = prepare();
		java.util.List<PlanTask> tasks = engagement.getGetWellPlan().getPhases().get(0).getTasks();
		PlanTask first = tasks.get(0);
		assertTrue(first.getDependencies().isEmpty(), "precondition: the sample's first task starts the plan");
		PlanTask third = tasks.stream().skip(1)
				.filter(t -> t.getDependencies().stream().noneMatch(d -> d.getPredecessor() == first)).findFirst()
				.orElseThrow();
		int links = third.getDependencies().size();

		ctrlDrag(canvas, first, third);

		assertEquals(links + 1, third.getDependencies().size());
		assertSame(first, third.getDependencies().get(links).getPredecessor());
	}

	@Test
	void aLinkThatWouldMakeACycleIsRefusedWithTheReason() {
		GanttCanvas canvas = prepare();
		java.util.List<PlanTask> tasks = engagement.getGetWellPlan().getPhases().get(0).getTasks();
		PlanTask first = tasks.get(0);
		PlanTask second = tasks.get(1);
		assertTrue(second.getDependencies().stream().anyMatch(d -> d.getPredecessor() == first),
				"precondition: the sample chains the first phase");

		ctrlDrag(canvas, second, first);

		assertTrue(first.getDependencies().stream().noneMatch(d -> d.getPredecessor() == second));
		assertTrue(view.getChart().getRefusal().contains("cycle"), view.getChart().getRefusal());
	}

	private void ctrlDrag(GanttCanvas canvas, PlanTask from, PlanTask to) {
		Rectangle bar = barOf(canvas, from);
		int toY = canvas.viewport().y(view.getChart().getRows().rowOf(to)) + canvas.viewport().rowHeight() / 2;
		drag(canvas, bar.x + bar.width / 2, bar.y + bar.height / 2, bar.x + bar.width / 2, toY, SWT.MOD1);
	}

	@Test
	void theTimelineRowsLineUpWithTheTableRowsAfterScrollingTheTimeline() {
		GanttCanvas canvas = prepare();
		org.eclipse.swt.widgets.Table table = view.getChart().getTable();
		Event wheel = new Event();
		wheel.count = -3;
		wheel.x = 10;
		wheel.y = 100;

		canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		processEvents();

		int top = table.getTopIndex();
		assertEquals(top, canvas.viewport().topRow(), "the timeline scrolled with the table");
		for (int row = top; row < Math.min(table.getItemCount(), top + 5); row++) {
			int tableY = canvas.toControl(table.toDisplay(0, table.getItem(row).getBounds().y)).y;
			assertEquals(tableY, canvas.viewport().y(row), "row " + row + " at the same height in both");
		}
	}

	@Test
	void typingInTheTableEditsTheTaskAsAnUndoableCommand() {
		prepare();
		PlanTask task = freeTask();
		int row = view.getChart().getRows().rowOf(task);
		int percent = task.getPercentComplete() == 40 ? 60 : 40;

		org.eclipse.swt.widgets.Text cell = (org.eclipse.swt.widgets.Text) view.getChart().getCellEditing().edit(row, 5);
		cell.setText(percent + "%");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertEquals(percent, task.getPercentComplete());
		assertEquals(percent + "%", view.getChart().getTable().getItem(row).getText(5));
		session().getEditingDomain().getCommandStack().undo();
		processEvents();
		assertFalse(task.getPercentComplete() == percent, "undone");
	}

	@Test
	void anUnreadableDateIsRefusedWithTheReason() {
		prepare();
		PlanTask task = freeTask();
		LocalDate start = task.getStart();

		org.eclipse.swt.widgets.Text cell = (org.eclipse.swt.widgets.Text) view.getChart().getCellEditing()
				.edit(view.getChart().getRows().rowOf(task), 2);
		cell.setText("next tuesday");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertEquals(start, task.getStart());
		assertTrue(view.getChart().getRefusal().contains("not a date"), view.getChart().getRefusal());
	}

	@Test
	void theChartExportsAsPng() throws Exception {
		Path png = folder.resolve("plan.png");
		Job export = view.getFileActions().writePng(png);
		assertTrue(export.join(20_000, null), "the export finished within 20 s");
		assertEquals(IStatus.OK, export.getResult().getSeverity(), export.getResult().getMessage());
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 1000);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
	}

	@Test
	void collapsingAPhaseHidesItsTasksInTheTableAndTheTimeline() {
		GanttCanvas canvas = prepare();
		GanttComposite chart = view.getChart();
		org.eclipse.swt.widgets.Table table = chart.getTable();
		PhaseOfValue first = engagement.getGetWellPlan().getPhases().get(0);
		PhaseOfValue second = engagement.getGetWellPlan().getPhases().get(1);
		int items = table.getItemCount();
		PlanTask hidden = first.getTasks().get(0);
		table.setSelection(0);

		key(table, '-', 0);

		assertEquals(items - first.getTasks().size(), table.getItemCount(), "the phase's tasks left the table");
		assertEquals(table.getItemCount(), chart.getRows().size(), "and the timeline");
		assertTrue(table.getItem(0).getText(0).startsWith(TaskTable.COLLAPSED), table.getItem(0).getText(0));
		assertEquals(-1, chart.getRows().rowOf(hidden), "no row, so no bar, for a hidden task");
		assertEquals(second, chart.getRows().row(1).phase(), "the next phase follows right below");
		assertEquals(second.getTasks().get(0), chart.getRows().row(2).task());
		Rectangle summary = canvas.barBounds(0);
		assertNotNull(summary, "the collapsed phase keeps its summary bar over its tasks' dates");

		key(table, '\0', SWT.ARROW_RIGHT);

		assertEquals(items, table.getItemCount(), "Right expands the phase again");
		assertTrue(table.getItem(0).getText(0).startsWith(TaskTable.EXPANDED));
	}

	@Test
	void leftGoesFromATaskToItsPhaseAndMinusCollapsesTheTasksPhase() {
		prepare();
		GanttComposite chart = view.getChart();
		org.eclipse.swt.widgets.Table table = chart.getTable();
		PhaseOfValue second = engagement.getGetWellPlan().getPhases().get(1);
		PlanTask task = second.getTasks().get(0);
		int phaseRow = chart.getRows().rowOf(second);
		table.setSelection(chart.getRows().rowOf(task));

		key(table, '\0', SWT.ARROW_LEFT);
		assertEquals(phaseRow, table.getSelectionIndex(), "Left selects the phase, like in a tree");
		assertEquals(phaseRow, chart.getCanvas().getSelectedRow(), "in the timeline too");

		table.setSelection(chart.getRows().rowOf(task));
		key(table, '-', 0);
		assertFalse(chart.getFolding().isExpanded(second));
		assertEquals(phaseRow, table.getSelectionIndex(), "the selection moves from the hidden task to its phase");
	}

	@Test
	void theFoldingSurvivesCommandsAndUndo() {
		GanttCanvas canvas = prepare();
		GanttComposite chart = view.getChart();
		PhaseOfValue first = engagement.getGetWellPlan().getPhases().get(0);
		chart.getFolding().setExpanded(first, false);
		PlanTask task = engagement.getGetWellPlan().getPhases().get(1).getTasks().get(0);
		int rowsShown = chart.getTable().getItemCount();
		Rectangle bar = barOf(canvas, task);
		int y = bar.y + bar.height / 2;

		drag(canvas, bar.x + bar.width / 2, y, bar.x + bar.width / 2 + (int) (2 * canvas.scale().pixelsPerDay()), y,
				0);
		session().getEditingDomain().getCommandStack().undo();
		processEvents();

		assertFalse(chart.getFolding().isExpanded(first), "still collapsed after a move and its undo");
		assertEquals(rowsShown, chart.getTable().getItemCount());
	}

	@Test
	void collapseAllShowsOnlyThePhasesAndExpandAllEverything() {
		prepare();
		GanttComposite chart = view.getChart();
		int items = chart.getTable().getItemCount();
		PlanTask task = engagement.getGetWellPlan().getPhases().get(1).getTasks().get(0);

		chart.collapseAll();
		processEvents();
		assertEquals(engagement.getGetWellPlan().getPhases().size(), chart.getTable().getItemCount());
		assertTrue(chart.getRows().rows().stream().allMatch(GanttRows.Row::isSummary));

		assertTrue(chart.reveal(task), "revealing a hidden task expands its phase");
		assertTrue(chart.getRows().rowOf(task) >= 0);

		chart.expandAll();
		processEvents();
		assertEquals(items, chart.getTable().getItemCount());
	}

	/**
	 * Drags a bar with events posted through {@link Display#post}, so the whole path runs: X server and GTK → SWT
	 * → the canvas's gesture → the move command → the engine's critical-path scheduling; then Edit &gt; Undo.
	 */
	@Test
	void draggingACriticalBarWithTheRealMouseMovesItAndThePlanFinish() throws Exception {
		IWorkbenchPartReference part = page().getReference(view);
		// the view alone in the window: its first rows are clear of the due-time notification at the bottom right
		page().setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			dragACriticalBarWithTheRealMouse();
		} finally {
			page().setPartState(part, IWorkbenchPage.STATE_RESTORED);
		}
	}

	private void dragACriticalBarWithTheRealMouse() throws Exception {
		GanttCanvas canvas = prepare();
		GanttRows before = view.getChart().getRows();
		PlanTask task = before.schedule().criticalPath().stream().filter(t -> !t.isMilestone())
				.filter(t -> before.rowOf(t) >= 0).findFirst().orElseThrow();
		LocalDate oldStart = task.getStart();
		LocalDate oldFinish = task.getFinish();
		LocalDate plannedFinish = before.schedule().plannedFinish();
		LocalDate scheduledStart = before.row(before.rowOf(task)).start();
		int days = 1;
		while (!before.workingDays().isWorkingDay(scheduledStart.plusDays(days))
				|| before.workingDays().between(scheduledStart, scheduledStart.plusDays(days)) < 2) {
			days++;
		}
		LocalDate newStart = scheduledStart.plusDays(days);
		long workingDays = before.workingDays().between(scheduledStart, newStart);
		RealMouse mouse = new RealMouse(canvas);
		try {
			mouse.activate();
			Rectangle bar = barOf(canvas, task);
			Point from = canvas.toDisplay(bar.x + Math.min(bar.width / 2, 10), bar.y + bar.height / 2);
			Point to = new Point(from.x + (int) Math.round(days * canvas.scale().pixelsPerDay()), from.y);
			assertTrue(canvas.getDisplay().getBounds().contains(to), "the drag stays on the screen: " + to);
			mouse.moveTo(from);
			mouse.press();
			for (int step = 1; step <= 5; step++) {
				mouse.moveTo(new Point(from.x + (to.x - from.x) * step / 5, from.y));
			}
			mouse.release();
		} finally {
			mouse.dispose();
		}
		processEvents();

		assertEquals(newStart, task.getStart(), "the task starts " + days + " days (" + workingDays
				+ " working days) later: " + view.getChart().getRefusal());
		GanttRows after = view.getChart().getRows();
		assertEquals(newStart, after.schedule().of(task).earlyStart(), "the engine rescheduled the plan");
		assertEquals(after.workingDays().plus(plannedFinish, workingDays), after.schedule().plannedFinish(),
				"the plan finishes as many working days later: the task is on the critical path");
		assertEquals(CriticalPathScheduler.schedule(engagement.getGetWellPlan()).criticalPath(),
				after.schedule().criticalPath(), "the chart shows the engine's critical path");
		assertTrue(after.row(after.rowOf(task)).isCritical());

		handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		processEvents();
		assertEquals(oldStart, task.getStart(), "Edit > Undo puts the task back");
		assertEquals(oldFinish, task.getFinish());
		assertEquals(plannedFinish, view.getChart().getRows().schedule().plannedFinish(), "and the plan's finish");
	}

	private static void key(org.eclipse.swt.widgets.Control control, char character, int keyCode) {
		Event event = new Event();
		event.character = character;
		event.keyCode = keyCode == 0 ? character : keyCode;
		control.notifyListeners(SWT.KeyDown, event);
		processEvents();
	}

	private GanttCanvas prepare() {
		view.getChart().setZoom(TimeScale.Zoom.DAY);
		processEvents();
		return view.getChart().getCanvas();
	}

	/** @return a task of several days; moved later, nothing holds it back, so the schedule follows its start */
	private PlanTask freeTask() {
		return engagement.getGetWellPlan().getPhases().stream().flatMap(p -> p.getTasks().stream())
				.filter(t -> !t.isMilestone() && t.getDurationDays() > 1).findFirst()
				.orElseThrow();
	}

	private Rectangle barOf(GanttCanvas canvas, PlanTask task) {
		assertTrue(view.getChart().reveal(task));
		processEvents();
		Rectangle bar = canvas.barBounds(view.getChart().getRows().rowOf(task));
		assertNotNull(bar);
		assertTrue(canvas.getClientArea().contains(bar.x + bar.width / 2, bar.y + bar.height / 2),
				"the bar is visible: " + bar + " in " + canvas.getClientArea());
		return bar;
	}

	private static void drag(GanttCanvas canvas, int x0, int y0, int x1, int y1, int stateMask) {
		canvas.notifyListeners(SWT.MouseDown, mouse(x0, y0, stateMask));
		int steps = 4;
		for (int i = 1; i <= steps; i++) {
			canvas.notifyListeners(SWT.MouseMove, mouse(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps,
					stateMask | SWT.BUTTON1));
			processEvents();
		}
		canvas.notifyListeners(SWT.MouseUp, mouse(x1, y1, stateMask | SWT.BUTTON1));
		processEvents();
	}

	private static Event mouse(int x, int y, int stateMask) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = 1;
		event.stateMask = stateMask;
		return event;
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
	}
}
