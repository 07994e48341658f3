// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be written, in words a user understands. */
final class WriteFailures {

	private WriteFailures() {
	}

	/**
	 * @param failure what writing threw
	 * @return the reason to show after the file's name
	 */
	static String reason(Exception failure) {
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof NoSuchFileException || failure instanceof NotDirectoryException) {
			return "the folder does not exist";
		}
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}
}
