// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * The repository was made by a newer version of the program (a newer schema or file format): this program may
 * read what it understands but refuses to write, and says which version is needed.
 */
public class IncompatibleRepositoryException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	/** @param message which versions met, and what to do (update the program) */
	public IncompatibleRepositoryException(String message) {
		super(message);
	}
}
