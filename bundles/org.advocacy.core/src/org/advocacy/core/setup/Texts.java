// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

/** Text fields of a new repository's templates, stripped of surrounding white space. */
final class Texts {

	private Texts() {
	}

	/** @throws IllegalArgumentException with the message when the text is missing or blank */
	static String required(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return text.strip();
	}

	/** @return the text stripped, or the empty text for none */
	static String optional(String text) {
		return text == null ? "" : text.strip();
	}
}
