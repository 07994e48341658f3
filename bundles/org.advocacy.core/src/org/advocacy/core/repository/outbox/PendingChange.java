// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

import org.advocacy.core.repository.DocumentId;

/**
 * A document waiting in an {@link Outbox} to be saved.
 *
 * @param id          the document
 * @param label       what the user calls it, e.g. "ADV-0042 Payroll outage"
 * @param baseVersion the stored version the user's edits started from; empty for a document created while the
 *                    repository could not be reached
 * @param queuedAt    when it was put into the outbox (last, when it was put there again)
 * @param reason      why it could not be saved, as the repository said
 * @param file        the outbox file holding it
 */
public record PendingChange(DocumentId id, String label, OptionalLong baseVersion, Instant queuedAt, String reason,
		Path file) {

	/** @throws NullPointerException when a part is missing */
	public PendingChange {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(baseVersion, "baseVersion");
		Objects.requireNonNull(queuedAt, "queuedAt");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(file, "file");
	}
}
