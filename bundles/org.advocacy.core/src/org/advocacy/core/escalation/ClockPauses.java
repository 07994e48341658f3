// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.calendar.WorkingDays;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ClockPause;
import org.advocacy.model.Engagement;

/**
 * The times an engagement's customer-update clock stood still while we waited on the customer, and the limit that
 * keeps a paused clock from hiding neglect: a pause counts for at most {@link #limitDays()} business days (of the
 * advocate's calendar, else the organization's default calendar, else every day); beyond that the clock runs again
 * and the pause is {@linkplain #tooLong flagged}. Stateless and thread-safe.
 */
public final class ClockPauses {

	/** How many business days a pause may last by default before it is flagged. */
	public static final int DEFAULT_LIMIT_DAYS = 5;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final int limitDays;

	/** Pauses that may last {@link #DEFAULT_LIMIT_DAYS} business days. */
	public ClockPauses() {
		this(DEFAULT_LIMIT_DAYS);
	}

	/**
	 * @param limitDays how many business days a pause may last before it is flagged; at least 1
	 * @throws IllegalArgumentException if the limit is below 1
	 */
	public ClockPauses(int limitDays) {
		if (limitDays < 1) {
			throw new IllegalArgumentException("A pause must be allowed at least one business day: " + limitDays);
		}
		this.limitDays = limitDays;
	}

	/** @return how many business days a pause may last before it is flagged */
	public int limitDays() {
		return limitDays;
	}

	/**
	 * A pause as the update clock counts it.
	 *
	 * @param pause    the pause
	 * @param start    when the clock stopped
	 * @param countsTo when the clock runs again: the resumption, or the end of the limit when that comes first
	 * @param limitEnd when the pause becomes too long
	 */
	public record Interval(ClockPause pause, Instant start, Instant countsTo, Instant limitEnd) {
	}

	/**
	 * @param engagement an engagement
	 * @return its pauses that have a start, as the update clock counts them, in order of their start
	 */
	public List<Interval> intervals(Engagement engagement) {
		WorkingDays days = workingDays(engagement);
		ZoneId zone = zone(engagement);
		List<Interval> intervals = new ArrayList<>();
		for (ClockPause pause : engagement.getPauses()) {
			if (pause.getStart() == null) {
				continue;
			}
			Instant limitEnd = limitEnd(pause.getStart(), days, zone);
			Instant countsTo = pause.getEnd() != null && pause.getEnd().isBefore(limitEnd) ? pause.getEnd() : limitEnd;
			intervals.add(new Interval(pause, pause.getStart(), countsTo, limitEnd));
		}
		intervals.sort(Comparator.comparing(Interval::start));
		return intervals;
	}

	/**
	 * @param engagement an engagement
	 * @return the pause going on (not resumed), or {@code null}
	 */
	public static ClockPause active(Engagement engagement) {
		for (ClockPause pause : engagement.getPauses()) {
			if (pause.getStart() != null && pause.getEnd() == null) {
				return pause;
			}
		}
		return null;
	}

	/**
	 * @param interval a pause as {@link #intervals} counts it
	 * @param now      the instant to decide for
	 * @return whether the pause lasted, or has lasted until {@code now}, longer than the limit
	 */
	public static boolean isTooLong(Interval interval, Instant now) {
		Instant end = interval.pause().getEnd() != null ? interval.pause().getEnd() : now;
		return end.isAfter(interval.limitEnd());
	}

	/**
	 * @param engagement an engagement
	 * @param now        the instant to decide for
	 * @return a warning for each pause that lasted, or has lasted until {@code now}, longer than the limit
	 */
	public List<String> tooLong(Engagement engagement, Instant now) {
		List<String> warnings = new ArrayList<>();
		for (Interval interval : intervals(engagement)) {
			if (isTooLong(interval, now)) {
				warnings.add(warning(engagement, interval));
			}
		}
		return warnings;
	}

	/** @return the warning for a pause that lasted too long */
	String warning(Engagement engagement, Interval interval) {
		ClockPause pause = interval.pause();
		boolean going = pause.getEnd() == null;
		return "The update clock " + (going ? "has been" : "was") + " paused since "
				+ when(engagement, interval.start()) + " (" + reason(pause) + ") for longer than " + limitDays
				+ " business days; it " + (going ? "runs" : "ran") + " again from "
				+ when(engagement, interval.limitEnd()) + (going ? ": update the customer, or resume the clock." : ".");
	}

	/**
	 * @param engagement the engagement
	 * @param instant    an instant
	 * @return the instant in the time zone of the engagement's update calendar, e.g. "2026-11-18 09:30"
	 */
	public static String when(Engagement engagement, Instant instant) {
		return MINUTES.format(instant.atZone(zone(engagement)));
	}

	/** @return the pause's reason, or words saying it has none */
	public static String reason(ClockPause pause) {
		return pause.getReason() == null || pause.getReason().isBlank() ? "no reason given" : pause.getReason();
	}

	private Instant limitEnd(Instant start, WorkingDays days, ZoneId zone) {
		ZonedDateTime started = start.atZone(zone);
		LocalDate last = days.plus(started.toLocalDate(), limitDays);
		return started.with(last).toInstant();
	}

	private static WorkingDays workingDays(Engagement engagement) {
		BusinessCalendar calendar = WorkingTimes.updateCalendar(engagement);
		return calendar == null || calendar.getWorkingDays().isEmpty() ? WorkingDays.everyDay()
				: WorkingDays.of(calendar);
	}

	private static ZoneId zone(Engagement engagement) {
		BusinessCalendar calendar = WorkingTimes.updateCalendar(engagement);
		return calendar == null || calendar.getTimeZone() == null ? ZoneOffset.UTC : calendar.getTimeZone();
	}
}
