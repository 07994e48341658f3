// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;

/**
 * The working days of one business calendar over the generator's time window, indexed so that plans can be
 * scheduled in working-day offsets and mapped to dates in O(1). Index {@link #today()} is the first working
 * day on or after the local date of "now".
 */
final class WorkingDays {

	final BusinessCalendar calendar;
	final ZoneId zone;
	private final LocalDate[] days;
	private final int today;

	WorkingDays(BusinessCalendar calendar, LocalDate from, LocalDate to, Instant now) {
		this.calendar = calendar;
		this.zone = calendar.getTimeZone();
		Set<LocalDate> holidays = new HashSet<>();
		for (Holiday holiday : calendar.getHolidays()) {
			holidays.add(holiday.getDate());
		}
		Set<DayOfWeek> working = new HashSet<>();
		calendar.getWorkingDays().forEach(day -> working.add(DayOfWeek.valueOf(day.name())));
		List<LocalDate> list = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (working.contains(date.getDayOfWeek()) && !holidays.contains(date)) {
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
