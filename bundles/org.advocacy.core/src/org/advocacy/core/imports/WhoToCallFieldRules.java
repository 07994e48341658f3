// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * The rules each value of a who-to-call file must follow. Each check returns {@code null} when the value is
 * acceptable and otherwise the message a support manager reads next to the line and column.
 */
final class WhoToCallFieldRules {

	/** The longest value a cell may hold; longer ones are refused rather than stored. */
	static final int MAX_FIELD_LENGTH = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\".]+(\\.[^@\\s<>()\\[\\],;:\".]+)+");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}( ?(x|ext\\.?) ?[0-9]{1,6})?");

	private WhoToCallFieldRules() {
	}

	/**
	 * Checks what every cell must satisfy whatever its column: bounded length, no control characters, and nothing
	 * a spreadsheet would run as a formula.
	 */
	static String checkCell(String raw, WhoToCallColumn column) {
		if (raw.length() > MAX_FIELD_LENGTH) {
			return "the value is " + raw.length() + " characters long; at most " + MAX_FIELD_LENGTH + " are allowed";
		}
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isISOControl(c)) {
				return "the value contains a control character (code " + (int) c + "); remove it";
			}
		}
		String value = raw.strip();
		boolean phoneColumn = column == WhoToCallColumn.PHONE || column == WhoToCallColumn.MOBILE;
		if (!value.isEmpty() && "=@-".indexOf(value.charAt(0)) >= 0 || !phoneColumn && value.startsWith("+")) {
			return "the value starts with '" + value.charAt(0)
					+ "' like a spreadsheet formula; remove that character";
		}
		return null;
	}

	static EscalationLevel level(String value) {
		return switch (WhoToCallColumn.normalize(value)) {
		case "primary" -> EscalationLevel.PRIMARY;
		case "backup" -> EscalationLevel.BACKUP;
		case "manager" -> EscalationLevel.MANAGER;
		case "director" -> EscalationLevel.DIRECTOR;
		case "vice president", "vp" -> EscalationLevel.VICE_PRESIDENT;
		default -> null;
		};
	}

	static String levelProblem(String value) {
		return "\"" + value + "\" is not a level; use primary, backup, manager, director or vice president";
	}

	static AreaKind kind(String value) {
		String wanted = WhoToCallColumn.normalize(value).replace(' ', '_');
		for (AreaKind kind : AreaKind.values()) {
			if (kind.getName().equalsIgnoreCase(wanted)) {
				return kind;
			}
		}
		return null;
	}

	static String kindProblem(String value) {
		return "\"" + value + "\" is not an area kind; use sales, engineering, product management, legal,"
				+ " technical support, finance, professional services or other";
	}

	static String emailProblem(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() ? null
				: "\"" + value + "\" is not a valid e-mail address";
	}

	static String phoneProblem(String value) {
		return value.isEmpty() || PHONE.matcher(value).matches() ? null
				: "\"" + value + "\" is not a phone number; use digits, spaces, + ( ) - . and an optional extension";
	}

	/** @return {@code TRUE}/{@code FALSE} for the accepted spellings, {@code null} for anything else */
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

	/** @return the zone, or {@code null} when the value names none */
	static ZoneId zone(String value) {
		try {
			return ZoneId.of(value);
		} catch (DateTimeException e) {
			return null;
		}
	}

	static String zoneProblem(String value) {
		return "\"" + value + "\" is not a known time zone; use a name such as Europe/Berlin or America/New_York";
	}
}
