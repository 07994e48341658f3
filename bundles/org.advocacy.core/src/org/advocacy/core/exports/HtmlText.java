// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

/**
 * Escapes what users typed for HTML and XHTML, in text and in attribute values alike: the five markup characters
 * become entities, and characters XML forbids (control characters, unpaired surrogates) are dropped, so the same
 * output is valid HTML, parses as XML for the PDF renderer, and can never open a tag such as {@code <script>}.
 */
public final class HtmlText {

	private HtmlText() {
	}

	/**
	 * @param text what a user typed; {@code null} is treated as empty
	 * @return the text, safe anywhere in an HTML or XHTML document
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (isXmlCharacter(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	private static boolean isXmlCharacter(char c) {
		return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
	}
}
