// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.model.BusinessCalendar;

/**
 * The clock a deadline runs on. Escalation timeouts and customer-update cadences are amounts of <em>working</em>
 * time: urgent engagements count every minute of the day ({@link #roundTheClock()}), business-hours engagements
 * count only the working hours of a business calendar ({@link #businessHours(BusinessCalendar)}). Code that
 * computes deadlines depends on this interface only, so it never needs to know which of the two applies.
 * Implementations are immutable and thread-safe.
 */
public interface WorkingTime {

	/**
	 * Adds an amount of working time. A start outside working time counts from the next opening; an amount that
	 * ends exactly at a closing returns that closing, not the next opening.
	 *
	 * @param start  where to start counting
	 * @param amount working time to add, zero or positive
	 * @return the instant at which that much working time has passed since {@code start}
	 * @throws IllegalArgumentException if the amount is negative
	 */
	Instant plus(Instant start, Duration amount);

	/**
	 * @return the working time in {@code [from, to)}; zero when {@code to} is not after {@code from}
	 */
	Duration elapsed(Instant from, Instant to);

	/** @return whether work is counted at that instant */
	boolean isWorkingTime(Instant instant);

	/** @return a short name for messages, such as "24x7" or the calendar's name */
	String description();

	/** @return the wall clock, running 24 hours a day, 7 days a week: for urgent engagements */
	static WorkingTime roundTheClock() {
		return RoundTheClock.INSTANCE;
	}

	/**
	 * @param calendar a business calendar; its time zone, working days, working hours and holidays are copied
	 * @return the working hours of that calendar
	 * @throws IllegalArgumentException if the calendar has no time zone or no working weekday
	 */
	static WorkingTime businessHours(BusinessCalendar calendar) {
		return BusinessHours.of(calendar);
	}
}
