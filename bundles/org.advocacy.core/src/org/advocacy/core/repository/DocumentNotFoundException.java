// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/** The document, or the version of it asked for, is not in the repository (or no longer is). */
public class DocumentNotFoundException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	private final DocumentId document;

	/**
	 * @param message  which document or version is missing, and where
	 * @param document the document
	 */
	public DocumentNotFoundException(String message, DocumentId document) {
		super(message);
		this.document = document;
	}

	/** @return the document */
	public DocumentId document() {
		return document;
	}
}
