// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Undo and Redo for a view that changes the session's editing domain: global action handlers that undo and
 * redo on the session's command stack and name the command, the way EMF's generated editors wire them.
 */
final class CommandStackActions implements CommandStackListener {

	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack != null && stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack != null && stack.canRedo()) {
				stack.redo();
			}
		}
	};
	private CommandStack stack;

	CommandStackActions(IActionBars bars) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		update();
	}

	/** @param newStack the command stack to undo on, or {@code null} when no repository is open */
	void setCommandStack(CommandStack newStack) {
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		undo.setEnabled(stack != null && stack.canUndo());
		redo.setEnabled(stack != null && stack.canRedo());
		undo.setText(stack != null && stack.getUndoCommand() != null ? "&Undo " + stack.getUndoCommand().getLabel()
				: "&Undo");
		redo.setText(stack != null && stack.getRedoCommand() != null ? "&Redo " + stack.getRedoCommand().getLabel()
				: "&Redo");
	}

	void dispose() {
		setCommandStack(null);
	}
}
