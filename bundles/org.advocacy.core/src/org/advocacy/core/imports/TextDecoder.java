// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of an imported text file into text, reporting every byte sequence that is not UTF-8 at its line
 * and character position instead of silently guessing, so that a file saved in another encoding is fixed by its
 * owner rather than imported with garbled names. A leading byte order mark is dropped.
 */
final class TextDecoder {

	private static final char REPLACEMENT = '\uFFFD';

	private TextDecoder() {
	}

	/**
	 * @param bytes    the file's content
	 * @param problems receives one problem per undecodable sequence, each with its line and 1-based character column
	 * @return the decoded text, with U+FFFD in place of each undecodable sequence
	 */
	static String decodeUtf8(byte[] bytes, List<ImportProblem> problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		int scanned = 0;
		int line = 1;
		int lineStart = 0;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (!result.isError()) {
				break;
			}
			for (; scanned < out.position(); scanned++) {
				if (out.get(scanned) == '\n') {
					line++;
					lineStart = scanned + 1;
				}
			}
			problems.add(new ImportProblem(line, 0, "", "character " + (scanned - lineStart + 1)
					+ " is not UTF-8 text; save the file as \"CSV UTF-8\""));
			out.put(REPLACEMENT);
			in.position(in.position() + result.length());
		}
		decoder.flush(out);
		out.flip();
		int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
		return out.subSequence(start, out.length()).toString();
	}
}
