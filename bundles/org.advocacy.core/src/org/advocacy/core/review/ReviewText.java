// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.advocacy.model.Engagement;
import org.advocacy.model.Person;

/**
 * How the management review (its views and its pack) writes ages, instants and people, in the words a support
 * manager uses.
 */
public final class ReviewText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);

	private ReviewText() {
	}

	/** @return e.g. "12 d", or "5 h" under a day */
	public static String age(Duration age) {
		return age.toDays() > 0 ? age.toDays() + " d" : Math.max(0, age.toHours()) + " h";
	}

	/**
	 * @param instant an instant, or {@code null}
	 * @param zone    the reader's time zone
	 * @return the instant in that zone, e.g. "Nov 20, 2026, 2:30 PM"; empty for {@code null}
	 */
	public static String when(Instant instant, ZoneId zone) {
		return instant == null ? "" : WHEN.format(instant.atZone(zone));
	}

	/** @return the person's name; empty for nobody */
	public static String name(Person person) {
		return person == null || person.getName() == null ? "" : person.getName();
	}

	/** @return "ADV-1001 Title" */
	public static String engagement(Engagement engagement) {
		return engagement.getKey() + "  " + (engagement.getTitle() == null ? "" : engagement.getTitle());
	}

	/** @return the engagement's customer name; empty for none */
	public static String customer(Engagement engagement) {
		return engagement.getCustomer() == null ? "" : engagement.getCustomer().getName();
	}
}
