// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;

import java.util.Arrays;

import org.advocacy.model.Engagement;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;

/** Lets tests in other packages drive the Engagements view's table like a user. */
public final class EngagementsViewAccess {

	private EngagementsViewAccess() {
	}

	/**
	 * @param page the workbench page showing the view
	 * @return the Engagements view's table
	 */
	public static Table table(IWorkbenchPage page) {
		return ((EngagementsView) page.findView(EngagementsView.ID)).getViewer().getTable();
	}

	/**
	 * Double-clicks the row of an engagement.
	 *
	 * @param page the workbench page showing the view
	 * @param key  the engagement's case number
	 */
	public static void doubleClick(IWorkbenchPage page, String key) {
		EngagementsView view = (EngagementsView) page.findView(EngagementsView.ID);
		Table table = view.getViewer().getTable();
		processEvents();
		TableItem row = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(key)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + key));
		table.setSelection(row);
		Event event = new Event();
		event.item = row;
		table.notifyListeners(SWT.DefaultSelection, event);
	}

	/**
	 * @param page       the workbench page showing the view
	 * @param engagement an engagement of the repository shown
	 * @return the tooltip of its Status cell: why it has its colour code
	 */
	public static String statusTooltip(IWorkbenchPage page, Engagement engagement) {
		TableViewer viewer = ((EngagementsView) page.findView(EngagementsView.ID)).getViewer();
		TableColumn[] columns = viewer.getTable().getColumns();
		for (int column = 0; column < columns.length; column++) {
			if (columns[column].getText().equals("Status")) {
				return ((CellLabelProvider) viewer.getLabelProvider(column)).getToolTipText(engagement);
			}
		}
		throw new AssertionError("no Status column");
	}
}
