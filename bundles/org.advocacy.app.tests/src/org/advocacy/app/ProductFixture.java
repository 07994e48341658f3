// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPart;

/** Where the product's parts are on the screen. */
final class ProductFixture {

	private ProductFixture() {
	}

	/**
	 * @param part a part shown in the active page
	 * @return the bounds, in display coordinates, of the stack (tab folder) the part is in, found from the
	 *         control that has the focus once the part is activated
	 */
	static Rectangle stackBounds(IWorkbenchPart part) {
		page().activate(part);
		part.setFocus();
		processEvents();
		Control control = Display.getCurrent().getFocusControl();
		while (control != null && !(control instanceof CTabFolder)) {
			control = control.getParent();
		}
		if (control == null) {
			throw new AssertionError(part.getTitle() + " has the focus in a stack");
		}
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}
}
