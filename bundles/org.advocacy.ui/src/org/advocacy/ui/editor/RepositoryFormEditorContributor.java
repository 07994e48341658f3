// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Routes the workbench's Undo and Redo (menu and keys) to the active {@link RepositoryFormEditor}'s actions on the
 * repository's command stack; the engagement and organization editors declare it as their contributor.
 */
public class RepositoryFormEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof RepositoryFormEditor<?> editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getUndoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getRedoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}
}
