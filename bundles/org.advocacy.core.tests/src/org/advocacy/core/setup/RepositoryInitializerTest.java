// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.advocacy.core.calendar.BusinessHours;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Holiday;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A support organization starts from nothing: a repository that is ready to staff and to take engagements. */
class RepositoryInitializerTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@TempDir
	Path folder;

	private final RepositoryInitializer initializer = new RepositoryInitializer(new RepositoryStore());

	private static NewRepositoryRequest bavaria() {
		return NewRepositoryRequest.withStarterContent("Alpenland Software GmbH", BERLIN,
				new CalendarSettings(CalendarSettings.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
						HolidayRegion.parse("DE-BY"), 2026, 2028));
	}

	@Test
	void theStandardAreasHaveEmptyWhoToCallLadders() {
		AdvocacyRepository repository = initializer.create(bavaria());

		List<FunctionalArea> areas = repository.getOrganization().getAreas();
		assertEquals(List.of("Sales", "Engineering", "Product management", "Legal", "Technical support", "Finance",
				"Professional services"), areas.stream().map(FunctionalArea::getName).toList());
		assertEquals(List.of(AreaKind.SALES, AreaKind.ENGINEERING, AreaKind.PRODUCT_MANAGEMENT, AreaKind.LEGAL,
				AreaKind.TECHNICAL_SUPPORT, AreaKind.FINANCE, AreaKind.PROFESSIONAL_SERVICES),
				areas.stream().map(FunctionalArea::getKind).toList());
		assertTrue(areas.stream().allMatch(area -> area.getLadder().isEmpty()), "nobody is on a ladder yet");
		assertTrue(repository.getOrganization().getPeople().isEmpty());
	}

	@Test
	void theStarterSegmentsCarryTheirLevelAndTargetsPerUrgency() {
		AdvocacyRepository repository = initializer.create(bavaria());

		Map<String, CustomerSegment> segments = repository.getSegments().stream()
				.collect(Collectors.toMap(CustomerSegment::getName, segment -> segment));
		CustomerSegment strategic = segments.get("Strategic accounts");
		assertEquals(AdvocacyLevel.DEDICATED_SENIOR_ADVOCATE, strategic.getAdvocacyLevel());
		assertEquals(List.of(Urgency.URGENT_24X7, Urgency.BUSINESS_HOURS),
				strategic.getTargets().stream().map(ServiceTarget::getUrgency).toList());
		ServiceTarget urgent = strategic.getTargets().get(0);
		assertEquals(120, urgent.getUpdateCadenceMinutes());
		assertEquals(15, urgent.getEscalationTimeoutMinutes(), "the whitepaper's ~15 minutes per rung");
		assertEquals(AdvocacyLevel.STANDARD_OPERATING_PROCEDURE, segments.get("Low margin").getAdvocacyLevel());
		assertEquals(4, segments.size());
		assertEquals(2, repository.getDefaultTargets().size());
	}

	@Test
	void theReasonsForEngagementAreTheWhitepapersTriggers() {
		AdvocacyRepository repository = initializer.create(bavaria());

		assertEquals(7, repository.getReasons().size());
		assertTrue(repository.getReasons().stream().anyMatch(reason -> reason.getName().equals(
				"Customer asked for an advocate")));
		assertTrue(repository.getReasons().stream()
				.anyMatch(reason -> reason.getDescription().contains("I've already spoken to 3+ people")));
	}

	@Test
	void bavariaObservesEpiphanyAndCorpusChristiButNotBerlinsWomensDay() {
		BusinessCalendar calendar = initializer.create(bavaria()).getOrganization().getDefaultCalendar();

		Map<LocalDate, String> holidays = holidays(calendar);
		assertEquals("Heilige Drei Könige", holidays.get(LocalDate.of(2026, 1, 6)));
		assertEquals("Fronleichnam", holidays.get(LocalDate.of(2026, 6, 4)));
		assertEquals("Christi Himmelfahrt", holidays.get(LocalDate.of(2027, 5, 6)));
		assertNull(holidays.get(LocalDate.of(2026, 3, 8)), "International Women's Day is Berlin's, not Bavaria's");
		assertTrue(holidays.keySet().stream().allMatch(date -> date.getYear() >= 2026 && date.getYear() <= 2028));
		assertEquals("DE-BY", calendar.getHolidayRegion());
		assertEquals("Germany (Bavaria) business hours", calendar.getName());
	}

	@Test
	void theUnitedStatesObserveThanksgivingAndIndependenceDayOnTheFridayBefore() {
		NewRepositoryRequest request = NewRepositoryRequest.withStarterContent("Acme Support",
				ZoneId.of("America/New_York"), new CalendarSettings(CalendarSettings.WEEKDAYS, LocalTime.of(8, 30),
						LocalTime.of(17, 30), HolidayRegion.parse("US"), 2026, 2026));

		Map<LocalDate, String> holidays = holidays(initializer.create(request).getOrganization().getDefaultCalendar());

		assertEquals("Thanksgiving Day", holidays.get(LocalDate.of(2026, 11, 26)));
		assertEquals("Independence Day", holidays.get(LocalDate.of(2026, 7, 3)), "4 July 2026 is a Saturday");
		assertFalse(holidays.containsKey(LocalDate.of(2026, 1, 6)));
	}

	@Test
	void businessHoursFollowTheZonesDaylightSavingTime() {
		BusinessCalendar calendar = initializer.create(bavaria()).getOrganization().getDefaultCalendar();
		BusinessHours hours = BusinessHours.of(calendar);

		assertEquals(BERLIN, calendar.getTimeZone());
		assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
				calendar.getWorkingDays());
		assertFalse(hours.isWorkingTime(Instant.parse("2026-03-27T07:30:00Z")), "08:30 CET, before opening");
		assertTrue(hours.isWorkingTime(Instant.parse("2026-03-30T07:30:00Z")), "09:30 CEST, after the clocks moved");
		assertEquals(Instant.parse("2026-03-30T07:10:00Z"),
				hours.plus(Instant.parse("2026-03-27T15:55:00Z"), Duration.ofMinutes(15)),
				"15 minutes from Friday 16:55 CET end on Monday 09:10 CEST");
		assertFalse(hours.isWorkingTime(Instant.parse("2026-06-04T10:00:00Z")), "Fronleichnam");
	}

	@Test
	void theNewRepositoryValidatesClean() {
		Diagnostic diagnostic = AdvocacyValidation.validate(initializer.create(bavaria()));

		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}

	@Test
	void theFileIsWrittenAndOpensWithEverythingInIt() throws Exception {
		Path file = folder.resolve("alpenland.advocacy");

		initializer.write(bavaria(), file, false);

		AdvocacyRepository loaded = new RepositoryStore().loadRepository(file);
		assertEquals("Alpenland Software GmbH", loaded.getName());
		assertEquals(7, loaded.getOrganization().getAreas().size());
		assertSame(loaded.getOrganization().getCalendars().get(0), loaded.getOrganization().getDefaultCalendar());
		assertEquals(holidays(initializer.create(bavaria()).getOrganization().getDefaultCalendar()),
				holidays(loaded.getOrganization().getDefaultCalendar()));
	}

	@Test
	void anExistingFileIsKeptUnlessOverwritingWasAskedFor() throws IOException {
		Path file = Files.writeString(folder.resolve("team.advocacy"), "the team's work of a year");

		assertThrows(FileAlreadyExistsException.class, () -> initializer.write(bavaria(), file, false));
		assertEquals("the team's work of a year", Files.readString(file));

		initializer.write(bavaria(), file, true);
		assertTrue(Files.readString(file).contains("Alpenland Software GmbH"));
	}

	@Test
	void onlyAnAdvocacyFileIsWritten() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> initializer.write(bavaria(), folder.resolve("team.xml"), false));

		assertTrue(refused.getMessage().contains("must end in .advocacy"), refused.getMessage());
		assertFalse(Files.exists(folder.resolve("team.xml")));
	}

	@Test
	void badRequestsAreRefusedNamingWhatIsWrong() {
		assertMessage("'Mars' is not a country code", () -> HolidayRegion.parse("Mars"));
		assertMessage("knows no public holidays for the country 'XX'",
				() -> PublicHolidays.between(HolidayRegion.parse("XX"), 2026, 2026));
		assertMessage("Germany has no region 'XY' in the holiday library; its regions are Baden-Württemberg (BW)",
				() -> PublicHolidays.between(HolidayRegion.parse("DE-XY"), 2026, 2026));
		assertMessage("the years 2028-2026 are out of order", () -> new CalendarSettings(CalendarSettings.WEEKDAYS,
				LocalTime.of(9, 0), LocalTime.of(17, 0), HolidayRegion.parse("DE"), 2028, 2026));
		assertMessage("ends at 08:00, which is not after it starts at 09:00",
				() -> new CalendarSettings(CalendarSettings.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(8, 0),
						HolidayRegion.parse("DE"), 2026, 2026));
		assertMessage("'+02:00' is a fixed offset", () -> NewRepositoryRequest.withStarterContent("Acme",
				ZoneId.of("+02:00"), bavaria().calendar()));
		assertMessage("give the organization's name",
				() -> NewRepositoryRequest.withStarterContent("  ", BERLIN, bavaria().calendar()));
		assertMessage("there are two of the functional area legal", () -> bavaria()
				.withAreas(List.of(new AreaTemplate("Legal", AreaKind.LEGAL), new AreaTemplate("legal", AreaKind.OTHER))));
	}

	private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable refused) {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, refused);
		assertTrue(failure.getMessage().contains(expected), failure.getMessage());
	}

	private static Map<LocalDate, String> holidays(BusinessCalendar calendar) {
		return calendar.getHolidays().stream().collect(Collectors.toMap(Holiday::getDate, Holiday::getName));
	}
}
