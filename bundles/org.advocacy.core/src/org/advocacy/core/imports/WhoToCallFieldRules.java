// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * The rules for the values only a who-to-call file has: levels, area kinds and time zones. Each conversion returns
 * {@code null} for a value it does not accept, and its problem method the message a support manager reads next to the
 * line and column. The rules every file shares are {@link CsvFieldRules}.
 */
final class WhoToCallFieldRules {

	private WhoToCallFieldRules() {
	}

	static EscalationLevel level(String value) {
		return switch (CsvColumns.normalize(value)) {
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
		String wanted = CsvColumns.normalize(value).replace(' ', '_');
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
