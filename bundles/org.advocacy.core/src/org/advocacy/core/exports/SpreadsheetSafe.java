// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

/**
 * Neutralises cell text that a spreadsheet would run as a formula when a table is pasted or opened there
 * (CSV or formula injection): text starting with = + - @, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets show as text.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	/**
	 * @param text a cell's text; {@code null} is treated as empty
	 * @return the text, prefixed with an apostrophe if a spreadsheet would treat it as a formula
	 */
	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
