// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.advocacy.model.Person;

/**
 * How reports show values: instants in the reader's time zone with the zone's abbreviation, dates as ISO dates,
 * enum literals as words, people by name. Missing values show as an empty string, never as "null".
 */
final class ReportText {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
	private static final DateTimeFormatter FOLLOW_UP = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z",
			Locale.ENGLISH);

	private ReportText() {
	}

	static String instant(Instant instant, ZoneId zone) {
		return instant == null ? "" : INSTANT.format(instant.atZone(zone));
	}

	/** A date and time spelled out for a letter, e.g. "Tuesday 24 November 2026, 14:00 CET". */
	static String longInstant(Instant instant, ZoneId zone) {
		return FOLLOW_UP.format(instant.atZone(zone));
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** "TECHNICAL_SUPPORT" becomes "Technical support". */
	static String words(String literal) {
		if (literal == null || literal.isEmpty()) {
			return "";
		}
		String words = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String words(Enum<?> literal) {
		return literal == null ? "" : words(literal.name());
	}

	static String person(Person person) {
		return person == null || person.getName() == null ? "unassigned" : person.getName();
	}

	static String text(String text) {
		return text == null ? "" : text;
	}
}
