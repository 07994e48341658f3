// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engagement editor has a Get-Well Plan page showing the engagement's plan as a Gantt chart. */
class GetWellPlanPageTest {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private RepositorySession session;
	private Engagement engagement;
	private GetWellPlanPage planPage;

	@BeforeEach
	void openThePlanPageOfTheSample() throws Exception {
		session = SampleSession.open(folder);
		engagement = SampleSession.withPhasedPlan(session);

		EngagementEditor editor = (EngagementEditor) page().openEditor(EngagementEditorInput.of(session, engagement),
				EngagementEditor.ID);
		planPage = (GetWellPlanPage) editor.setActivePage(GetWellPlanPage.ID);
		processEvents();
	}

	@Test
	void theEngagementEditorShowsThePlanOnItsGetWellPlanPage() {
		assertNotNull(planPage, "the editor has a Get-Well Plan page");
		GanttComposite gantt = find(planPage.getPartControl());
		assertNotNull(gantt, "the page shows the Gantt chart");
		assertSame(engagement.getGetWellPlan(), gantt.getPlan());
		String title = planPage.getManagedForm().getForm().getText();
		String prefix = "Get-Well Plan \u2014 ";
		assertTrue(title.startsWith(prefix), title);
		assertTrue(engagement.getGetWellPlan().getName().endsWith(title.substring(prefix.length())),
				"the title names the plan: " + title);
		assertEquals(title.toLowerCase().indexOf("get-well plan"), title.toLowerCase().lastIndexOf("get-well plan"),
				"the title says \"Get-Well Plan\" once: " + title);
	}

	@Test
	void typingTheScopeIsAnUndoableCommand() {
		GetWellPlan plan = engagement.getGetWellPlan();
		String before = plan.getScope();
		Text scope = planPage.getDefinition().getScope();
		assertEquals(before == null ? "" : before, scope.getText(), "the field shows the plan's scope");

		scope.setText("Stabilise the order-entry cluster before the quarter close");
		waitFor(() -> "Stabilise the order-entry cluster before the quarter close".equals(plan.getScope()));

		assertTrue(session.getEditingDomain().getCommandStack().canUndo());
		session.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(before, plan.getScope(), "undo restores the scope");
		assertEquals(before == null ? "" : before, scope.getText(), "and the field follows");
	}

	@Test
	void addingARiskIsAnUndoableCommandAndTheTableFollows() {
		GetWellPlan plan = engagement.getGetWellPlan();
		int risks = plan.getRisks().size();
		org.eclipse.swt.widgets.Table table = planPage.getDefinition().getRisks().getViewer().getTable();

		planPage.getDefinition().getRisks().addRow();
		processEvents();

		assertEquals(risks + 1, plan.getRisks().size());
		assertEquals("New risk", plan.getRisks().get(risks).getDescription());
		assertEquals(risks + 1, table.getItemCount(), "the table shows the new risk");
		session.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(risks, plan.getRisks().size(), "undo takes it away");
		assertEquals(risks, table.getItemCount());
	}

	@Test
	void theChartKeepsMostOfThePageAndThePlanSectionCollapses() {
		org.eclipse.swt.widgets.Shell shell = planPage.getPartControl().getShell();
		org.eclipse.swt.graphics.Point size = shell.getSize();
		try {
			shell.setSize(1440, 900);
			processEvents();
			GanttComposite gantt = planPage.getChart();
			int chartHeight = gantt.getSize().y;
			assertTrue(chartHeight > planPage.getDefinitionSection().getSize().y,
					"the chart is taller than the plan's forms: " + chartHeight);

			planPage.getDefinitionSection().setExpanded(false);
			planPage.getManagedForm().getForm().reflow(true);
			processEvents();

			assertTrue(gantt.getSize().y > chartHeight, "collapsing the forms gives the chart their room: "
					+ chartHeight + " then " + gantt.getSize().y);
		} finally {
			shell.setSize(size);
		}
	}

	@Test
	void collapsingAPhaseOnThePageHidesItsTasksAndSurvivesAnEditOfTheScope() {
		GanttComposite gantt = planPage.getChart();
		GetWellPlan plan = engagement.getGetWellPlan();
		int items = gantt.getTable().getItemCount();
		gantt.getFolding().setExpanded(plan.getPhases().get(0), false);
		processEvents();
		assertEquals(items - plan.getPhases().get(0).getTasks().size(), gantt.getTable().getItemCount());

		planPage.getDefinition().getRisks().addRow();
		processEvents();

		assertEquals(items - plan.getPhases().get(0).getTasks().size(), gantt.getTable().getItemCount(),
				"still collapsed after a command");
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wake up to look again
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "the edit reached the model");
	}

	private static GanttComposite find(Control root) {
		Deque<Control> pending = new ArrayDeque<>();
		pending.add(root);
		while (!pending.isEmpty()) {
			Control control = pending.poll();
			if (control instanceof GanttComposite gantt) {
				return gantt;
			}
			if (control instanceof Composite composite) {
				pending.addAll(java.util.List.of(composite.getChildren()));
			}
		}
		return null;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the editor create its pages
		}
	}
}
