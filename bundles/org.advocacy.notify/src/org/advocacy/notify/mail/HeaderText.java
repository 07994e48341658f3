// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Makes text that users typed (subjects, names) safe for a mail header. A header ends at a line break, so a line
 * break in a subject or a name could add headers of an attacker's choosing (a {@code Bcc:} to a stranger):
 * line breaks and every other control character become spaces. Text that is not plain ASCII, or that contains
 * {@code =?}, is written as RFC 2047 encoded words, so non-ASCII names arrive intact and text that merely looks
 * like an encoded word (say {@code =?UTF-8?Q?=0D=0ABcc:?=}, an "encoded newline") is shown literally instead of
 * being decoded by the recipient's mail program.
 */
public final class HeaderText {

	/** Longest header text kept; longer text is cut and ends with an ellipsis. */
	static final int MAX_LENGTH = 240;

	/** UTF-8 bytes per encoded word: 45 bytes make 60 Base64 characters, 72 with the envelope (the limit is 75). */
	private static final int BYTES_PER_WORD = 45;

	private static final String PREFIX = "=?UTF-8?B?";
	private static final String SUFFIX = "?=";

	private HeaderText() {
	}

	/**
	 * @param text what a user typed, may be {@code null}
	 * @return the text on one line: control and line-separator characters become spaces, runs of spaces collapse,
	 *         and text longer than {@link #MAX_LENGTH} is cut
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
					|| c == '\u0085';
			if (blank) {
				space = out.length() > 0;
			} else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		if (out.length() > MAX_LENGTH) {
			int cut = Character.isLowSurrogate(out.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 2 : MAX_LENGTH - 1;
			out.setLength(Math.max(cut, 0));
			out.append('\u2026');
		}
		return out.toString();
	}

	/** @return whether the one-line text must be written as encoded words rather than as it is */
	static boolean needsEncoding(String oneLine) {
		if (oneLine.contains("=?")) {
			return true;
		}
		for (int i = 0; i < oneLine.length(); i++) {
			char c = oneLine.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param text what a user typed, may be {@code null}
	 * @return the text ready for a header's value: on one line, and as encoded words (folded, one per line) when it
	 *         {@linkplain #needsEncoding needs encoding}
	 */
	public static String headerValue(String text) {
		String line = oneLine(text);
		return needsEncoding(line) ? encodedWords(line) : line;
	}

	/**
	 * Writes text as RFC 2047 "B" encoded words in UTF-8, never splitting a character between two words.
	 *
	 * @param text one line of text
	 * @return the encoded words, separated by folding white space
	 */
	static String encodedWords(String text) {
		StringBuilder out = new StringBuilder();
		byte[] pending = new byte[BYTES_PER_WORD];
		int used = 0;
		for (int offset = 0; offset < text.length();) {
			int codePoint = text.codePointAt(offset);
			byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
			if (used + bytes.length > BYTES_PER_WORD) {
				word(out, pending, used);
				used = 0;
			}
			System.arraycopy(bytes, 0, pending, used, bytes.length);
			used += bytes.length;
			offset += Character.charCount(codePoint);
		}
		if (used > 0 || out.isEmpty()) {
			word(out, pending, used);
		}
		return out.toString();
	}

	private static void word(StringBuilder out, byte[] bytes, int length) {
		if (!out.isEmpty()) {
			out.append("\r\n ");
		}
		out.append(PREFIX).append(Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, length)))
				.append(SUFFIX);
	}
}
