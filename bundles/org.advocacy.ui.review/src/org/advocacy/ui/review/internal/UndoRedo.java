// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.util.EventObject;

import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Undo and Redo for a view, on the command stack of the session's editing domain: the global action
 * handlers with the label of the command they undo or redo, enabled only when there is one.
 */
public final class UndoRedo implements CommandStackListener {

	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack != null) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack != null) {
				stack.redo();
			}
		}
	};
	private final IActionBars bars;
	private CommandStack stack;

	/** @param bars the view's action bars, where the global handlers are set */
	public UndoRedo(IActionBars bars) {
		this.bars = bars;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		update();
	}

	/** @param session the session whose command stack to follow, or {@code null} */
	public void setSession(RepositorySession session) {
		CommandStack next = session == null ? null : session.getEditingDomain().getCommandStack();
		if (next == stack) {
			return;
		}
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = next;
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
		Command undoable = stack == null ? null : stack.getUndoCommand();
		Command redoable = stack == null ? null : stack.getRedoCommand();
		undo.setEnabled(stack != null && stack.canUndo());
		undo.setText(undoable == null ? "&Undo" : "&Undo " + undoable.getLabel());
		redo.setEnabled(stack != null && stack.canRedo());
		redo.setText(redoable == null ? "&Redo" : "&Redo " + redoable.getLabel());
		bars.updateActionBars();
	}

	/** Stops following the command stack. */
	public void dispose() {
		setSession(null);
	}
}
