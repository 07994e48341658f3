// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Push buttons for the actions of the pages that look disabled when they are: the form toolkit gives its buttons a
 * fixed text colour, which on GTK hides the greyed look of a disabled button, so an advocate could not tell which
 * of "Contacted", "Responded" and "No answer" applies now.
 */
public final class ActionButtons {

	private ActionButtons() {
	}

	/**
	 * @param toolkit the form toolkit
	 * @param parent  where the button goes
	 * @param text    its label
	 * @return a push button adapted to the form, with the platform's text colours
	 */
	public static Button push(FormToolkit toolkit, Composite parent, String text) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setForeground(null);
		return button;
	}
}
