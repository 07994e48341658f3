// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.Objects;

/**
 * Names one document of a repository: its kind and the UUID of its root object, the same in a file and on a
 * server.
 *
 * @param kind the kind of document
 * @param uuid the UUID of its root object (for the catalog, of the repository root)
 */
public record DocumentId(DocumentKind kind, String uuid) {

	/** @throws IllegalArgumentException if the UUID is blank */
	public DocumentId {
		Objects.requireNonNull(kind, "kind");
		if (uuid == null || uuid.isBlank()) {
			throw new IllegalArgumentException("A " + kind.name().toLowerCase(java.util.Locale.ROOT)
					+ " document needs the UUID of its root object");
		}
	}

	/** @return the id of an engagement document */
	public static DocumentId engagement(String uuid) {
		return new DocumentId(DocumentKind.ENGAGEMENT, uuid);
	}

	/** @return the id of a customer document */
	public static DocumentId customer(String uuid) {
		return new DocumentId(DocumentKind.CUSTOMER, uuid);
	}

	@Override
	public String toString() {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + uuid;
	}
}
