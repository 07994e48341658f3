// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on an EMF command stack, labelled with the command it would undo or redo ("Undo Move 'Go-live'").
 * Parts install it as the workbench's global Undo/Redo handler, usually through {@link CommandStackActions}.
 */
public final class CommandStackAction extends Action {

	private final boolean undo;
	private CommandStack stack;

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

	/** @return an action undoing the stack's last command; the stack may be {@code null} until set */
	public static CommandStackAction undo(CommandStack stack) {
		return new CommandStackAction(stack, true);
	}

	/** @return an action redoing the stack's last undone command; the stack may be {@code null} until set */
	public static CommandStackAction redo(CommandStack stack) {
		return new CommandStackAction(stack, false);
	}

	/** @param newStack the stack to act on, or {@code null} when no repository is open */
	public void setStack(CommandStack newStack) {
		stack = newStack;
		update();
	}

	/** Enables the action and names the command, following the stack. */
	public void update() {
		Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
		String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
		setText((undo ? "&Undo" : "&Redo") + label);
		setToolTipText((undo ? "Undo" : "Redo") + label);
	}

	@Override
	public void run() {
		if (stack == null) {
			return;
		}
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}
}
