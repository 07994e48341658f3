// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * Stored content was refused: a malformed, truncated or hostile file or stored document (a DOCTYPE, an external
 * reference, an unknown class), or a model that cannot be written (a reference to an object that is not saved).
 * Nothing was changed. The message names the repository, the document and, where known, the position.
 */
public class InvalidContentException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what was refused, where, and why
	 * @param cause   the parser's or serializer's failure, or {@code null}
	 */
	public InvalidContentException(String message, Throwable cause) {
		super(message, cause);
	}
}
