// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

/** The command line was used wrongly: the message says how; the process exits with code 2. */
final class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
