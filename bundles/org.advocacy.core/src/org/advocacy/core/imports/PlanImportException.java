// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

/**
 * A project file that cannot be read as a plan at all: unknown format, damaged, protected or too large. The message
 * names the file and says what to do.
 */
public final class PlanImportException extends Exception {

	private static final long serialVersionUID = 1L;

	PlanImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
