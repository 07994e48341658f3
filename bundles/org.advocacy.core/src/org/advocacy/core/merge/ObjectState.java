// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One object of one version of a document: its class, where it is contained and its stored feature values —
 * attribute values, UUIDs of referenced objects, and for containments the UUIDs of its children in order.
 *
 * @param id          the object's UUID
 * @param eClass      its class
 * @param parentId    the UUID of its container, or {@code null} for the document's root
 * @param containment the containment that holds it, or {@code null} for the document's root
 * @param values      per stored feature of the document, its value (lists are unmodifiable)
 */
record ObjectState(String id, EClass eClass, String parentId, EReference containment,
		Map<EStructuralFeature, Object> values) {

	/** @return where the object is contained, as one comparable value, or {@code null} for the root */
	Object place() {
		return parentId == null ? null : new Place(parentId, containment);
	}

	/** A position in the containment tree: a container and one of its containments. */
	record Place(String parentId, EReference containment) {
	}

	/** @return this object placed elsewhere */
	ObjectState placedAt(Place place) {
		return new ObjectState(id, eClass, place == null ? null : place.parentId(),
				place == null ? null : place.containment(), values);
	}
}
