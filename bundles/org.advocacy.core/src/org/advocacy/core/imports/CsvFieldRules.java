// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every value of an imported CSV file follows, whatever the file: bounded length, no control characters,
 * and a decision on values a spreadsheet would run as a formula; and the values several files share (e-mail
 * addresses, phone numbers, yes and no). Each check returns {@code null} when the value is acceptable and otherwise
 * the message a support manager reads next to the line and column.
 */
final class CsvFieldRules {

	/** The longest value a cell may hold; longer ones are refused rather than stored. */
	static final int MAX_FIELD_LENGTH = 200;

	private static final Pattern EMAIL = Pattern
			.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\".]+(\\.[^@\\s<>()\\[\\],;:\".]+)+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}( ?(x|ext\\.?) ?[0-9]{1,6})?");

	private CsvFieldRules() {
	}

	/** @return why the raw cell cannot be taken at all (too long, a control character), or {@code null} */
	static String checkCell(String raw) {
		if (raw.length() > MAX_FIELD_LENGTH) {
			return "the value is " + raw.length() + " characters long; at most " + MAX_FIELD_LENGTH + " are allowed";
		}
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isISOControl(c)) {
				return "the value contains a control character (code " + (int) c + "); remove it";
			}
		}
		return null;
	}

	/**
	 * @param value  a stripped value
	 * @param column its column
	 * @return whether a spreadsheet opening it would take it as a formula: it starts with = + - @ (a phone number
	 *         may start with +)
	 */
	static boolean looksLikeFormula(String value, CsvColumn column) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return "=@-".indexOf(first) >= 0 || first == '+' && !column.phoneNumber();
	}

	static String formulaRefused(String value) {
		return "the value starts with '" + value.charAt(0) + "' like a spreadsheet formula; remove that character";
	}

	static String formulaKept(String value) {
		return "the value starts with '" + value.charAt(0) + "' like a spreadsheet formula; it is kept as text, "
				+ "exactly as written, and never calculated";
	}

	static String emailProblem(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() ? null
				: "\"" + value + "\" is not a valid e-mail address";
	}

	static String phoneProblem(String value) {
		return PHONE.matcher(value).matches() ? null
				: "\"" + value + "\" is not a phone number; use digits, spaces, + ( ) - . and an optional extension";
	}

	/** @return {@code TRUE}/{@code FALSE} for the accepted spellings (empty is no), {@code null} for anything else */
	static Boolean yesNo(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
		case "", "no", "n", "false", "0" -> Boolean.FALSE;
		case "yes", "y", "true", "1" -> Boolean.TRUE;
		default -> null;
		};
	}

	static String yesNoProblem(String value) {
		return "\"" + value + "\" is neither yes nor no";
	}
}
