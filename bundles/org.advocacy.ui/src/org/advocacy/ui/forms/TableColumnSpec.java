// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of a {@link FeatureTable}.
 *
 * @param title    the header
 * @param width    the initial width in pixels
 * @param feature  the feature of the row's object shown
 * @param editable whether the cell is edited in place
 */
public record TableColumnSpec(String title, int width, EStructuralFeature feature, boolean editable) {

	/** @return an editable column */
	public static TableColumnSpec edit(String title, int width, EStructuralFeature feature) {
		return new TableColumnSpec(title, width, feature, true);
	}

	/** @return a read-only column */
	public static TableColumnSpec show(String title, int width, EStructuralFeature feature) {
		return new TableColumnSpec(title, width, feature, false);
	}
}
