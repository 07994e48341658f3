// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A read-only table of text rows, as the wizard's pages preview what the new repository gets. */
final class PreviewTable {

	private PreviewTable() {
	}

	/**
	 * @param parent where the table goes
	 * @param titles the columns' titles
	 * @param widths their widths in pixels, one per title
	 * @return the table, with a header and its columns
	 */
	static Table create(Composite parent, String[] titles, int... widths) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	/** Widens each column to its widest cell or title, so that no text is cut. */
	static void fitColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			int width = column.getWidth();
			column.pack();
			column.setWidth(Math.max(width, column.getWidth()));
		}
	}

	/** Adds a row. */
	static void addRow(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}
}
