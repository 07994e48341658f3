// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.advocacy.model.PlanTask;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a task's start, finish, duration or % complete in place in the task table: double-click the cell (or
 * press F2 for the start), type, press Enter; Escape cancels. The typed value becomes the same gesture as dragging
 * on the timeline, so it ends up as an undoable command; a value that cannot be read is refused with the reason.
 */
public final class CellEditing {

	/** Columns of {@link TaskTable#COLUMNS} that can be edited. */
	static final int START = 2;
	static final int FINISH = 3;
	static final int DAYS = 4;
	static final int PERCENT = 5;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

	private final Table table;
	private final GanttGestures gestures;
	private final TableEditor editor;
	private GanttRows rows;

	/**
	 * @param table    the task table
	 * @param gestures where the edits go
	 */
	public CellEditing(Table table, GanttGestures gestures) {
		this.table = table;
		this.gestures = gestures;
		editor = new TableEditor(table);
		editor.grabHorizontal = true;
		table.addListener(SWT.MouseDoubleClick, event -> {
			TableItem item = table.getItem(new Point(event.x, event.y));
			if (item != null) {
				for (int column = START; column <= PERCENT; column++) {
					if (item.getBounds(column).contains(event.x, event.y)) {
						edit(table.indexOf(item), column);
					}
				}
			}
		});
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && table.getSelectionIndex() >= 0) {
				edit(table.getSelectionIndex(), START);
			}
		});
	}

	/** @param newRows the rows the table shows */
	public void setRows(GanttRows newRows) {
		rows = newRows;
		cancel();
	}

	/**
	 * Opens the in-place editor on a cell.
	 *
	 * @param row    a task row
	 * @param column one of the editable columns
	 * @return the text field, or {@code null} when the cell cannot be edited (phase rows, milestone durations)
	 */
	public Text edit(int row, int column) {
		cancel();
		if (rows == null || row < 0 || row >= rows.size() || rows.row(row).isSummary()) {
			return null;
		}
		Row r = rows.row(row);
		if (r.task().isMilestone() && (column == FINISH || column == DAYS || column == PERCENT)) {
			return null;
		}
		TableItem item = table.getItem(row);
		Text text = new Text(table, SWT.NONE);
		text.setText(item.getText(column).trim().replace("%", ""));
		text.selectAll();
		editor.setEditor(text, item, column);
		text.setFocus();
		text.addListener(SWT.DefaultSelection, event -> commit(text, r, column));
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				cancel();
			}
		});
		text.addListener(SWT.FocusOut, event -> table.getDisplay().asyncExec(() -> {
			if (!text.isDisposed()) {
				commit(text, r, column);
			}
		}));
		return text;
	}

	private void commit(Text text, Row row, int column) {
		String value = text.getText().trim();
		cancel();
		PlanTask task = row.task();
		try {
			switch (column) {
			case START -> gestures.move(task, date(value));
			case FINISH -> gestures.resize(task, row.start(), date(value));
			case DAYS -> {
				int days = Integer.parseInt(value);
				if (days < 1) {
					gestures.invalid("A task lasts at least one working day; for a point in time, make it a milestone.");
				} else {
					gestures.resize(task, row.start(), rows.workingDays().plus(row.start(), days - 1L));
				}
			}
			case PERCENT -> gestures.progress(task, Integer.parseInt(value.replace("%", "").trim()));
			default -> {
			}
			}
		} catch (NumberFormatException e) {
			gestures.invalid("'" + value + "' is not a whole number.");
		} catch (DateTimeParseException e) {
			gestures.invalid("'" + value + "' is not a date; type it like 7 Dec 26 or 2026-12-07.");
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value, SHOWN);
		} catch (DateTimeParseException e) {
			return LocalDate.parse(value);
		}
	}

	private void cancel() {
		if (editor.getEditor() != null && !editor.getEditor().isDisposed()) {
			editor.getEditor().dispose();
		}
		editor.setEditor(null);
	}
}
