// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times in notices, in the reader's time zone and spelt out so that nobody misreads them. */
public final class Times {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

	private Times() {
	}

	/** @return such as "Tuesday 10 March 2026, 02:30 CET"; "an unknown time" for {@code null} */
	public static String at(Instant instant, ZoneId zone) {
		return instant == null ? "an unknown time" : AT.format(instant.atZone(zone));
	}

	/** @return such as "02:30 CET", for subject lines */
	public static String shortAt(Instant instant, ZoneId zone) {
		return instant == null ? "" : SHORT.format(instant.atZone(zone));
	}

	/** @return such as "Tuesday 10 March 2026"; "an unknown date" for {@code null} */
	public static String day(LocalDate date) {
		return date == null ? "an unknown date" : DAY.format(date);
	}
}
