// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A page of the engagement editor that can show a model object: the Outline, validation problems and other
 * navigation go through {@link EngagementEditor#reveal(EObject, EStructuralFeature)}, which asks each page in turn.
 * Pages contributed through {@code org.advocacy.ui.engagementEditorPages} implement it to take part.
 */
public interface RevealingPage {

	/**
	 * Shows the object if this page has a field or a row for it (or for one of its containers): activates the page,
	 * scrolls to the field and selects the row.
	 *
	 * @param object  the object to show
	 * @param feature the feature of the object to show, or {@code null} for any field of the object
	 * @param focus   whether the field takes the keyboard focus (navigation from a problem) or the focus stays
	 *                where it is (following the Outline's selection)
	 * @return whether this page showed it
	 */
	boolean reveal(EObject object, EStructuralFeature feature, boolean focus);
}
