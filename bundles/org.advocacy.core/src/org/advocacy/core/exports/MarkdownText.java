// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

/**
 * Escapes what users typed for Markdown (CommonMark and GitHub tables), so that it shows as typed and never becomes
 * emphasis, a link, an image, a heading, a list, a quote, a table break, code or raw HTML: characters with a
 * Markdown meaning get a backslash, as do leading list and heading markers at the start of each line.
 */
public final class MarkdownText {

	private static final String ALWAYS_ESCAPED = "\\`*_{}[]()<>#|!~&";

	private MarkdownText() {
	}

	/**
	 * @param text what a user typed; {@code null} is treated as empty
	 * @return the text for a Markdown paragraph; line breaks are kept
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		boolean lineStart = true;
		boolean leadingDigits = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i) == '\t' ? ' ' : text.charAt(i);
			if (c == '\n' || c == '\r') {
				out.append(c);
				lineStart = true;
				leadingDigits = false;
				continue;
			}
			if (Character.isISOControl(c)) {
				continue;
			}
			if (ALWAYS_ESCAPED.indexOf(c) >= 0 || lineStart && "-+=".indexOf(c) >= 0 || leadingDigits && c == '.') {
				out.append('\\');
			}
			out.append(c);
			leadingDigits = (lineStart || leadingDigits) && Character.isDigit(c);
			lineStart = lineStart && c == ' ';
		}
		return out.toString();
	}

	/**
	 * @param text what a user typed
	 * @return the text for one table cell: escaped, on one line
	 */
	public static String cell(String text) {
		return escape(text == null ? null : text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
	}
}
