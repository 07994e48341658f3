// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved version of a document in a repository's history, with the feature-level change log the server wrote
 * for it. History is append-only and written only by the store's own save path.
 *
 * @param id        the document
 * @param version   the version this save produced
 * @param changedAt when
 * @param changedBy who (the server's user name)
 * @param client    from which program, e.g. "Advocacy Workbench 1.0 on host" or "advocacy cli"
 * @param deleted   whether this save deleted the document
 * @param changes   what changed, per object and feature
 */
public record HistoryEntry(DocumentId id, long version, Instant changedAt, String changedBy, String client,
		boolean deleted, List<Change> changes) {

	/**
	 * One feature of one object changed by a save.
	 *
	 * @param objectId   the object's UUID
	 * @param objectType the object's class, e.g. {@code LadderAttempt}
	 * @param feature    the feature's name, e.g. {@code outcome}
	 * @param oldValue   the value before, as text ({@code null} when unset or when the object was added)
	 * @param newValue   the value after, as text ({@code null} when unset or when the object was removed)
	 */
	public record Change(String objectId, String objectType, String feature, String oldValue, String newValue) {
	}

	/** Takes an unmodifiable copy of the changes. */
	public HistoryEntry {
		Objects.requireNonNull(id, "id");
		changes = List.copyOf(changes);
	}
}
