// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.function.Function;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;

/**
 * Read-only text columns of a table viewer whose rows are all of one type: each cell shows a text computed from its
 * row, empty where the text is {@code null}; or columns of a table or tree whose cells a label provider of their own
 * fills (colours, fonts and tool tips besides the text).
 */
public final class TextColumns {

	private TextColumns() {
	}

	/**
	 * Adds a left-aligned column.
	 *
	 * @param <T>    the type of the rows
	 * @param viewer the table viewer
	 * @param title  the header
	 * @param width  the initial width in pixels
	 * @param text   the text of a row
	 * @return the column
	 */
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text) {
		return add(viewer, SWT.NONE, title, width, text, null);
	}

	/**
	 * Adds a column.
	 *
	 * @param <T>     the type of the rows
	 * @param viewer  the table viewer
	 * @param style   the column's style, e.g. {@link SWT#CENTER}
	 * @param title   the header
	 * @param width   the initial width in pixels
	 * @param text    the text of a row
	 * @param toolTip the tool tip of a row, or {@code null} for none
	 * @return the column
	 */
	public static <T> TableViewerColumn add(TableViewer viewer, int style, String title, int width,
			Function<T, String> text, Function<T, String> toolTip) {
		return add(viewer, style, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(row(element));
				return value == null ? "" : value;
			}

			@Override
			public String getToolTipText(Object element) {
				return toolTip == null ? null : toolTip.apply(row(element));
			}
		});
	}

	/**
	 * Adds a column of a table whose cells a label provider fills.
	 *
	 * @param viewer the table viewer
	 * @param style  the column's style, e.g. {@link SWT#NONE} or {@link SWT#CENTER}
	 * @param title  the header
	 * @param width  the initial width in pixels
	 * @param labels what the column's cells show
	 * @return the column
	 */
	public static TableViewerColumn add(TableViewer viewer, int style, String title, int width,
			CellLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
		return column;
	}

	/**
	 * Adds a left-aligned column of a tree whose cells a label provider fills.
	 *
	 * @param viewer the tree viewer
	 * @param title  the header
	 * @param width  the initial width in pixels
	 * @param labels what the column's cells show
	 * @return the column
	 */
	public static TreeViewerColumn add(TreeViewer viewer, String title, int width, CellLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
		return column;
	}

	@SuppressWarnings("unchecked")
	private static <T> T row(Object element) {
		return (T) element;
	}
}
