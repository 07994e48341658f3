// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The tables of the form pages: one row selected at a time, with a header row and grid lines. */
public final class FormTables {

	private FormTables() {
	}

	/**
	 * @param toolkit the form toolkit
	 * @param parent  where the table goes
	 * @return a new bordered single-selection table whose full rows are selected, with header and lines shown
	 */
	public static Table create(FormToolkit toolkit, Composite parent) {
		Table table = toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		return table;
	}
}
