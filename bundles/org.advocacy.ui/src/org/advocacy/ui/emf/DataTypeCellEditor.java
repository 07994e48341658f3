// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a value of an EMF data type: shows the value as {@link DataTypeText} formats it, parses
 * the text back into a value, and refuses text that is not a valid value with a message saying what to type.
 */
final class DataTypeCellEditor extends TextCellEditor {

	private final DataTypeText conversion;

	DataTypeCellEditor(Composite parent, DataTypeText conversion) {
		super(parent);
		this.conversion = conversion;
		setValidator(value -> value instanceof String text ? conversion.problem(text) : null);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(conversion.format(value));
	}

	@Override
	protected Object doGetValue() {
		return conversion.parse((String) super.doGetValue());
	}
}
