// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.List;
import java.util.Objects;

/**
 * One customer as lists and the customer base of the metrics (customers per engagement, by segment, business unit
 * and product line) see it, without its contacts and notes.
 *
 * @param id           the customer's UUID
 * @param name         the name
 * @param segment      the segment, or {@code null}
 * @param businessUnit the business unit, or {@code null}
 * @param productLines the product lines bought
 * @param version      the store's version of the customer document
 */
public record CustomerHeader(String id, String name, NamedReference segment, NamedReference businessUnit,
		List<NamedReference> productLines, long version) {

	/** Takes an unmodifiable copy of the product lines. */
	public CustomerHeader {
		Objects.requireNonNull(id, "id");
		productLines = List.copyOf(productLines);
	}

	/** @return the document this header describes */
	public DocumentId documentId() {
		return DocumentId.customer(id);
	}
}
