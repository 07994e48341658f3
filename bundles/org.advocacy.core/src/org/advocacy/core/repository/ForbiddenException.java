// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * The user may not do this: read a document of another team, write with a read-only role, change reference data
 * as an advocate. Nothing was written. Distinct from a version conflict, which merging resolves; this one only
 * another role resolves.
 */
public class ForbiddenException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	private final DocumentId document;

	/**
	 * @param message  who may not do what, e.g. "alice (read-only) may not change engagement ADV-0042"
	 * @param document the document concerned, or {@code null}
	 * @param cause    the server's refusal, or {@code null}
	 */
	public ForbiddenException(String message, DocumentId document, Throwable cause) {
		super(message, cause);
		this.document = document;
	}

	/** @return the document concerned, or {@code null} */
	public DocumentId document() {
		return document;
	}
}
