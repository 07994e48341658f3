// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's {@link IPropertySource} for a model object, backed by the EMF.Edit item property
 * descriptors of its generated item provider: names, categories, descriptions and value texts are theirs.
 * Values are shown read-only; editing happens in the editors, through commands.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;
	private final ValueText valueText;

	/**
	 * @param object             the model object
	 * @param itemPropertySource its item provider
	 * @param valueText          how values read
	 */
	public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, ValueText valueText) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.valueText = valueText;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		return descriptors.stream().map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// Property values arrive wrapped (ItemPropertyDescriptor.PropertyValueWrapper) around the feature value.
		Object featureValue = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
		return valueText.of(featureValue);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only: changes are made in the editors, as undoable commands.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only: changes are made in the editors, as undoable commands.
	}
}
