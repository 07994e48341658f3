// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advocacy init}: a team starts from nothing on the command line. */
class InitCommandTest {

	private static final Clock CLOCK = Clock.fixed(StandardSample.NOW, ZoneId.of("Europe/Berlin"));

	@TempDir
	Path folder;

	private final CommandLineRun cli = new CommandLineRun(CLOCK);

	@Test
	void createsARepositoryWithTheCountrysHolidaysThatValidatesClean() throws Exception {
		Path file = folder.resolve("alpenland.advocacy");

		assertEquals(0, cli.run("init", file.toString(), "--organization", "Alpenland Software GmbH", "--time-zone",
				"Europe/Berlin", "--country", "de", "--years", "2027-2028", "--hours", "8:30-17:00"), cli.errors());

		AdvocacyRepository repository = new RepositoryStore().loadRepository(file);
		BusinessCalendar calendar = repository.getOrganization().getDefaultCalendar();
		assertEquals("Alpenland Software GmbH", repository.getName());
		assertEquals(ZoneId.of("Europe/Berlin"), calendar.getTimeZone());
		assertEquals(LocalTime.of(8, 30), calendar.getWorkdayStart());
		assertEquals("DE", calendar.getHolidayRegion());
		List<LocalDate> holidays = calendar.getHolidays().stream().map(Holiday::getDate).toList();
		assertTrue(holidays.contains(LocalDate.of(2027, 3, 26)), "Good Friday 2027: " + holidays);
		assertTrue(holidays.contains(LocalDate.of(2028, 10, 3)), "Day of German Unity 2028");
		assertFalse(holidays.contains(LocalDate.of(2027, 1, 6)), "Epiphany is Bavaria's, not all Germany's");
		assertEquals(7, repository.getOrganization().getAreas().size());
		assertTrue(cli.output().contains("7 functional areas with empty who-to-call ladders, 4 customer segments"),
				cli.output());
		assertEquals(0, cli.run("validate", file.toString()), cli.output() + cli.errors());
	}

	@Test
	void withoutOptionsTheFileNamesTheOrganizationAndTheYearsAreThisAndNext() throws Exception {
		Path file = folder.resolve("Acme Support.advocacy");

		assertEquals(0, cli.run("init", file.toString(), "--country", "US"), cli.errors());

		AdvocacyRepository repository = new RepositoryStore().loadRepository(file);
		BusinessCalendar calendar = repository.getOrganization().getDefaultCalendar();
		assertEquals("Acme Support", repository.getName());
		assertEquals(CLOCK.getZone(), calendar.getTimeZone(), "the clock's zone");
		int year = LocalDate.now(CLOCK).getYear();
		assertEquals(List.of(year, year + 1),
				calendar.getHolidays().stream().map(holiday -> holiday.getDate().getYear()).distinct().toList());
	}

	@Test
	void anExistingFileIsNeverReplaced() throws IOException {
		Path file = Files.writeString(folder.resolve("team.advocacy"), "a year of the team's work");

		assertEquals(1, cli.run("init", file.toString(), "--country", "DE"));

		assertTrue(cli.errors().contains("already exists and was left as it is"), cli.errors());
		assertEquals("a year of the team's work", Files.readString(file));
	}

	@Test
	void badCountryYearsAndTimeZoneAreUsageErrorsThatNameTheValue() {
		Path file = folder.resolve("new.advocacy");

		assertEquals(2, cli.run("init", file.toString(), "--country", "XX"));
		assertTrue(cli.errors().contains("knows no public holidays for the country 'XX'"), cli.errors());
		assertEquals(2, cli.run("init", file.toString(), "--country", "DE-ZZ"));
		assertTrue(cli.errors().contains("Germany has no region 'ZZ'"), cli.errors());
		assertEquals(2, cli.run("init", file.toString(), "--country", "DE", "--years", "2028-2027"));
		assertTrue(cli.errors().contains("the years 2028-2027 are out of order"), cli.errors());
		assertEquals(2, cli.run("init", file.toString(), "--country", "DE", "--years", "next"));
		assertTrue(cli.errors().contains("--years must be a year or a range like 2027-2028, not 'next'"), cli.errors());
		assertEquals(2, cli.run("init", file.toString(), "--country", "DE", "--time-zone", "Mars/Olympus"));
		assertTrue(cli.errors().contains("--time-zone 'Mars/Olympus' is not a time zone"), cli.errors());
		assertEquals(2, cli.run("init", file.toString(), "--country", "DE", "--hours", "17:00-09:00"));
		assertTrue(cli.errors().contains("not after it starts at 17:00"), cli.errors());
		assertFalse(Files.exists(file), "nothing is written for a bad command line");
	}
}
