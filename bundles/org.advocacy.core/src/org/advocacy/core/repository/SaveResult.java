// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of saving, creating or deleting one document: it was written ({@link Saved}), or someone else saved
 * it since the version the caller started from ({@link VersionConflict}) and nothing was written. Refusals for
 * lack of rights are not results but {@link ForbiddenException}s, so the two are never confused.
 */
public sealed interface SaveResult {

	/** @return the document */
	DocumentId id();

	/**
	 * The document was written.
	 *
	 * @param id      the document
	 * @param version its new version (the caller's model records it as the version loaded)
	 */
	record Saved(DocumentId id, long version) implements SaveResult {

		/** @throws NullPointerException if the id is missing */
		public Saved {
			Objects.requireNonNull(id, "id");
		}
	}

	/**
	 * Nothing was written: the stored document is no longer the version the caller loaded. The caller merges three
	 * ways (the version it loaded, the current one, its own; see {@code org.advocacy.core.merge}) and saves the
	 * result with {@code currentVersion} as the expected version.
	 *
	 * @param id              the document
	 * @param expectedVersion the version the caller said it started from
	 * @param currentVersion  the version stored now
	 * @param deleted         whether the document was deleted meanwhile (an edit-versus-delete conflict)
	 * @param changedBy       who saved the current version, or {@code null} when the store does not know
	 * @param changedAt       when, or {@code null} when the store does not know
	 */
	record VersionConflict(DocumentId id, long expectedVersion, long currentVersion, boolean deleted,
			String changedBy, Instant changedAt) implements SaveResult {

		/** @throws NullPointerException if the id is missing */
		public VersionConflict {
			Objects.requireNonNull(id, "id");
		}

		/** @return what happened, for a message: "ADV-… was changed by … at …" without the document's name */
		public String describe() {
			String what = deleted ? "deleted" : "changed";
			return "The " + id.kind().name().toLowerCase(java.util.Locale.ROOT) + " was " + what
					+ (changedBy == null ? " by someone else" : " by " + changedBy)
					+ (changedAt == null ? "" : " at " + changedAt) + " since version " + expectedVersion
					+ " was loaded";
		}
	}
}
