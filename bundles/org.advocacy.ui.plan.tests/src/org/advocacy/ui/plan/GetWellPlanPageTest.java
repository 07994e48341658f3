// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement editor has a Get-Well Plan page showing the engagement's plan as a Gantt chart. */
@ExtendWith(OpenSample.class)
class GetWellPlanPageTest {

	private RepositorySession session;
	private Engagement engagement;
	private GetWellPlanPage planPage;

	@BeforeEach
	void openThePlanPageOfTheSample() throws Exception {
		session = session();
		engagement = session.getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getGetWellPlan() != null)
				.filter(candidate -> candidate.getGetWellPlan().getPhases().size() > 1).findFirst().orElseThrow();

		EngagementEditor editor = (EngagementEditor) page().openEditor(EngagementEditorInput.of(session, engagement),
				EngagementEditor.ID);
		planPage = (GetWellPlanPage) editor.setActivePage(GetWellPlanPage.ID);
		processEvents();
	}

	@Test
	void theEngagementEditorShowsThePlanOnItsGetWellPlanPage() {
		assertNotNull(planPage, "the editor has a Get-Well Plan page");
		GanttComposite gantt = Widgets.find(planPage.getPartControl(), GanttComposite.class)
				.orElseThrow(() -> new AssertionError("the page shows the Gantt chart"));
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
		waitUntil("the edit reached the model",
				() -> "Stabilise the order-entry cluster before the quarter close".equals(plan.getScope()));

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
}
