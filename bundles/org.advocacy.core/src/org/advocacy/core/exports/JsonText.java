// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.Locale;

/**
 * Writes text as a JSON string literal (RFC 8259), so that whatever a user typed, quotes, backslashes, line breaks
 * and control characters included, arrives verbatim and never ends the string early. The line and paragraph
 * separators U+2028 and U+2029 are escaped too, as JavaScript before ES2019 reads them as line ends.
 */
public final class JsonText {

	private JsonText() {
	}

	/**
	 * @param text the text to write
	 * @return the text as a JSON string literal, with quotes
	 */
	public static String quoted(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2);
		appendQuoted(out, text);
		return out.toString();
	}

	/**
	 * Appends the text as a JSON string literal, with quotes.
	 *
	 * @param out where to append
	 * @param text the text to write
	 */
	public static void appendQuoted(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
