// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Which phases of value show their tasks, and the tree gestures of the task table that change it: a click on a
 * phase's twistie or a double-click on its name toggles it; on the keyboard {@code +} or Right expands the selected
 * phase, {@code -} collapses the phase of the selected row, Left collapses a phase or goes from a task up to its
 * phase, like a tree. The state is a view setting, not part of the plan: it is remembered per phase for as long
 * as the phase exists (weakly), so it survives the chart's refresh after every command and switching between
 * engagements.
 */
public final class PhaseFolding {

	private final Set<PhaseOfValue> collapsed = Collections.newSetFromMap(new WeakHashMap<>());
	private final Table table;
	private final Runnable changed;
	private GanttRows rows;

	/**
	 * @param table   the task table
	 * @param changed run after the folding changed, to show the rows again
	 */
	public PhaseFolding(Table table, Runnable changed) {
		this.table = table;
		this.changed = changed;
		table.addListener(SWT.MouseDown, this::mouseDown);
		table.addListener(SWT.MouseDoubleClick, this::doubleClick);
		table.addListener(SWT.KeyDown, this::key);
	}

	/** @param newRows the rows the table shows */
	public void setRows(GanttRows newRows) {
		rows = newRows;
	}

	/** @return the collapsed phases (a live, unmodifiable view) */
	public Set<PhaseOfValue> collapsed() {
		return Collections.unmodifiableSet(collapsed);
	}

	/** @return whether a phase shows its tasks */
	public boolean isExpanded(PhaseOfValue phase) {
		return !collapsed.contains(phase);
	}

	/**
	 * Shows or hides a phase's tasks.
	 *
	 * @param phase    a phase of the plan shown
	 * @param expanded whether its tasks are shown
	 */
	public void setExpanded(PhaseOfValue phase, boolean expanded) {
		if (expanded ? collapsed.remove(phase) : collapsed.add(phase)) {
			changed.run();
		}
	}

	/** Shows the tasks of every phase of a plan. */
	public void expandAll(GetWellPlan plan) {
		if (plan != null && collapsed.removeAll(plan.getPhases())) {
			changed.run();
		}
	}

	/** Shows only the summary row of every phase of a plan. */
	public void collapseAll(GetWellPlan plan) {
		if (plan != null && collapsed.addAll(plan.getPhases())) {
			changed.run();
		}
	}

	private Row rowAt(int index) {
		return rows == null || index < 0 || index >= rows.size() ? null : rows.row(index);
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		TableItem item = table.getItem(new Point(event.x, event.y));
		Row row = item == null ? null : rowAt(table.indexOf(item));
		if (row != null && row.isSummary() && onTwistie(item, event.x)) {
			setExpanded(row.phase(), !isExpanded(row.phase()));
		}
	}

	private void doubleClick(Event event) {
		TableItem item = table.getItem(new Point(event.x, event.y));
		Row row = item == null ? null : rowAt(table.indexOf(item));
		if (row != null && row.isSummary() && item.getBounds(0).contains(event.x, event.y)
				&& !onTwistie(item, event.x)) {
			setExpanded(row.phase(), !isExpanded(row.phase()));
		}
	}

	/** @return whether x is on the twistie at the start of the item's first cell */
	private boolean onTwistie(TableItem item, int x) {
		Rectangle text = item.getTextBounds(0);
		GC gc = new GC(table);
		try {
			gc.setFont(item.getFont());
			int width = gc.textExtent(TaskTable.EXPANDED).x;
			return x >= item.getBounds(0).x && x <= text.x + width + 2;
		} finally {
			gc.dispose();
		}
	}

	private void key(Event event) {
		Row row = rowAt(table.getSelectionIndex());
		if (row == null || (event.stateMask & (SWT.ALT | SWT.MOD1)) != 0) {
			return; // Alt+Shift+arrows indent, outdent and move rows (see PlanKeys)
		}
		boolean plus = event.keyCode == SWT.KEYPAD_ADD || event.character == '+';
		boolean minus = event.keyCode == SWT.KEYPAD_SUBTRACT || event.character == '-';
		if (row.isSummary() && (plus || event.keyCode == SWT.ARROW_RIGHT)) {
			setExpanded(row.phase(), true);
		} else if (row.isSummary() && (minus || event.keyCode == SWT.ARROW_LEFT)) {
			setExpanded(row.phase(), false);
		} else if (minus) {
			setExpanded(row.phase(), false);
		} else if (event.keyCode == SWT.ARROW_LEFT) {
			selectPhaseOf(row);
		} else {
			return;
		}
		event.doit = false;
	}

	private void selectPhaseOf(Row row) {
		int summary = rows.rowOf(row.phase());
		table.setSelection(summary);
		table.showSelection();
		table.notifyListeners(SWT.Selection, new Event());
	}
}
