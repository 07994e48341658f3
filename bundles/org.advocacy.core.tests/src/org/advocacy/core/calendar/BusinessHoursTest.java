// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import static org.advocacy.core.calendar.Calendars.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Weekday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessHoursTest {

	private static final String BERLIN = "Europe/Berlin";
	private static final String NEW_YORK = "America/New_York";
	private static final List<Weekday> EVERY_DAY = List.of(Weekday.values());

	private final WorkingTime berlin = WorkingTime.businessHours(ModelBuilder.weekdays(BERLIN, "09:00", "17:00"));

	@Test
	void timeoutStartingFridayAt1655FallsDueMondayAt0910() {
		assertEquals(at(BERLIN, "2026-03-09T09:10"), berlin.plus(at(BERLIN, "2026-03-06T16:55"), Duration.ofMinutes(15)));
	}

	@Test
	void startOutsideWorkingHoursCountsFromTheNextOpening() {
		assertEquals(at(BERLIN, "2026-03-09T09:15"), berlin.plus(at(BERLIN, "2026-03-09T07:00"), Duration.ofMinutes(15)));
		assertEquals(at(BERLIN, "2026-03-10T09:15"), berlin.plus(at(BERLIN, "2026-03-09T18:30"), Duration.ofMinutes(15)));
		assertEquals(at(BERLIN, "2026-03-09T09:15"), berlin.plus(at(BERLIN, "2026-03-07T12:00"), Duration.ofMinutes(15)));
	}

	@Test
	void amountEndingAtClosingTimeFallsDueAtClosingTime() {
		assertEquals(at(BERLIN, "2026-03-06T17:00"), berlin.plus(at(BERLIN, "2026-03-06T16:45"), Duration.ofMinutes(15)));
	}

	@Test
	void amountsLongerThanADaySpanSeveralWorkingDays() {
		assertEquals(at(BERLIN, "2026-03-11T09:30"),
				berlin.plus(at(BERLIN, "2026-03-09T09:00"), Duration.ofHours(16).plusMinutes(30)));
		assertEquals(at(BERLIN, "2026-03-11T17:00"), berlin.plus(at(BERLIN, "2026-03-06T17:00"), Duration.ofHours(24)));
	}

	@Test
	void holidaysAreSkipped() {
		WorkingTime easter = WorkingTime.businessHours(ModelBuilder.weekdays(BERLIN, "09:00", "17:00",
				LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06")));
		assertEquals(at(BERLIN, "2026-04-07T09:10"), easter.plus(at(BERLIN, "2026-04-02T16:55"), Duration.ofMinutes(15)));
		assertFalse(easter.isWorkingTime(at(BERLIN, "2026-04-06T10:00")));
		assertEquals(Duration.ofHours(8), easter.elapsed(at(BERLIN, "2026-04-02T00:00"), at(BERLIN, "2026-04-07T00:00")));
	}

	@Test
	void berlinSpringForwardWeekendKeepsTheWallClockHoursOfMonday() {
		// Clocks go from 02:00 to 03:00 on Sunday 29 March 2026: Friday 16:55 CET + 15 min is Monday 09:10 CEST.
		Instant due = berlin.plus(at(BERLIN, "2026-03-27T16:55"), Duration.ofMinutes(15));
		assertEquals(Instant.parse("2026-03-30T07:10:00Z"), due);
		assertEquals(Duration.ofMinutes(15), berlin.elapsed(at(BERLIN, "2026-03-27T16:55"), due));
	}

	@Test
	void berlinTwentyThreeHourDayStillHasEightWorkingHours() {
		WorkingTime sevenDays = WorkingTime.businessHours(ModelBuilder.businessHours(BERLIN, "09:00", "17:00", EVERY_DAY));
		Instant sundayStart = at(BERLIN, "2026-03-29T00:00");
		Instant mondayStart = at(BERLIN, "2026-03-30T00:00");
		assertEquals(Duration.ofHours(23), Duration.between(sundayStart, mondayStart));
		assertEquals(Duration.ofHours(8), sevenDays.elapsed(sundayStart, mondayStart));
		assertEquals(Instant.parse("2026-03-29T08:00:00Z"),
				sevenDays.plus(at(BERLIN, "2026-03-28T16:00"), Duration.ofHours(2)));
	}

	@Test
	void newYorkFallBackWeekendKeepsTheWallClockHoursOfMonday() {
		// Clocks go from 02:00 EDT back to 01:00 EST on Sunday 1 November 2026.
		WorkingTime newYork = WorkingTime.businessHours(ModelBuilder.weekdays(NEW_YORK, "08:30", "17:30"));
		Instant due = newYork.plus(at(NEW_YORK, "2026-10-30T17:25"), Duration.ofMinutes(15));
		assertEquals(Instant.parse("2026-11-02T13:40:00Z"), due);
		assertEquals(at(NEW_YORK, "2026-11-02T08:40"), due);
	}

	@Test
	void newYorkTwentyFiveHourDayStillHasNineWorkingHours() {
		WorkingTime sevenDays = WorkingTime.businessHours(ModelBuilder.businessHours(NEW_YORK, "08:30", "17:30", EVERY_DAY));
		Instant sundayStart = at(NEW_YORK, "2026-11-01T00:00");
		Instant mondayStart = at(NEW_YORK, "2026-11-02T00:00");
		assertEquals(Duration.ofHours(25), Duration.between(sundayStart, mondayStart));
		assertEquals(Duration.ofHours(9), sevenDays.elapsed(sundayStart, mondayStart));
		assertEquals(Instant.parse("2026-11-01T14:00:00Z"),
				sevenDays.plus(at(NEW_YORK, "2026-10-31T17:00"), Duration.ofHours(1)));
	}

	@ParameterizedTest(name = "{0} from {1} plus {2} minutes")
	@CsvSource({ "Europe/Berlin, 2026-03-27T16:55, 15", "Europe/Berlin, 2026-03-28T11:00, 600",
			"Europe/Berlin, 2026-03-26T03:00, 2000", "America/New_York, 2026-10-30T17:25, 15",
			"America/New_York, 2026-10-31T23:00, 45", "America/New_York, 2026-10-29T12:00, 1440" })
	void elapsedWorkingTimeUndoesAddedWorkingTime(String zone, String start, long minutes) {
		WorkingTime hours = WorkingTime.businessHours(ModelBuilder.weekdays(zone, "09:00", "17:00"));
		Instant from = at(zone, start);
		Instant due = hours.plus(from, Duration.ofMinutes(minutes));
		assertEquals(Duration.ofMinutes(minutes), hours.elapsed(from, due));
		assertTrue(hours.isWorkingTime(due.minusSeconds(1)));
	}

	@Test
	void workingTimeIsInsideWorkingHoursOnWorkingDaysOnly() {
		assertTrue(berlin.isWorkingTime(at(BERLIN, "2026-03-06T09:00")));
		assertTrue(berlin.isWorkingTime(at(BERLIN, "2026-03-06T16:59")));
		assertFalse(berlin.isWorkingTime(at(BERLIN, "2026-03-06T17:00")));
		assertFalse(berlin.isWorkingTime(at(BERLIN, "2026-03-06T08:59")));
		assertFalse(berlin.isWorkingTime(at(BERLIN, "2026-03-07T12:00")));
	}

	@Test
	void elapsedCountsOnlyWorkingTimeAndIsZeroBackwards() {
		Instant friday = at(BERLIN, "2026-03-06T16:55");
		Instant monday = at(BERLIN, "2026-03-09T09:10");
		assertEquals(Duration.ofMinutes(15), berlin.elapsed(friday, monday));
		assertEquals(Duration.ZERO, berlin.elapsed(monday, friday));
		assertEquals(Duration.ZERO, berlin.elapsed(at(BERLIN, "2026-03-07T08:00"), at(BERLIN, "2026-03-08T20:00")));
	}

	@Test
	void nightShiftEndsTheNextMorning() {
		WorkingTime nights = WorkingTime.businessHours(ModelBuilder.weekdays(NEW_YORK, "22:00", "06:00"));
		assertTrue(nights.isWorkingTime(at(NEW_YORK, "2026-03-10T03:00")));
		assertTrue(nights.isWorkingTime(at(NEW_YORK, "2026-03-07T03:00")), "Friday night's shift runs into Saturday");
		assertFalse(nights.isWorkingTime(at(NEW_YORK, "2026-03-08T03:00")));
		assertFalse(nights.isWorkingTime(at(NEW_YORK, "2026-03-10T12:00")));
		assertEquals(at(NEW_YORK, "2026-03-06T22:10"), nights.plus(at(NEW_YORK, "2026-03-06T05:50"), Duration.ofMinutes(20)));
	}

	@Test
	void wholeDayCalendarCountsEveryMinuteOfItsWorkingDays() {
		WorkingTime allDay = WorkingTime.businessHours(ModelBuilder.weekdays(BERLIN, "00:00", "00:00"));
		assertEquals(at(BERLIN, "2026-03-09T00:30"), allDay.plus(at(BERLIN, "2026-03-06T23:30"), Duration.ofHours(1)));
	}

	@Test
	void negativeAmountsAndCalendarsWithoutTimeZoneAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> berlin.plus(Instant.EPOCH, Duration.ofMinutes(-1)));
		BusinessCalendar noZone = ModelBuilder.weekdays(BERLIN, "09:00", "17:00");
		noZone.setTimeZone(null);
		assertThrows(IllegalArgumentException.class, () -> WorkingTime.businessHours(noZone));
	}

	@Test
	void roundTheClockCountsEveryMinuteAcrossWeekendsAndDaylightSaving() {
		WorkingTime wall = WorkingTime.roundTheClock();
		Instant saturdayNight = at(BERLIN, "2026-03-29T01:55");
		assertEquals(Instant.parse("2026-03-29T01:10:00Z"), wall.plus(saturdayNight, Duration.ofMinutes(15)));
		assertEquals(at(BERLIN, "2026-03-29T03:10"), wall.plus(saturdayNight, Duration.ofMinutes(15)));
		assertEquals(Duration.ofMinutes(15), wall.elapsed(saturdayNight, saturdayNight.plusSeconds(900)));
		assertTrue(wall.isWorkingTime(saturdayNight));
		assertEquals("24x7", wall.description());
	}
}
