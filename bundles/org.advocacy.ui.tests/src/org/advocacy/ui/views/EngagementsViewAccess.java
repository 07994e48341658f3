// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
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
}
