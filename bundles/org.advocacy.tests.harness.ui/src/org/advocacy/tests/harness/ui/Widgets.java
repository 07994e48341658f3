// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds the controls a test drives inside a part, a page or a dialog, the way a user finds them: by kind and label. */
public final class Widgets {

	private Widgets() {
	}

	/**
	 * @param parent a composite, such as a dialog's shell
	 * @param label  the button's text, with or without its mnemonic {@code &}
	 * @return the first button with that text among the composite's descendants
	 * @throws AssertionError when there is none
	 */
	public static Button button(Composite parent, String label) {
		String wanted = withoutMnemonic(label);
		return findAll(parent, Button.class).stream().filter(button -> withoutMnemonic(button.getText()).equals(wanted))
				.findFirst().orElseThrow(() -> new AssertionError("no button '" + wanted + "' in " + parent));
	}

	/**
	 * @param parent a composite
	 * @param type   a kind of control
	 * @return the first descendant of that kind, depth first
	 */
	public static <T extends Control> Optional<T> find(Composite parent, Class<T> type) {
		return findAll(parent, type).stream().findFirst();
	}

	/**
	 * @param parent a composite
	 * @param type   a kind of control
	 * @return every descendant of that kind, depth first
	 */
	public static <T extends Control> List<T> findAll(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(parent, type, found);
		return found;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> found) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, found);
			}
		}
	}

	private static String withoutMnemonic(String text) {
		return text.replace("&", "");
	}
}
