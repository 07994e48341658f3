// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.text.Collator;
import java.util.Comparator;

import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a table by the column whose header was clicked last; a second click reverses the order. Enumerations
 * sort in their declared order (Green before Yellow before Red; Requested before Returned to SOP), durations
 * and dates by value, everything else by its text.
 */
final class ColumnComparator extends ViewerComparator {

	private final TableViewer viewer;
	private final Collator collator = Collator.getInstance();
	private ColumnLabelProvider sortColumn;
	private boolean descending;

	ColumnComparator(TableViewer viewer) {
		this.viewer = viewer;
	}

	/** Makes a click on the column header sort by that column. */
	void sortOnClick(TableColumn column, ColumnLabelProvider labels) {
		column.addListener(SWT.Selection, event -> {
			descending = sortColumn == labels && !descending;
			sortColumn = labels;
			viewer.getTable().setSortColumn(column);
			viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
			viewer.refresh();
		});
	}

	@Override
	public int compare(Viewer v, Object first, Object second) {
		if (sortColumn == null) {
			return 0;
		}
		int result = Comparator.nullsLast(this::compareValues).compare(sortValue(first), sortValue(second));
		return descending ? -result : result;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private int compareValues(Object first, Object second) {
		if (first instanceof String a && second instanceof String b) {
			return collator.compare(a, b);
		}
		if (first instanceof Comparable a && first.getClass().isInstance(second)) {
			return a.compareTo(second);
		}
		return collator.compare(String.valueOf(first), String.valueOf(second));
	}

	private Object sortValue(Object element) {
		if (sortColumn instanceof SortValueProvider provider) {
			return provider.sortValue(element);
		}
		if (sortColumn instanceof FeatureColumnLabelProvider feature) {
			Object value = feature.getValue(element);
			return value instanceof Enum<?> || value instanceof Comparable<?> && !(value instanceof String)
					? value
					: emptyToNull(sortColumn.getText(element));
		}
		return emptyToNull(sortColumn.getText(element));
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
