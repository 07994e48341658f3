// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a row in place in the task table: double-click a cell (or press F2 for the name), type or choose, press
 * Enter; Escape cancels. A task's name, owner (chosen from the organization's people), start, finish, duration, %
 * complete and commitment date can be edited, and a phase's name. The value becomes the same gesture as dragging on
 * the timeline, so it ends up as an undoable command; a value that cannot be read is refused with the reason.
 */
public final class CellEditing {

	/** The column of a task's or phase's name, the first of {@link TaskTable#COLUMNS}. */
	public static final int NAME = 0;
	/* The other columns of {@link TaskTable#COLUMNS} that can be edited. */
	static final int OWNER = 1;
	static final int START = 2;
	static final int FINISH = 3;
	static final int DAYS = 4;
	static final int PERCENT = 5;
	static final int COMMITTED = 6;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
	private static final String NOBODY = "(nobody)";

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
				for (int column = NAME; column <= COMMITTED; column++) {
					if (item.getBounds(column).contains(event.x, event.y)) {
						edit(table.indexOf(item), column);
					}
				}
			}
		});
		table.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F2 && table.getSelectionIndex() >= 0) {
				edit(table.getSelectionIndex(), NAME);
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
	 * @param row    a row of the table
	 * @param column one of the editable columns
	 * @return the text field or, for the owner, the combo; {@code null} when the cell cannot be edited (a phase's
	 *         dates, a milestone's duration)
	 */
	public Control edit(int row, int column) {
		cancel();
		if (rows == null || row < 0 || row >= rows.size()) {
			return null;
		}
		Row r = rows.row(row);
		if (r.isSummary() ? column != NAME
				: r.task().isMilestone() && (column == FINISH || column == DAYS || column == PERCENT)) {
			return null;
		}
		TableItem item = table.getItem(row);
		Control control = column == OWNER ? ownerCombo(r.task()) : nameOrValueText(r, item.getText(column), column);
		editor.setEditor(control, item, column);
		control.setFocus();
		control.addListener(SWT.DefaultSelection, event -> commit(control, r, column));
		control.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				cancel();
			}
		});
		control.addListener(SWT.FocusOut, event -> table.getDisplay().asyncExec(() -> {
			if (!control.isDisposed() && !control.isFocusControl()) {
				commit(control, r, column);
			}
		}));
		return control;
	}

	private Text nameOrValueText(Row row, String shown, int column) {
		Text text = new Text(table, SWT.NONE);
		String value = column == NAME ? (row.isSummary() ? row.phase().getName() : row.task().getName()) : shown;
		text.setText(value == null ? "" : value.trim().replace("%", ""));
		text.selectAll();
		return text;
	}

	private CCombo ownerCombo(PlanTask task) {
		CCombo combo = new CCombo(table, SWT.READ_ONLY | SWT.FLAT);
		List<Person> people = people(task);
		combo.add(NOBODY);
		people.forEach(person -> combo.add(person.getName()));
		combo.setData(people);
		combo.select(task.getOwner() == null ? 0 : people.indexOf(task.getOwner()) + 1);
		combo.addListener(SWT.Selection, event -> {
			if (!combo.getListVisible()) {
				commit(combo, null, OWNER, task);
			}
		});
		return combo;
	}

	private static List<Person> people(PlanTask task) {
		return EcoreUtil.getRootContainer(task) instanceof AdvocacyRepository repository
				&& repository.getOrganization() != null ? new ArrayList<>(repository.getOrganization().getPeople())
						: List.of();
	}

	private void commit(Control control, Row row, int column) {
		if (control instanceof CCombo combo) {
			commit(combo, row, column, row.task());
			return;
		}
		String value = ((Text) control).getText().trim();
		cancel();
		try {
			switch (column) {
			case NAME -> rename(row, value);
			case START -> gestures.move(row.task(), date(value));
			case FINISH -> gestures.resize(row.task(), row.start(), date(value));
			case DAYS -> days(row, Integer.parseInt(value));
			case PERCENT -> gestures.progress(row.task(), Integer.parseInt(value.replace("%", "").trim()));
			case COMMITTED -> gestures.commit(row.task(), value.isEmpty() ? null : date(value));
			default -> {
			}
			}
		} catch (NumberFormatException e) {
			gestures.invalid("'" + value + "' is not a whole number.");
		} catch (DateTimeParseException e) {
			gestures.invalid("'" + value + "' is not a date; type it like 7 Dec 26 or 2026-12-07.");
		}
	}

	@SuppressWarnings("unchecked")
	private void commit(CCombo combo, Row row, int column, PlanTask task) {
		if (combo.isDisposed() || column != OWNER) {
			return;
		}
		int index = combo.getSelectionIndex();
		List<Person> people = (List<Person>) combo.getData();
		cancel();
		Person owner = index <= 0 ? null : people.get(index - 1);
		if (owner != task.getOwner()) {
			gestures.assign(task, owner);
		}
	}

	private void rename(Row row, String name) {
		if (name.isEmpty()) {
			gestures.invalid((row.isSummary() ? "A phase" : "A task") + " needs a name.");
		} else {
			gestures.rename(row.isSummary() ? row.phase() : row.task(), name);
		}
	}

	private void days(Row row, int days) {
		if (days < 1) {
			gestures.invalid("A task lasts at least one working day; for a point in time, make it a milestone.");
		} else {
			gestures.resize(row.task(), row.start(), rows.workingDays().plus(row.start(), days - 1L));
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value, SHOWN);
		} catch (DateTimeParseException e) {
			return LocalDate.parse(value);
		}
	}

	/** @return whether an in-place editor is open */
	public boolean isEditing() {
		return editor.getEditor() != null && !editor.getEditor().isDisposed();
	}

	private void cancel() {
		if (isEditing()) {
			editor.getEditor().dispose();
		}
		editor.setEditor(null);
	}
}
