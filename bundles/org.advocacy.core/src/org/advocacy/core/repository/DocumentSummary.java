// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored document without its body: enough to list the management reviews or to see what is there.
 *
 * @param id        the document
 * @param version   its current version
 * @param label     what to call it: a review's date, a customer's name, the organization's name
 * @param changedBy who saved it last, or {@code null} when the store does not know (files)
 * @param changedAt when, or {@code null} when the store does not know
 */
public record DocumentSummary(DocumentId id, long version, String label, String changedBy, Instant changedAt) {

	/** @throws NullPointerException if the id is missing */
	public DocumentSummary {
		Objects.requireNonNull(id, "id");
	}
}
