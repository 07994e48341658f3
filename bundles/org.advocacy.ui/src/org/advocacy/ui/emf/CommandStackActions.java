// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Undo and Redo for a view that changes a repository: installs {@link CommandStackAction}s as the view's
 * global Undo/Redo handlers and keeps their enablement and labels following the command stack, the way EMF's
 * generated editors wire them.
 */
public final class CommandStackActions implements CommandStackListener {

	private final IActionBars bars;
	private final CommandStackAction undo = CommandStackAction.undo(null);
	private final CommandStackAction redo = CommandStackAction.redo(null);
	private final Runnable afterEachCommand;
	private CommandStack stack;

	/** @param bars the view's action bars; the handlers are installed at once */
	public CommandStackActions(IActionBars bars) {
		this(bars, () -> {
		});
	}

	/**
	 * @param bars             the view's action bars; the handlers are installed at once
	 * @param afterEachCommand what the view does after a command was executed, undone or redone on the stack it
	 *                         follows, once Undo and Redo are up to date
	 */
	public CommandStackActions(IActionBars bars, Runnable afterEachCommand) {
		this.bars = bars;
		this.afterEachCommand = afterEachCommand;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	/** @param newStack the command stack to undo on, or {@code null} when no repository is open */
	public void setCommandStack(CommandStack newStack) {
		if (newStack == stack) {
			return;
		}
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		undo.setStack(stack);
		redo.setStack(stack);
		bars.updateActionBars();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		undo.update();
		redo.update();
		bars.updateActionBars();
		afterEachCommand.run();
	}

	/** Stops following the command stack. */
	public void dispose() {
		setCommandStack(null);
	}
}
