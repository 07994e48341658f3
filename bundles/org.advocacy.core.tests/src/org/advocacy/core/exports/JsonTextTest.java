// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text written as a JSON string literal arrives verbatim, whatever a user typed. */
class JsonTextTest {

	@Test
	void quotesBackslashesAndLineBreaksCannotEndTheString() {
		assertEquals("\"say \\\"hi\\\"\\\\n\\n\\r\\t\"", JsonText.quoted("say \"hi\"\\n\n\r\t"));
	}

	@Test
	void controlCharactersAndLineSeparatorsAreUnicodeEscapes() {
		assertEquals("\"a\\u0000b\\u001fc\\u2028d\\u2029e\"", JsonText.quoted("a\u0000b\u001fc\u2028d\u2029e"));
	}

	@Test
	void otherTextIsKeptAsTyped() {
		assertEquals("\"Grüße, 東京 — ok\"", JsonText.quoted("Grüße, 東京 — ok"));
	}
}
