// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Read-only drop-downs offering a fixed list of values, each shown by a text of its own. */
public final class ChoiceViewers {

	private ChoiceViewers() {
	}

	/**
	 * @param parent  where the drop-down goes
	 * @param choices the values offered, in this order
	 * @param text    how a value reads
	 * @return a new read-only drop-down offering the values, none selected
	 */
	public static ComboViewer create(Composite parent, List<?> choices, Function<Object, String> text) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		viewer.setInput(choices);
		return viewer;
	}
}
