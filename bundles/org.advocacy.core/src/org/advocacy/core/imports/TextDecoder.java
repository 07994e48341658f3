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
 * Turns the bytes of an imported text file into text, noting every byte sequence that is not UTF-8 instead of
 * silently guessing, so that a file saved in another encoding is fixed by its owner rather than imported with garbled
 * names. A leading byte order mark is dropped.
 */
final class TextDecoder {

	private static final char REPLACEMENT = '\uFFFD';

	private TextDecoder() {
	}

	/**
	 * @param bytes       the file's content
	 * @param undecodable receives the offset in the returned text of each undecodable sequence
	 * @return the decoded text, with U+FFFD in place of each undecodable sequence
	 */
	static String decodeUtf8(byte[] bytes, List<Integer> undecodable) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 1 : 0;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (!result.isError()) {
				break;
			}
			undecodable.add(out.position() - start);
			out.put(REPLACEMENT);
			in.position(in.position() + result.length());
		}
		decoder.flush(out);
		out.flip();
		return out.subSequence(start, out.length()).toString();
	}

	/**
	 * @param bytes the file's content
	 * @return whether it starts with a UTF-16 byte order mark, as Excel's "Unicode Text" and some exports write
	 */
	static boolean isUtf16(byte[] bytes) {
		return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
	}
}
