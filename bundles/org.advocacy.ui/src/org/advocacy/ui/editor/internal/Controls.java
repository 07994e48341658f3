// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** For the parts of the pages that are built anew from the model on every refresh. */
final class Controls {

	private Controls() {
	}

	/**
	 * @param toolkit the form toolkit
	 * @param parent  a grid composite
	 * @param columns the row's columns
	 * @return a composite filling its grid cell horizontally, laid out in columns without margins
	 */
	static Composite row(FormToolkit toolkit, Composite parent, int columns) {
		Composite row = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		return row;
	}

	/** @param composite a composite whose children are all to be built anew; they are disposed */
	static void disposeChildren(Composite composite) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
	}
}
