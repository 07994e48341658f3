// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ColumnLabelProvider;

/**
 * A table column showing one feature of the row object, or of an object reached through a path of single-valued
 * references (for example engagement → customer → segment). The text is the one the item property descriptor
 * gives, so enumerations, dates and references read exactly as in the Properties view.
 */
public class FeatureColumnLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final EStructuralFeature[] path;

	/**
	 * @param adapterFactory the factory of item providers
	 * @param path           the references to follow, then the feature to show
	 */
	public FeatureColumnLabelProvider(AdapterFactory adapterFactory, EStructuralFeature... path) {
		this.adapterFactory = adapterFactory;
		this.path = path.clone();
	}

	@Override
	public String getText(Object element) {
		Object owner = element;
		for (int i = 0; i < path.length - 1; i++) {
			if (!(owner instanceof EObject eObject)) {
				return "";
			}
			owner = eObject.eGet(path[i]);
		}
		return owner instanceof EObject eObject ? featureText(eObject, path[path.length - 1]) : "";
	}

	/** @return the value of the path for the element, for sorting; {@code null} when the path is broken */
	public Object getValue(Object element) {
		Object owner = element;
		for (EStructuralFeature feature : path) {
			if (!(owner instanceof EObject eObject)) {
				return null;
			}
			owner = eObject.eGet(feature);
		}
		return owner;
	}

	private String featureText(EObject owner, EStructuralFeature feature) {
		Object value = owner.eGet(feature);
		if (value == null) {
			return "";
		}
		Object source = adapterFactory.adapt(owner, IItemPropertySource.class);
		if (source instanceof IItemPropertySource propertySource) {
			IItemPropertyDescriptor descriptor = propertySource.getPropertyDescriptor(owner, feature);
			if (descriptor != null) {
				IItemLabelProvider labels = descriptor.getLabelProvider(owner);
				return labels.getText(value);
			}
		}
		return String.valueOf(value);
	}
}
