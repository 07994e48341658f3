// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.BusinessCalendar;

/**
 * The working days of one business calendar over the generator's time window, indexed so that plans can be
 * scheduled in working-day offsets and mapped to dates in O(1). Index {@link #today()} is the first working
 * day on or after the local date of "now".
 */
final class WorkingDayIndex {

	final BusinessCalendar calendar;
	final ZoneId zone;
	private final LocalDate[] days;
	private final int today;

	WorkingDayIndex(BusinessCalendar calendar, LocalDate from, LocalDate to, Instant now) {
		this.calendar = calendar;
		this.zone = calendar.getTimeZone();
		WorkingDays workingDays = WorkingDays.of(calendar);
		List<LocalDate> list = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (workingDays.isWorkingDay(date)) {
				list.add(date);
			}
		}
		this.days = list.toArray(LocalDate[]::new);
		this.today = indexOnOrAfter(LocalDate.ofInstant(now, zone));
	}

	int today() {
		return today;
	}

	/** @return the working day at the index, clamped to the window */
	LocalDate date(int index) {
		return days[Math.max(0, Math.min(days.length - 1, index))];
	}

	/** @return the instant of the given local time on the working day at the index, in this calendar's zone */
	Instant at(int index, int hour, int minute) {
		return date(index).atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
	}

	int indexOnOrAfter(LocalDate date) {
		int found = Arrays.binarySearch(days, date);
		return found >= 0 ? found : Math.min(days.length - 1, -found - 1);
	}

	int indexOnOrBefore(LocalDate date) {
		int found = Arrays.binarySearch(days, date);
		return found >= 0 ? found : Math.max(0, -found - 2);
	}

	int indexOf(Instant instant) {
		return indexOnOrBefore(LocalDate.ofInstant(instant, zone));
	}
}
