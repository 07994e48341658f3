// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on an EMF command stack, labelled with the command it would undo or redo. Installed as the
 * workbench's global Undo/Redo handler while an engagement editor is active.
 */
public final class CommandStackAction extends Action {

	private final CommandStack stack;
	private final boolean undo;

	private CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		ActionFactory factory = undo ? ActionFactory.UNDO : ActionFactory.REDO;
		setId(factory.getId());
		setActionDefinitionId(factory.getCommandId());
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		update();
	}

	/** @return an action undoing the stack's last command */
	public static CommandStackAction undo(CommandStack stack) {
		return new CommandStackAction(stack, true);
	}

	/** @return an action redoing the stack's last undone command */
	public static CommandStackAction redo(CommandStack stack) {
		return new CommandStackAction(stack, false);
	}

	/** Enables the action and names the command, following the stack. */
	public void update() {
		Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
		setText((undo ? "&Undo" : "&Redo") + label);
		setToolTipText((undo ? "Undo" : "Redo") + label);
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}
}
