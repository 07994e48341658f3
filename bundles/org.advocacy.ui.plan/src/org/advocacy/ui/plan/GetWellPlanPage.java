// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import org.advocacy.model.GetWellPlan;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The engagement editor's "Get-Well Plan" page: the same {@link GanttComposite} as the Get-Well Plan view, on the
 * editor's editing domain, so its drags share the editor's undo history and dirty state.
 */
class GetWellPlanPage extends FormPage {

	/** The page's id within the editor. */
	static final String ID = "org.advocacy.ui.plan.editorPage";

	private final EngagementEditor engagementEditor;

	GetWellPlanPage(EngagementEditor editor) {
		super(editor, ID, "Get-Well Plan");
		this.engagementEditor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		GetWellPlan plan = engagementEditor.getEngagement().getGetWellPlan();
		form.setText(plan == null ? "No get-well plan yet" : "Get-Well Plan \u2014 " + plan.getName());
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form.getBody());
		if (plan == null) {
			managedForm.getToolkit().createLabel(form.getBody(),
					"A get-well plan is agreed with the customer once the engagement is engaged.", SWT.WRAP);
			return;
		}
		GanttComposite gantt = new GanttComposite(form.getBody(), SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 500).applyTo(gantt);
		gantt.setInput(plan, engagementEditor.getEditingDomain());
	}
}
