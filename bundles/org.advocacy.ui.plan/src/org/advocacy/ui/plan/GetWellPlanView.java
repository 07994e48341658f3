// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.util.function.Consumer;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.PlanCommands;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.plan.internal.PlanTitle;
import org.advocacy.ui.views.EngagementsView;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows the get-well plan of the engagement selected in the workbench (for instance in the Engagements view) as
 * a Gantt chart, and lets the advocate start, build and reschedule it by direct manipulation. Every change is a command on the
 * repository session's editing domain, so Edit &gt; Undo and Redo work while the view is active.
 */
public class GetWellPlanView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.plan.views.getWellPlan";

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<RepositorySession> sessionListener = session -> getSite().getShell().getDisplay()
			.asyncExec(() -> show(null));
	private GanttComposite chart;
	private PlanFileActions files;
	private Engagement engagement;
	private CommandStackActions undoRedo;
	private final IAction startPlan = new Action("Start Get-Well Plan") {
		@Override
		public void run() {
			startPlan();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		chart = new GanttComposite(parent, SWT.NONE);
		undoRedo = new CommandStackActions(getViewSite().getActionBars(), this::followPlan);
		files = new PlanFileActions(getSite().getShell(), this::getEngagement, chart);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		startPlan.setToolTipText("Start the selected engagement's get-well plan with its first phase of value");
		toolBar.add(startPlan);
		toolBar.add(files.exportPng());
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(startPlan);
		menu.add(files.importProject());
		menu.add(files.exportProject());
		menu.add(files.exportPng());
		getSite().getPage().addPostSelectionListener(selectionListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		// Opened later (e.g. its tab first shown): start from the engagement selected in the Engagements view.
		ISelection current = getSite().getPage().getSelection(EngagementsView.ID);
		if (current != null) {
			selectionChanged(null, current);
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Engagement selected) {
			show(selected);
		}
	}

	/**
	 * Shows an engagement's get-well plan.
	 *
	 * @param shown the engagement, or {@code null} to show nothing
	 */
	public void show(Engagement shown) {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		engagement = shown;
		if (shown == null || session == null || shown.getGetWellPlan() == null) {
			chart.setInput(null, null);
			setContentDescription(shown == null ? "Select an engagement to see its get-well plan"
					: shown.getKey() + " has no get-well plan");
		} else {
			chart.setInput(shown.getGetWellPlan(), session.getEditingDomain());
			setContentDescription(shown.getKey() + " — " + PlanTitle.of(shown.getGetWellPlan()));
		}
		startPlan.setEnabled(shown != null && session != null && shown.getGetWellPlan() == null);
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
	}

	/** Starts the shown engagement's plan, ready for its first task (Insert). */
	void startPlan() {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (engagement == null || session == null) {
			return;
		}
		Edit start = PlanCommands.startPlan(session.getEditingDomain(), engagement);
		if (start.command() != null) {
			session.getEditingDomain().getCommandStack().execute(start.command());
		}
	}

	/** Shows the engagement's plan again when a command replaced it (an import, or undoing one). */
	private void followPlan() {
		if (engagement != null && chart != null && !chart.isDisposed()
				&& chart.getPlan() != engagement.getGetWellPlan()) {
			show(engagement);
		}
	}

	/** @return the engagement whose plan is shown, or {@code null} */
	public Engagement getEngagement() {
		return engagement;
	}

	/** @return the chart */
	public GanttComposite getChart() {
		return chart;
	}

	/** @return the import and export actions' work, for tests */
	PlanFileActions getFileActions() {
		return files;
	}

	@Override
	public void setFocus() {
		chart.getCanvas().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
