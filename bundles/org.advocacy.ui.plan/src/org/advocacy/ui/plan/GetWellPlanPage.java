// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__GET_WELL_PLAN;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.PlanCommands;
import org.advocacy.model.GetWellPlan;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.plan.internal.PlanDefinitionTabs;
import org.advocacy.ui.plan.internal.PlanTitle;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.menus.IMenuService;

/**
 * The engagement editor's "Get-Well Plan" page: what the plan is agreed to be (scope and objectives, stakeholders,
 * risks and assumptions, status meetings) in a collapsible section of tabs on top, and below it the same
 * {@link GanttComposite} as the Get-Well Plan view, taking the rest of the page. Everything is edited on the
 * editor's editing domain, so it shares the editor's undo history and dirty state.
 */
class GetWellPlanPage extends EngagementFormPage {

	/** The page's id within the editor. */
	static final String ID = "org.advocacy.ui.plan.editorPage";

	/** The page's icon, also the Get-Well Plan view's. */
	private static final String ICON = "icons/plan16.png";

	/** The chart's least height; it grows to fill the page. */
	private static final int CHART_HEIGHT = 240;
	/** The page's least width; it grows to fill the editor. */
	private static final int MIN_WIDTH = 400;

	private final CommandStackListener stackListener = event -> getEditorSite().getShell().getDisplay()
			.asyncExec(this::modelChanged);
	private GanttComposite gantt;
	private PlanDefinitionTabs definition;
	private Section definitionSection;

	GetWellPlanPage(EngagementEditor editor) {
		super(editor, ID, "Get-Well Plan");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		GetWellPlan plan = engagement().getGetWellPlan();
		form.setText("No get-well plan yet");
		ResourceLocator.imageDescriptorFromBundle(getClass(), ICON).ifPresent(icon -> form
				.setImage(new LocalResourceManager(JFaceResources.getResources(), form).create(icon)));
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(0, 6).applyTo(form.getBody());
		if (plan == null) {
			Label explanation = toolkit.createLabel(form.getBody(),
					"A get-well plan is agreed with the customer once the engagement is engaged.", SWT.WRAP);
			Button start = toolkit.createButton(form.getBody(), "Start Get-Well Plan", SWT.PUSH);
			start.addListener(SWT.Selection, event -> startPlan(managedForm, explanation, start));
			return;
		}
		showPlan(managedForm, plan);
	}

	/** Starts the plan with its first phase of value and shows it, ready for its first task (Insert). */
	private void startPlan(IManagedForm managedForm, Label explanation, Button start) {
		Edit edit = PlanCommands.startPlan(domain(), engagement());
		if (edit.command() == null) {
			return;
		}
		domain().getCommandStack().execute(edit.command());
		explanation.dispose();
		start.dispose();
		showPlan(managedForm, engagement().getGetWellPlan());
	}

	@SuppressWarnings("unchecked")
	private void showPlan(IManagedForm managedForm, GetWellPlan plan) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Get-Well Plan \u2014 " + escape(PlanTitle.of(plan)));
		IObservableValue<GetWellPlan> master = EMFEditProperties.value(domain(), ENGAGEMENT__GET_WELL_PLAN)
				.observe(engagement());
		definitionSection = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		definitionSection.setText("Plan: scope, stakeholders, risks, status meetings");
		// small width hints: the page fills the editor's width instead of growing to its widest table
		GridDataFactory.fillDefaults().grab(true, false).hint(MIN_WIDTH, SWT.DEFAULT).applyTo(definitionSection);
		definition = new PlanDefinitionTabs(toolkit, definitionSection, bindings(), domain(), master, valueText(),
				((EngagementEditor) getEditor()).getClock());
		definitionSection.setClient(definition.getControl());
		IMenuService menus = getSite().getService(IMenuService.class);
		menus.populateContributionManager(definition.getMeetingActions(), PlanDefinitionTabs.MEETING_ACTIONS);
		definition.getMeetingActions().update(true);
		definition.getControl().addDisposeListener(event -> menus.releaseContributions(definition.getMeetingActions()));
		definitionSection.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent event) {
				form.reflow(true);
			}
		});
		onModelChange(definition::refresh);

		gantt = new GanttComposite(form.getBody(), SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(MIN_WIDTH, CHART_HEIGHT).applyTo(gantt);
		gantt.setInput(plan, domain());
		onModelChange(this::followPlan);
		domain().getCommandStack().addCommandStackListener(stackListener);
		form.reflow(true);
	}

	/** Shows the engagement's plan again when a command replaced it (an import, or undoing one). */
	private void followPlan() {
		GetWellPlan plan = engagement().getGetWellPlan();
		if (gantt != null && !gantt.isDisposed() && gantt.getPlan() != plan) {
			gantt.setInput(plan, plan == null ? null : domain());
			getManagedForm().getForm().setText(
					plan == null ? "No get-well plan yet" : "Get-Well Plan \u2014 " + escape(PlanTitle.of(plan)));
		}
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&&");
	}

	/** @return the chart, or {@code null} before the page is shown or when there is no plan */
	GanttComposite getChart() {
		return gantt;
	}

	/** @return the plan's scope, stakeholders, risks and meetings, or {@code null} as for {@link #getChart()} */
	PlanDefinitionTabs getDefinition() {
		return definition;
	}

	/** @return the collapsible section holding {@link #getDefinition()} */
	Section getDefinitionSection() {
		return definitionSection;
	}

	@Override
	public void dispose() {
		domain().getCommandStack().removeCommandStackListener(stackListener);
		super.dispose();
	}
}
