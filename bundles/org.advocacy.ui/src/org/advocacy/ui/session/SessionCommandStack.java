// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;

/**
 * The command stack of a {@link TeamSession}: every command runs on the workbench's UI thread, which owns the working
 * model, even when a save running in the background merges someone else's changes in; a user whose role may not change
 * the repository has every command refused, with the reason.
 */
final class SessionCommandStack extends BasicCommandStack {

	private final Display display;
	private final Supplier<String> readOnlyReason;
	private final Consumer<String> refused;

	/**
	 * @param display        the workbench's display
	 * @param readOnlyReason why the user may not change anything, or {@code null} when they may
	 * @param refused        told (on the UI thread) the reason when a command is refused
	 */
	SessionCommandStack(Display display, Supplier<String> readOnlyReason, Consumer<String> refused) {
		this.display = display;
		this.readOnlyReason = readOnlyReason;
		this.refused = refused;
	}

	@Override
	public void execute(Command command) {
		String reason = readOnlyReason.get();
		if (reason != null) {
			command.dispose();
			onUiThread(() -> refused.accept(reason));
			return;
		}
		onUiThread(() -> super.execute(command));
	}

	@Override
	public void undo() {
		onUiThread(super::undo);
	}

	@Override
	public void redo() {
		onUiThread(super::redo);
	}

	/**
	 * @param inDocument whether an object belongs to a document
	 * @return whether a command that undo or redo would run changed the document (as far as the command says what
	 *         it affected): undoing it after someone else's change was taken in would write over their change
	 */
	boolean mayUndoInto(Predicate<Object> inDocument) {
		return commandList.stream().flatMap(command -> command.getAffectedObjects().stream()).anyMatch(inDocument);
	}

	/**
	 * Tells the stack's listeners (editors, views) that the model changed without a command of this stack: someone
	 * else's saved change was taken in. Meanwhile the most recent command is a marker naming what changed, so that
	 * listeners that look at what the last command affected (such as the colour codes of the Engagements view) see it.
	 *
	 * @param affected the objects that changed
	 */
	void changedOutside(Collection<?> affected) {
		onUiThread(() -> {
			Command previous = mostRecentCommand;
			mostRecentCommand = new ChangesTakenIn(affected);
			try {
				notifyListeners();
			} finally {
				mostRecentCommand = previous;
			}
		});
	}

	/** Stands for changes saved by someone else and taken into the model: not undoable, executes nothing. */
	private static final class ChangesTakenIn extends AbstractCommand {

		private final Collection<?> affected;

		ChangesTakenIn(Collection<?> affected) {
			super("Changes Saved by Others");
			this.affected = List.copyOf(affected);
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return affected;
		}

		@Override
		public boolean canUndo() {
			return false;
		}

		@Override
		public void execute() {
			// already applied to the model
		}

		@Override
		public void redo() {
			// never on the stack
		}
	}

	private void onUiThread(Runnable action) {
		if (Display.getCurrent() == display || display.isDisposed()) {
			action.run();
		} else {
			display.syncExec(action);
		}
	}
}
