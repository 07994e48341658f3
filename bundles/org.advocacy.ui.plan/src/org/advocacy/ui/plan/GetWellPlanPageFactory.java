// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorPageFactory;
import org.eclipse.ui.forms.editor.IFormPage;

/** Contributes the "Get-Well Plan" page, the Gantt chart of the engagement's plan, to the engagement editor. */
public class GetWellPlanPageFactory implements EngagementEditorPageFactory {

	@Override
	public IFormPage createPage(EngagementEditor editor) {
		return new GetWellPlanPage(editor);
	}
}
