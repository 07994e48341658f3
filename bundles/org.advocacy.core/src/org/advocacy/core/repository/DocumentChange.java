// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.Objects;

/**
 * One document that changed: ids and version only. Readers load what they need (headers, bodies) themselves, so a
 * change notification never carries content past access control.
 *
 * @param id      the document
 * @param version its new version
 * @param deleted whether it was deleted
 */
public record DocumentChange(DocumentId id, long version, boolean deleted) {

	/** @throws NullPointerException if the id is missing */
	public DocumentChange {
		Objects.requireNonNull(id, "id");
	}
}
