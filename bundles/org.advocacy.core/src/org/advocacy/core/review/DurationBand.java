// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;

/**
 * The bands of the distribution of engagement durations (metric 3). A band holds durations from its lower bound
 * (inclusive) to its upper bound (exclusive); a day is 24 hours of elapsed time.
 */
public enum DurationBand {

	/** Resolved or open for less than a day. */
	UNDER_ONE_DAY("Under 1 day", 0, 1),
	/** From one day up to a week. */
	ONE_TO_SEVEN_DAYS("1 to 7 days", 1, 7),
	/** From a week up to 30 days. */
	SEVEN_TO_THIRTY_DAYS("7 to 30 days", 7, 30),
	/** From 30 up to 90 days. */
	THIRTY_TO_NINETY_DAYS("30 to 90 days", 30, 90),
	/** 90 days and more: the long-running get-well plans. */
	NINETY_DAYS_AND_MORE("90 days and more", 90, Long.MAX_VALUE);

	private static final long SECONDS_PER_DAY = 86_400;
	private static final DurationBand[] BANDS = values();

	private final String label;
	private final long fromDays;
	private final long toDays;

	DurationBand(String label, long fromDays, long toDays) {
		this.label = label;
		this.fromDays = fromDays;
		this.toDays = toDays;
	}

	/** @return the band's name for a chart axis, e.g. "7 to 30 days" */
	public String label() {
		return label;
	}

	/** @return the shortest duration in this band */
	public Duration from() {
		return Duration.ofDays(fromDays);
	}

	/** @return whether this band has an upper bound; the last band has none */
	public boolean isBounded() {
		return toDays != Long.MAX_VALUE;
	}

	/**
	 * @return the first duration after this band
	 * @throws IllegalStateException for the last band, which has no upper bound
	 */
	public Duration to() {
		if (!isBounded()) {
			throw new IllegalStateException(label + " has no upper bound");
		}
		return Duration.ofDays(toDays);
	}

	/**
	 * @param duration a non-negative duration
	 * @return the band that contains it
	 */
	public static DurationBand of(Duration duration) {
		return BANDS[indexOf(duration.getSeconds())];
	}

	/** @return the ordinal of the band containing a duration in whole seconds; negative durations count as zero */
	static int indexOf(long seconds) {
		int index = 0;
		while (index < BANDS.length - 1 && seconds >= BANDS[index].toDays * SECONDS_PER_DAY) {
			index++;
		}
		return index;
	}
}
