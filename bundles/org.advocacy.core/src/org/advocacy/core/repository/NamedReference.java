// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A reference from a header to another object (a customer, a segment, a person, ...): its UUID, to filter and
 * group by and to resolve when needed, and its name, to show without loading anything.
 *
 * @param id   the UUID of the object
 * @param name its name when the header was made; may be {@code null} when it has none
 */
public record NamedReference(String id, String name) {

	/** @throws IllegalArgumentException if the id is blank */
	public NamedReference {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A reference needs the UUID of the object it names");
		}
	}

	/**
	 * @param object an object with a {@code name} attribute, or {@code null}
	 * @return a reference to it, or {@code null} for {@code null} or an object without a UUID
	 */
	public static NamedReference to(EObject object) {
		String id = ObjectIds.of(object);
		if (id == null) {
			return null;
		}
		EStructuralFeature name = object.eIsProxy() ? null : object.eClass().getEStructuralFeature("name");
		return new NamedReference(id, name == null ? null : (String) object.eGet(name));
	}

	/** @return the name, or an empty text when it has none */
	public String label() {
		return name == null ? "" : name;
	}
}
