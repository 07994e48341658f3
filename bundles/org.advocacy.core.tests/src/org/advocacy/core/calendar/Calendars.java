// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Weekday;

/** Business calendars and local instants for the calendar and escalation tests. */
public final class Calendars {

	/** Monday to Friday. */
	public static final List<Weekday> WEEKDAYS = List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY,
			Weekday.THURSDAY, Weekday.FRIDAY);

	private Calendars() {
	}

	/** @return a Monday-to-Friday calendar in the zone with the given hours and holidays */
	public static BusinessCalendar weekdays(String zone, String start, String end, LocalDate... holidays) {
		return calendar(zone, start, end, WEEKDAYS, holidays);
	}

	/** @return a calendar in the zone with the given hours, working days and holidays */
	public static BusinessCalendar calendar(String zone, String start, String end, List<Weekday> days,
			LocalDate... holidays) {
		BusinessCalendar calendar = AdvocacyFactory.eINSTANCE.createBusinessCalendar();
		calendar.setName(zone + " business hours");
		calendar.setTimeZone(ZoneId.of(zone));
		calendar.setWorkdayStart(LocalTime.parse(start));
		calendar.setWorkdayEnd(LocalTime.parse(end));
		calendar.getWorkingDays().addAll(days);
		for (LocalDate date : holidays) {
			Holiday holiday = AdvocacyFactory.eINSTANCE.createHoliday();
			holiday.setDate(date);
			holiday.setName("Holiday");
			calendar.getHolidays().add(holiday);
		}
		return calendar;
	}

	/** @return the instant of a local date-time such as "2026-03-27T16:55" in the zone */
	public static Instant at(String zone, String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
	}
}
