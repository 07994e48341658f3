// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.core.schedule.PlanChanges.TaskChange;
import org.advocacy.model.PlanTask;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The task list left of the timeline: a virtual table (only the rows scrolled into view are filled) with each
 * phase of value as a bold summary row with a twistie (▾ expanded, ▸ collapsed, see {@link PhaseFolding})
 * followed by its indented tasks and milestones, and their owner, scheduled start and finish, duration, % complete
 * and commitment date. Critical tasks are named in red, like their bars. Several rows can be selected (to delete or
 * baseline them together). When changes since publication are shown, tasks added since have a green background and
 * tasks changed since an amber one, as on the timeline.
 */
public final class TaskTable {

	/** The column titles, in order. */
	public static final String[] COLUMNS = { "Task", "Owner", "Start", "Finish", "Days", "%", "Committed" };
	private static final int[] WIDTHS = { 220, 110, 82, 82, 44, 40, 82 };
	/** The twistie of an expanded phase, at the start of its name. */
	public static final String EXPANDED = "\u25BE ";
	/** The twistie of a collapsed phase. */
	public static final String COLLAPSED = "\u25B8 ";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

	private final Table table;
	private final GanttResources resources;
	private GanttRows rows;

	/**
	 * @param parent    the parent
	 * @param resources fonts and colours, owned by the caller
	 */
	public TaskTable(Composite parent, GanttResources resources) {
		this.resources = resources;
		table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(false);
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, i >= 4 && i <= 5 ? SWT.RIGHT : SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
		}
		table.addListener(SWT.SetData, this::fill);
	}

	/** @return the table widget */
	public Table getTable() {
		return table;
	}

	/**
	 * @param newRows      the rows to show; only the visible ones are filled
	 * @param selectedRows the rows to select
	 */
	public void setRows(GanttRows newRows, int[] selectedRows) {
		rows = newRows;
		table.setItemCount(rows == null ? 0 : rows.size());
		table.clearAll();
		int[] valid = Arrays.stream(selectedRows).filter(row -> row >= 0 && row < table.getItemCount())
				.toArray();
		if (valid.length > 0) {
			table.setSelection(valid);
		} else {
			table.deselectAll();
		}
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (rows == null || index < 0 || index >= rows.size()) {
			return;
		}
		Row row = rows.row(index);
		String[] text = texts(row, rows.isCollapsed(row.phase()));
		item.setText(text);
		if (row.isSummary()) {
			item.setFont(resources.bold);
			return;
		}
		if (row.isCritical()) {
			item.setForeground(0, resources.criticalProgress);
		}
		TaskChange change = rows.changeOf(row.task());
		if (change != null && change.kind() != PlanChanges.Kind.UNCHANGED) {
			item.setBackground(change.kind() == PlanChanges.Kind.ADDED ? resources.added : resources.changed);
		}
	}

	/**
	 * @param row       a row
	 * @param collapsed whether the row's phase is collapsed
	 * @return the cell texts of the row, in {@link #COLUMNS} order
	 */
	public static String[] texts(Row row, boolean collapsed) {
		if (row.isSummary()) {
			return new String[] { (collapsed ? COLLAPSED : EXPANDED) + row.phase().getName(), "", date(row.start()),
					date(row.finish()), "", "", "" };
		}
		PlanTask task = row.task();
		return new String[] { "    " + (task.isMilestone() ? "◆ " : "") + task.getName(),
				task.getOwner() == null ? "" : task.getOwner().getName(), date(row.start()), date(row.finish()),
				task.isMilestone() ? "0" : Integer.toString(task.getDurationDays()),
				task.getPercentComplete() + "%", date(task.getCommitmentDate()) };
	}

	private static String date(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}
}
