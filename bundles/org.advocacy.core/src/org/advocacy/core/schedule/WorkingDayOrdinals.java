// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.LocalDate;
import java.util.Arrays;

import org.advocacy.core.calendar.WorkingDays;

/**
 * Numbers the working days of a calendar from a first date on, so that scheduling works on plain {@code int}s:
 * a date is mapped to its working-day ordinal once, and an ordinal back to its date by an array read. The table
 * grows forwards on demand, one calendar day at a time; dates before the first date are not supported, so the
 * first date must be the earliest date the caller will ever ask about. Not thread-safe while it grows; a
 * {@link PlanSchedule} only reads it once scheduling is complete.
 */
final class WorkingDayOrdinals {

	private final WorkingDays workingDays;
	private final long firstEpochDay;
	/** For calendar day {@code k} after the first date: the number of working days before it. */
	private int[] workingDaysBefore = new int[64];
	private LocalDate[] workingDates = new LocalDate[64];
	private int calendarDayCount;
	private int workingDayCount;

	WorkingDayOrdinals(WorkingDays workingDays, LocalDate first) {
		this.workingDays = workingDays;
		this.firstEpochDay = first.toEpochDay();
	}

	/** @return the ordinal of the date if it is a working day, otherwise of the next working day after it */
	int onOrAfter(LocalDate date) {
		int day = calendarDay(date);
		coverCalendarDays(day + 1);
		return workingDaysBefore[day];
	}

	/** @return the ordinal of the date if it is a working day, otherwise of the last working day before it (may be -1) */
	int onOrBefore(LocalDate date) {
		int day = calendarDay(date) + 1;
		coverCalendarDays(day + 1);
		return workingDaysBefore[day] - 1;
	}

	/** @return the working day with that ordinal (non-negative) */
	LocalDate date(int ordinal) {
		while (workingDayCount <= ordinal) {
			addCalendarDay();
		}
		return workingDates[ordinal];
	}

	private int calendarDay(LocalDate date) {
		long day = date.toEpochDay() - firstEpochDay;
		if (day < 0 || day > Integer.MAX_VALUE / 2) {
			throw new IllegalArgumentException("The date " + date + " is outside the scheduled period starting "
					+ LocalDate.ofEpochDay(firstEpochDay));
		}
		return (int) day;
	}

	private void coverCalendarDays(int count) {
		while (calendarDayCount < count) {
			addCalendarDay();
		}
	}

	private void addCalendarDay() {
		if (calendarDayCount == workingDaysBefore.length) {
			workingDaysBefore = Arrays.copyOf(workingDaysBefore, calendarDayCount * 2);
		}
		workingDaysBefore[calendarDayCount] = workingDayCount;
		LocalDate date = LocalDate.ofEpochDay(firstEpochDay + calendarDayCount);
		calendarDayCount++;
		if (workingDays.isWorkingDay(date)) {
			if (workingDayCount == workingDates.length) {
				workingDates = Arrays.copyOf(workingDates, workingDayCount * 2);
			}
			workingDates[workingDayCount++] = date;
		}
	}
}
