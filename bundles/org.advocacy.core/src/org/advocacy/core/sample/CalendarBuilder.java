// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntFunction;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Weekday;

/**
 * Builds the organization's business calendars (Monday to Friday, regional working hours, real public holidays)
 * for the whole time window of the sample: from {@link #HISTORY_DAYS} days before "now" to a year and a half
 * after it.
 */
final class CalendarBuilder {

	/** How far back the sample's history (closed engagements, their plans) may reach. */
	static final int HISTORY_DAYS = 1100;
	private static final int FUTURE_DAYS = 550;

	/** The calendars in a fixed order: United States, United Kingdom, Germany (Berlin), Singapore. */
	static final int US = 0;
	static final int UK = 1;
	static final int BERLIN = 2;
	static final int SINGAPORE = 3;

	private final SampleContext context;

	CalendarBuilder(SampleContext context) {
		this.context = context;
	}

	/** @return the working-day tables of the new calendars, in the order of the constants above */
	List<WorkingDayIndex> build() {
		LocalDate today = LocalDate.ofInstant(context.now, ZoneId.of("UTC"));
		LocalDate from = today.minusDays(HISTORY_DAYS);
		LocalDate to = today.plusDays(FUTURE_DAYS);
		return List.of(
				calendar("United States business hours", "America/New_York", "US", 8, 30, 17, 30, from, to,
						Holidays::unitedStates),
				calendar("United Kingdom business hours", "Europe/London", "GB", 9, 0, 17, 30, from, to,
						Holidays::unitedKingdom),
				calendar("Germany (Berlin) business hours", "Europe/Berlin", "DE-BE", 8, 30, 17, 0, from, to,
						Holidays::berlin),
				calendar("Singapore business hours", "Asia/Singapore", "SG", 9, 0, 18, 0, from, to,
						Holidays::singapore));
	}

	private WorkingDayIndex calendar(String name, String zone, String holidayRegion, int startHour, int startMinute,
			int endHour, int endMinute, LocalDate from, LocalDate to, IntFunction<List<Holidays.Entry>> holidays) {
		BusinessCalendar calendar = context.factory.createBusinessCalendar();
		calendar.setName(name);
		calendar.setTimeZone(ZoneId.of(zone));
		calendar.setHolidayRegion(holidayRegion);
		calendar.getWorkingDays().addAll(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY,
				Weekday.THURSDAY, Weekday.FRIDAY));
		calendar.setWorkdayStart(LocalTime.of(startHour, startMinute));
		calendar.setWorkdayEnd(LocalTime.of(endHour, endMinute));
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (Holidays.Entry entry : holidays.apply(year)) {
				Holiday holiday = context.factory.createHoliday();
				holiday.setDate(entry.date());
				holiday.setName(entry.name());
				calendar.getHolidays().add(holiday);
			}
		}
		return new WorkingDayIndex(calendar, from, to, context.now);
	}
}
