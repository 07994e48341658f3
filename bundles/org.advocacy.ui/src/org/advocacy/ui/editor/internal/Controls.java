// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** For the parts of the pages that are built anew from the model on every refresh. */
final class Controls {

	private Controls() {
	}

	/** @param composite a composite whose children are all to be built anew; they are disposed */
	static void disposeChildren(Composite composite) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
	}
}
