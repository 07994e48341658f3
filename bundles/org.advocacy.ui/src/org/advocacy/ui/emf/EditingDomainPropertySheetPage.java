// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for a part that edits a repository (EMF's {@code ExtendedPropertySheetPage} idea):
 * the values shown follow every command on the file's stack, so an undo anywhere shows at once, and Edit &gt;
 * Undo/Redo work while the Properties view is active, on the same command stack.
 */
public class EditingDomainPropertySheetPage extends PropertySheetPage {

	private CommandStack stack;
	private final CommandStackListener refresher = event -> refreshLater();
	private CommandStackActions undoRedo;

	/** @param stack the command stack of the file whose objects are shown */
	public EditingDomainPropertySheetPage(CommandStack stack) {
		this.stack = stack;
		stack.addCommandStackListener(refresher);
	}

	/**
	 * Follows another command stack, e.g. of the repository that replaced the one shown before.
	 *
	 * @param newStack the command stack of the file whose objects are shown now
	 */
	public void setCommandStack(CommandStack newStack) {
		stack.removeCommandStackListener(refresher);
		stack = newStack;
		stack.addCommandStackListener(refresher);
		if (undoRedo != null) {
			undoRedo.setCommandStack(stack);
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		undoRedo = new CommandStackActions(actionBars);
		undoRedo.setCommandStack(stack);
	}

	private void refreshLater() {
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh();
				}
			});
		}
	}

	@Override
	public void dispose() {
		stack.removeCommandStackListener(refresher);
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
