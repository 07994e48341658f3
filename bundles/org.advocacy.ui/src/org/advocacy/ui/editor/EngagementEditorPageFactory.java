// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Contributes a page to the engagement editor through the extension point
 * {@code org.advocacy.ui.engagementEditorPages} (for example the get-well plan page of the Gantt bundle). The page
 * edits the engagement through {@link EngagementEditor#getEditingDomain()}, so its changes share the editor's undo
 * history and dirty state.
 */
public interface EngagementEditorPageFactory {

	/**
	 * @param editor the editor the page is added to; {@link EngagementEditor#getEngagement()} is set
	 * @return the page
	 */
	IFormPage createPage(EngagementEditor editor);
}
