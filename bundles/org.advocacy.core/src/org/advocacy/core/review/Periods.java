// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive weeks or months from the one containing a first day to the one containing a last day, with a fast
 * look-up of the period of an epoch day.
 */
final class Periods {

	/** The first day of each period, then the first day after the last period. */
	private final List<LocalDate> starts = new ArrayList<>();
	private final long[] startDays;

	Periods(PeriodLength length, LocalDate first, LocalDate last) {
		LocalDate start = length.startOf(first);
		while (!start.isAfter(last)) {
			starts.add(start);
			start = length.next(start);
		}
		starts.add(start);
		startDays = new long[starts.size()];
		for (int i = 0; i < startDays.length; i++) {
			startDays[i] = starts.get(i).toEpochDay();
		}
	}

	/** @return the number of periods */
	int count() {
		return starts.size() - 1;
	}

	/** @return the first day of a period; {@code start(count())} is the day after the last period */
	LocalDate start(int period) {
		return starts.get(period);
	}

	/**
	 * @param epochDay a day
	 * @return the last period starting on or before the day: -1 when the day is before the first period,
	 *         {@link #count()} when it is after the last one
	 */
	int lastStartingOnOrBefore(long epochDay) {
		int found = Arrays.binarySearch(startDays, epochDay);
		return found >= 0 ? found : -found - 2;
	}

	/** @return the period containing an epoch day, or {@link #count()} if no period does */
	int indexOf(long epochDay) {
		if (epochDay < startDays[0] || epochDay >= startDays[startDays.length - 1]) {
			return count();
		}
		int found = Arrays.binarySearch(startDays, epochDay);
		return found >= 0 ? found : -found - 2;
	}
}
