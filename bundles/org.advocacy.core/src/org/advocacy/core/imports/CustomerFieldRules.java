// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.advocacy.model.Audience;

/**
 * The rules for the values only a customer file has: dates and audiences. Each conversion returns {@code null} for a
 * value it does not accept, and its problem method the message a support manager reads next to the line and column.
 * The rules every file shares are {@link CsvFieldRules}; names of segments, units, product lines and people are
 * {@link KnownReferenceData}'s.
 */
final class CustomerFieldRules {

	/** The day as a German spreadsheet writes it: 15.01.2024. */
	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

	private CustomerFieldRules() {
	}

	/** @return the day written as 2024-01-15 or 15.01.2024, or {@code null} */
	static LocalDate date(String value) {
		try {
			return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value);
		} catch (DateTimeException e) {
			return null;
		}
	}

	static String dateProblem(String value) {
		return "\"" + value + "\" is not a date; write it as 2024-01-15 (year-month-day) or 15.01.2024";
	}

	static Audience audience(String value) {
		return switch (CsvColumns.normalize(value)) {
		case "management", "manager", "executive" -> Audience.MANAGEMENT;
		case "engineer", "engineering", "technical" -> Audience.ENGINEER;
		case "administrative", "admin", "administration" -> Audience.ADMINISTRATIVE;
		default -> null;
		};
	}

	static String audienceProblem(String value) {
		return "\"" + value + "\" is not an audience; use management, engineer or administrative";
	}
}
