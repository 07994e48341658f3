// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ColumnLabelProvider;

/**
 * A table column showing one feature of the row object, or of an object reached through a path of single-valued
 * references (for example engagement → customer → segment → name). The text is the {@link ValueText} of the
 * value, so enumerations, dates and references read exactly as in the Properties view.
 */
public class FeatureColumnLabelProvider extends ColumnLabelProvider {

	private final ValueText valueText;
	private final EStructuralFeature[] path;

	/**
	 * @param valueText how values read
	 * @param path      the references to follow, then the feature to show
	 */
	public FeatureColumnLabelProvider(ValueText valueText, EStructuralFeature... path) {
		this.valueText = valueText;
		this.path = path.clone();
	}

	@Override
	public String getText(Object element) {
		return valueText.of(getValue(element));
	}

	/** @return the value at the end of the path for the element; {@code null} when the path is broken */
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
}
