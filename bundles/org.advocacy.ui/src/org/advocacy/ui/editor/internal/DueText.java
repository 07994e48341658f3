// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.Duration;
import java.time.Instant;

/** Plain words for how far away a due time is: "in 9 min 05 s", "in 3 h 20 min", "overdue by 2 days 4 h". */
final class DueText {

	private DueText() {
	}

	/**
	 * @param due when something is due
	 * @param now the instant to count from
	 * @return "in …" before {@code due}, "due now" at it, "overdue by …" after it
	 */
	static String until(Instant due, Instant now) {
		Duration left = Duration.between(now, due);
		if (left.getSeconds() == 0) {
			return "due now";
		}
		return left.isNegative() ? "overdue by " + span(left.negated()) : "in " + span(left);
	}

	/** @return the span in its two largest units, seconds shown only below an hour */
	static String span(Duration duration) {
		long days = duration.toDays();
		if (days > 0) {
			return days + (days == 1 ? " day" : " days") + (duration.toHoursPart() == 0 ? "" : " " + duration.toHoursPart() + " h");
		}
		if (duration.toHours() > 0) {
			return duration.toHours() + " h" + (duration.toMinutesPart() == 0 ? "" : " " + duration.toMinutesPart() + " min");
		}
		if (duration.toMinutes() > 0) {
			return duration.toMinutes() + " min " + String.format("%02d s", duration.toSecondsPart());
		}
		return duration.toSecondsPart() + " s";
	}
}
