// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import org.advocacy.model.AreaKind;

/**
 * A functional area to create, with an empty who-to-call ladder that the organization then staffs.
 *
 * @param name the area's name, such as "Engineering"
 * @param kind what kind of area it is ({@link AreaKind#OTHER} for one of the organization's own)
 */
public record AreaTemplate(String name, AreaKind kind) {

	/** @throws IllegalArgumentException when the name is blank or the kind missing */
	public AreaTemplate {
		name = Texts.required(name, "a functional area needs a name");
		if (kind == null) {
			throw new IllegalArgumentException("the functional area " + name + " needs a kind");
		}
	}
}
