// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.FeatureCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's {@link IPropertySource} for a model object, backed by the EMF.Edit item property
 * descriptors of its generated item provider: names, categories, descriptions and choices are theirs, values read
 * as {@link ValueText} says. Editable properties are edited in place (see {@link PropertyCellEditors}); every
 * change is a set command ({@link FeatureCommands}) on the object's editing domain, so Edit &gt; Undo in any part of
 * that file undoes it. Objects outside an editing domain are shown read-only.
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
		return descriptors.stream()
				.map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor, valueText))
				.toArray(IPropertyDescriptor[]::new);
	}

	/**
	 * @return the feature value, wrapped so that the Properties view neither expands referenced objects into
	 *         nested properties nor hands the cell editor anything but the value itself
	 */
	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor == null ? null : new PropertyValue(featureValue(descriptor));
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	/** Restores the feature's default value, as an undoable command. */
	@Override
	public void resetPropertyValue(Object id) {
		execute(id, null, true);
	}

	/** Sets the feature to the value chosen in the cell editor, as an undoable command. */
	@Override
	public void setPropertyValue(Object id, Object value) {
		execute(id, value instanceof PropertyValue wrapped ? wrapped.getEditableValue() : value, false);
	}

	private void execute(Object id, Object value, boolean reset) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
		if (descriptor == null || domain == null || !(object instanceof EObject owner)
				|| !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
				|| !reset && Objects.equals(featureValue(descriptor), value)) {
			return;
		}
		Command command = reset ? FeatureCommands.unset(domain, owner, feature)
				: FeatureCommands.set(domain, owner, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private Object featureValue(IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(object);
		// Property values arrive wrapped (ItemPropertyDescriptor.PropertyValueWrapper) around the feature value.
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	/** A property's value as the Properties view sees it: the value to edit, with no nested properties. */
	private record PropertyValue(Object value) implements IPropertySource {

		@Override
		public Object getEditableValue() {
			return value;
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			return new IPropertyDescriptor[0];
		}

		@Override
		public Object getPropertyValue(Object id) {
			return null;
		}

		@Override
		public boolean isPropertySet(Object id) {
			return false;
		}

		@Override
		public void resetPropertyValue(Object id) {
			// a plain value has no properties
		}

		@Override
		public void setPropertyValue(Object id, Object newValue) {
			// a plain value has no properties
		}
	}
}
