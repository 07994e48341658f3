// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down cell editor offering a fixed list of values (enumeration literals, the objects a reference may point
 * to, yes/no), each named by its {@link ValueText}; {@code null} in the list is offered as "(none)".
 */
public final class ChoiceCellEditor extends ComboBoxViewerCellEditor {

	/** Stands for {@code null} in the drop-down, where viewers cannot show {@code null}. */
	private static final Object NONE = new Object();

	/**
	 * @param parent    the table or tree edited
	 * @param choices   the values offered; a {@code null} among them is offered as "(none)"
	 * @param valueText how the values read
	 */
	public ChoiceCellEditor(Composite parent, Collection<?> choices, ValueText valueText) {
		super(parent, SWT.READ_ONLY);
		setContentProvider(ArrayContentProvider.getInstance());
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == NONE ? "(none)" : valueText.of(element);
			}
		});
		setChoices(choices);
	}

	/** @param choices the values offered from now on; a {@code null} among them is offered as "(none)" */
	public void setChoices(Collection<?> choices) {
		List<Object> offered = choices.stream().map(choice -> choice == null ? NONE : (Object) choice).toList();
		setInput(offered);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? NONE : value);
	}

	@Override
	protected Object doGetValue() {
		Object value = super.doGetValue();
		return value == NONE ? null : value;
	}
}
