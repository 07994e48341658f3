// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/** The choices a user gets for the public holidays of a new calendar, and the names the holidays get. */
class PublicHolidaysTest {

	@Test
	void countriesAreOfferedByNameWithoutStockExchanges() {
		List<HolidayPlace> countries = PublicHolidays.countries();

		assertTrue(countries.contains(new HolidayPlace("DE", "Germany")));
		assertTrue(countries.contains(new HolidayPlace("US", "United States")));
		assertTrue(countries.stream().noneMatch(place -> place.code().equals("NYSE")), "a stock exchange");
		assertTrue(countries.size() > 50, countries.size() + " countries");
		assertEquals(countries.stream().map(HolidayPlace::name).sorted().toList(),
				countries.stream().map(HolidayPlace::name).toList());
	}

	@Test
	void regionsAreTheCountrysStatesOrNations() {
		assertTrue(PublicHolidays.regions("de").contains(new HolidayPlace("BY", "Bavaria")));
		assertTrue(PublicHolidays.regions("GB").stream().anyMatch(place -> place.code().equals("ENG")));
		assertEquals(List.of(), PublicHolidays.regions("SG"), "Singapore's holidays are the same everywhere");
	}

	@Test
	void holidaysAreNamedInTheCountrysLanguageWhereTheLibraryHasIt() {
		assertEquals(Locale.GERMAN.getLanguage(), PublicHolidays.namesLanguage("DE").getLanguage());
		assertEquals(Locale.ENGLISH, PublicHolidays.namesLanguage("US"));
		assertEquals(Locale.ENGLISH, PublicHolidays.namesLanguage("CH"), "several languages: English");
		assertTrue(PublicHolidays.between(HolidayRegion.parse("FR"), 2026, 2026)
				.contains(new PublicHoliday(LocalDate.of(2026, 7, 14), "Fête Nationale")));
	}

	@Test
	void holidaysAreReadWhicheverBundlesThreadAsks() throws InterruptedException {
		List<List<PublicHoliday>> read = new CopyOnWriteArrayList<>();
		Thread foreign = new Thread(() -> read.add(PublicHolidays.between(HolidayRegion.parse("NZ"), 2027, 2027)));
		foreign.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		foreign.start();
		foreign.join();

		assertEquals(1, read.size(), "the thread read New Zealand's holidays without failing");
		assertTrue(read.get(0).stream().anyMatch(holiday -> holiday.date().equals(LocalDate.of(2027, 10, 25))),
				"Labour Day, the fourth Monday of October: " + read.get(0));
	}

	@Test
	void theBritishNationsHaveTheirOwnHolidays() {
		List<PublicHoliday> scotland = PublicHolidays.between(HolidayRegion.parse("GB-SCT"), 2026, 2026);
		List<PublicHoliday> england = PublicHolidays.between(HolidayRegion.parse("GB-ENG"), 2026, 2026);

		assertTrue(scotland.stream().anyMatch(holiday -> holiday.date().equals(LocalDate.of(2026, 11, 30))),
				"St Andrew's Day: " + scotland);
		assertTrue(england.stream().noneMatch(holiday -> holiday.date().equals(LocalDate.of(2026, 11, 30))));
		assertEquals("United Kingdom (England)", PublicHolidays.describe(HolidayRegion.parse("gb-eng")));
	}
}
