// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public holidays of the sample calendars are the real ones. */
class HolidaysTest {

	@ParameterizedTest
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16" })
	void easterSunday(int year, LocalDate easter) {
		assertEquals(easter, Holidays.easterSunday(year));
	}

	@Test
	void unitedStatesObservedDates() {
		List<Holidays.Entry> holidays = Holidays.unitedStates(2026);
		assertTrue(holidays.contains(new Holidays.Entry(LocalDate.of(2026, 7, 3), "Independence Day (observed)")));
		assertTrue(holidays.contains(new Holidays.Entry(LocalDate.of(2026, 11, 26), "Thanksgiving Day")));
		assertTrue(holidays.contains(new Holidays.Entry(LocalDate.of(2026, 5, 25), "Memorial Day")));
		assertTrue(holidays.contains(new Holidays.Entry(LocalDate.of(2026, 1, 19), "Martin Luther King Jr. Day")));
	}

	@Test
	void unitedKingdomSubstituteDays() {
		List<LocalDate> dates = Holidays.unitedKingdom(2026).stream().map(Holidays.Entry::date).toList();
		assertTrue(dates.contains(LocalDate.of(2026, 12, 25)));
		assertTrue(dates.contains(LocalDate.of(2026, 12, 28)), "Boxing Day on a Saturday moves to Monday");
		assertTrue(dates.contains(LocalDate.of(2026, 4, 3)), "Good Friday");
		List<LocalDate> dates2027 = Holidays.unitedKingdom(2027).stream().map(Holidays.Entry::date).toList();
		assertTrue(dates2027.contains(LocalDate.of(2027, 12, 27)) && dates2027.contains(LocalDate.of(2027, 12, 28)),
				"Christmas and Boxing Day on a weekend move to Monday and Tuesday");
	}

	@Test
	void berlinAndSingapore() {
		List<LocalDate> berlin = Holidays.berlin(2026).stream().map(Holidays.Entry::date).toList();
		assertTrue(berlin.contains(LocalDate.of(2026, 5, 14)), "Ascension Day");
		assertTrue(berlin.contains(LocalDate.of(2026, 5, 25)), "Whit Monday");
		assertTrue(berlin.contains(LocalDate.of(2026, 3, 8)), "International Women's Day (Berlin only)");
		List<LocalDate> singapore = Holidays.singapore(2026).stream().map(Holidays.Entry::date).toList();
		assertTrue(singapore.contains(LocalDate.of(2026, 2, 17)), "Chinese New Year");
		assertTrue(singapore.contains(LocalDate.of(2026, 8, 10)), "National Day on a Sunday is observed on Monday");
		assertEquals(singapore.size(), singapore.stream().distinct().count());
	}
}
