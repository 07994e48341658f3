// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * Presents one EMF.Edit {@link IItemPropertyDescriptor} as a Properties-view {@link IPropertyDescriptor}: values
 * read as {@link ValueText} says, and editable properties get the cell editor {@link PropertyCellEditors} chooses.
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final ValueText valueText;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, ValueText valueText) {
		this.object = object;
		this.descriptor = descriptor;
		this.valueText = valueText;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return PropertyCellEditors.create(parent, object, descriptor, valueText);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return valueText.of(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter
				&& descriptor.getId(object).equals(adapter.descriptor.getId(adapter.object));
	}
}
