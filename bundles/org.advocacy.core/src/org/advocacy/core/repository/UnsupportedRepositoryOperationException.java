// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * The store does not offer this operation at all, e.g. the history of a document in a repository file (a file
 * keeps only its current content). {@link RepositoryCapabilities} says so up front.
 */
public class UnsupportedRepositoryOperationException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	/** @param message what is not offered, by which kind of repository, and what to use instead */
	public UnsupportedRepositoryOperationException(String message) {
		super(message);
	}
}
