// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.advocacy.model.BusinessCalendar;

/**
 * The working hours of a business calendar: from the workday start to the workday end, in the calendar's time zone,
 * on its working days ({@link WorkingDays}: working weekdays minus holidays). Business-hours escalation timeouts
 * and customer-update cadences are counted on it, so a timeout of 15 minutes that starts on Friday at 16:55 in a
 * Monday-to-Friday 09:00–17:00 calendar falls due on Monday at 09:10.
 * <p>
 * Opening and closing are local wall-clock times, converted to instants on each date with the zone's rules, so a
 * working day keeps its hours on the days daylight saving time starts or ends: a 23-hour or 25-hour day still has
 * eight working hours from 09:00 to 17:00. A local time that does not exist on a spring-forward day is moved
 * forward by the length of the gap; an ambiguous one on a fall-back day takes the earlier offset.
 * <p>
 * A calendar whose workday ends at or before it starts works overnight (22:00–06:00 is a night shift that ends the
 * next morning; 00:00–00:00 is the whole day). A missing start counts as midnight, a missing end as the start.
 * Immutable and thread-safe; it copies what it needs, so later edits to the calendar need a new instance.
 */
public final class BusinessHours implements WorkingTime {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final String name;
	private final ZoneId zone;
	private final WorkingDays days;
	private final LocalTime opening;
	private final LocalTime closing;
	private final boolean overnight;

	private BusinessHours(String name, ZoneId zone, WorkingDays days, LocalTime opening, LocalTime closing) {
		this.name = name;
		this.zone = zone;
		this.days = days;
		this.opening = opening;
		this.closing = closing;
		this.overnight = !closing.isAfter(opening);
	}

	/**
	 * @param calendar a business calendar; its time zone, working days, hours and holidays are copied
	 * @return the working hours of that calendar
	 * @throws IllegalArgumentException if the calendar has no time zone or no working weekday
	 */
	public static BusinessHours of(BusinessCalendar calendar) {
		String name = calendar.getName() == null || calendar.getName().isBlank() ? "unnamed business calendar"
				: calendar.getName();
		if (calendar.getTimeZone() == null) {
			throw new IllegalArgumentException("The business calendar '" + name + "' has no time zone");
		}
		LocalTime opening = calendar.getWorkdayStart() == null ? LocalTime.MIDNIGHT : calendar.getWorkdayStart();
		LocalTime closing = calendar.getWorkdayEnd() == null ? opening : calendar.getWorkdayEnd();
		return new BusinessHours(name, calendar.getTimeZone(), WorkingDays.of(calendar), opening, closing);
	}

	/** @return the time zone in which the working hours are read */
	public ZoneId zone() {
		return zone;
	}

	@Override
	public Instant plus(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
		}
		long remaining = amount.toNanos();
		if (remaining == 0) {
			return start;
		}
		Instant cursor = start;
		for (LocalDate day = firstWindowDay(start);; day = day.plusDays(1)) {
			day = days.onOrAfter(day);
			Instant close = closing(day);
			if (cursor.isBefore(close)) {
				Instant open = opening(day);
				if (cursor.isBefore(open)) {
					cursor = open;
				}
				long available = nanosBetween(cursor, close);
				if (remaining <= available) {
					return cursor.plusNanos(remaining);
				}
				remaining -= available;
				cursor = close;
			}
		}
	}

	@Override
	public Duration elapsed(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDate last = LocalDate.ofInstant(to, zone);
		long total = 0;
		for (LocalDate day = firstWindowDay(from); !day.isAfter(last); day = day.plusDays(1)) {
			if (days.isWorkingDay(day)) {
				Instant open = opening(day);
				Instant close = closing(day);
				Instant start = open.isAfter(from) ? open : from;
				Instant end = close.isBefore(to) ? close : to;
				if (end.isAfter(start)) {
					total += nanosBetween(start, end);
				}
			}
		}
		return Duration.ofNanos(total);
	}

	@Override
	public boolean isWorkingTime(Instant instant) {
		LocalDate day = LocalDate.ofInstant(instant, zone);
		return isInWindow(day, instant) || overnight && isInWindow(day.minusDays(1), instant);
	}

	@Override
	public String description() {
		return name;
	}

	@Override
	public String toString() {
		return name + " (" + opening + "–" + closing + " " + zone + ")";
	}

	private boolean isInWindow(LocalDate day, Instant instant) {
		return days.isWorkingDay(day) && !instant.isBefore(opening(day)) && instant.isBefore(closing(day));
	}

	/** @return the first date whose working window may contain or follow the instant */
	private LocalDate firstWindowDay(Instant instant) {
		LocalDate day = LocalDate.ofInstant(instant, zone);
		return overnight ? day.minusDays(1) : day;
	}

	private Instant opening(LocalDate day) {
		return ZonedDateTime.of(day, opening, zone).toInstant();
	}

	private Instant closing(LocalDate day) {
		return ZonedDateTime.of(overnight ? day.plusDays(1) : day, closing, zone).toInstant();
	}

	private static long nanosBetween(Instant from, Instant to) {
		return (to.getEpochSecond() - from.getEpochSecond()) * NANOS_PER_SECOND + to.getNano() - from.getNano();
	}
}
