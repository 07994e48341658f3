// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

/** Finds the controls a test drives inside a part, a page or a dialog, the way a user finds them: by kind and label. */
public final class Widgets {

	private Widgets() {
	}

	/**
	 * @param root  a control, such as a dialog's shell
	 * @param label the button's text, with or without its mnemonic {@code &}
	 * @return the first button with that text among the root's descendants
	 * @throws AssertionError when there is none
	 */
	public static Button button(Control root, String label) {
		String wanted = withoutMnemonic(label);
		return findAll(root, Button.class).stream().filter(button -> withoutMnemonic(button.getText()).equals(wanted))
				.findFirst().orElseThrow(() -> new AssertionError("no button '" + wanted + "' in " + root));
	}

	/**
	 * @param root a control, such as a part's or a page's
	 * @param type a kind of control
	 * @return the first of the root's descendants of that kind, depth first
	 */
	public static <T extends Control> Optional<T> find(Control root, Class<T> type) {
		return findAll(root, type).stream().findFirst();
	}

	/**
	 * @param root a control, such as a part's or a page's
	 * @param type a kind of control
	 * @return every one of the root's descendants of that kind, depth first
	 */
	public static <T extends Control> List<T> findAll(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	/**
	 * Clicks a button as a user would, then runs the pending events: a radio button becomes the one selected among
	 * its siblings, a check box toggles.
	 *
	 * @param button a push, radio or check button
	 */
	public static void click(Button button) {
		if ((button.getStyle() & SWT.RADIO) != 0) {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof Button radio && (radio.getStyle() & SWT.RADIO) != 0) {
					radio.setSelection(radio == button);
				}
			}
		} else if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
	}

	/**
	 * Selects a table row as a user's click would (the table's viewer hears of it), then runs the pending events.
	 *
	 * @param table a table
	 * @param row   the row's index
	 */
	public static void select(Table table, int row) {
		table.setSelection(row);
		Event event = new Event();
		event.item = table.getItem(row);
		table.notifyListeners(SWT.Selection, event);
		DisplayEvents.processEvents();
	}

	private static <T extends Control> void collect(Control root, Class<T> type, List<T> found) {
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (type.isInstance(child)) {
					found.add(type.cast(child));
				}
				collect(child, type, found);
			}
		}
	}

	private static String withoutMnemonic(String text) {
		return text.replace("&", "");
	}
}
