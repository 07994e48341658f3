// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * A repository operation failed. The message names the repository (never with a password), the document where
 * there is one, and what is wrong in words a support manager can act on. Subclasses tell apart what callers
 * handle differently: {@link ForbiddenException}, {@link RepositoryUnavailableException},
 * {@link DocumentNotFoundException}, {@link UnsupportedOperationException unsupported operations},
 * {@link InvalidContentException} and {@link IncompatibleRepositoryException}. A version conflict is not an
 * exception but a {@link SaveResult.VersionConflict}.
 */
public class RepositoryException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what went wrong, where
	 * @param cause   the underlying failure, or {@code null}
	 */
	public RepositoryException(String message, Throwable cause) {
		super(message, cause);
	}

	/** @param message what went wrong, where */
	public RepositoryException(String message) {
		super(message);
	}
}
