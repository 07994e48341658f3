// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Weekday;

/**
 * Which dates are working days under a business calendar (its working weekdays minus its holidays), and
 * arithmetic in working days: the basis of get-well plan scheduling and of business-day deadlines. Immutable
 * and thread-safe; it copies what it needs from the calendar, so later edits to the model need a new instance.
 */
public final class WorkingDays {

	private final Set<DayOfWeek> workingWeekdays;
	private final Set<LocalDate> holidays;

	private WorkingDays(Set<DayOfWeek> workingWeekdays, Set<LocalDate> holidays) {
		if (workingWeekdays.isEmpty()) {
			throw new IllegalArgumentException("A business calendar needs at least one working weekday");
		}
		this.workingWeekdays = workingWeekdays;
		this.holidays = holidays;
	}

	/**
	 * @param calendar a business calendar; its working days and holidays are copied
	 * @return the working days of that calendar
	 * @throws IllegalArgumentException if the calendar has no working weekday at all
	 */
	public static WorkingDays of(BusinessCalendar calendar) {
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		for (Weekday weekday : calendar.getWorkingDays()) {
			weekdays.add(DayOfWeek.of(weekday.getValue()));
		}
		Set<LocalDate> holidays = new HashSet<>();
		for (Holiday holiday : calendar.getHolidays()) {
			if (holiday.getDate() != null) {
				holidays.add(holiday.getDate());
			}
		}
		return new WorkingDays(weekdays, Set.copyOf(holidays));
	}

	/** @return a calendar in which every day is a working day (round-the-clock work, plans without calendar) */
	public static WorkingDays everyDay() {
		return new WorkingDays(EnumSet.allOf(DayOfWeek.class), Set.of());
	}

	/** @return whether work happens on that date */
	public boolean isWorkingDay(LocalDate date) {
		return workingWeekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
	}

	/** @return the date itself if it is a working day, otherwise the next working day after it */
	public LocalDate onOrAfter(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** @return the date itself if it is a working day, otherwise the last working day before it */
	public LocalDate onOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/**
	 * Moves by a number of working days: {@code plus(friday, 1)} is the next Monday when weekends are off.
	 * The start is first moved onto a working day (forwards for a positive or zero count, backwards for a
	 * negative one).
	 *
	 * @param date  where to start
	 * @param count working days to move; negative moves back
	 * @return the resulting working day
	 */
	public LocalDate plus(LocalDate date, long count) {
		LocalDate day = count >= 0 ? onOrAfter(date) : onOrBefore(date);
		long remaining = Math.abs(count);
		int step = count >= 0 ? 1 : -1;
		long fullWeeks = holidays.isEmpty() ? remaining / workingWeekdays.size() : 0;
		day = day.plusWeeks(step * fullWeeks);
		remaining -= fullWeeks * workingWeekdays.size();
		while (remaining > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

	/**
	 * Counts working days in the half-open range {@code [from, to)}; negative when {@code to} is before
	 * {@code from}.
	 *
	 * @return the number of working days from {@code from} (inclusive) to {@code to} (exclusive)
	 */
	public long between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		long count = 0;
		for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
