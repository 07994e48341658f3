// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.schema;

/**
 * The team repository's schema does not fit this client: it is newer than the client knows (update the client;
 * reading stays possible, writing is refused), or a script that was already applied has been changed since.
 */
public class SchemaException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what does not fit and what to do about it */
	public SchemaException(String message) {
		super(message);
	}
}
