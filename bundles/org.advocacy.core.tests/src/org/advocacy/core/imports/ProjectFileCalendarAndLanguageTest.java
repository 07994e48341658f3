// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.Organization;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Weekday;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * A plan from a project file is scheduled on the file's calendar (reusing an equal calendar of the organization),
 * never on "every day a working day"; what the calendar cannot hold and durations that are not whole working days
 * are in the import's notes; MPX files written by a German Microsoft Project are read. The files are written by MPXJ
 * here, as Microsoft Project writes them, and one is MPXJ's own German sample.
 */
class ProjectFileCalendarAndLanguageTest {

	private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 1);

	private final ModelBuilder model = new ModelBuilder();
	private final Organization organization = model.organization();

	@Test
	void aSundayToThursdayCalendarWithADayOffIsAddedToTheOrganizationAndSchedulesThePlan() throws Exception {
		ProjectFile project = new ProjectFile();
		ProjectCalendar calendar = project.addDefaultBaseCalendar();
		calendar.setName("Dubai office");
		calendar.setWorkingDay(DayOfWeek.FRIDAY, false);
		calendar.getCalendarHours(DayOfWeek.FRIDAY).clear();
		calendar.setWorkingDay(DayOfWeek.SUNDAY, true);
		calendar.addCalendarHours(DayOfWeek.SUNDAY).addAll(calendar.getCalendarHours(DayOfWeek.MONDAY));
		calendar.addCalendarException(SUNDAY.plusDays(2)).setName("Holiday");
		project.setDefaultCalendar(calendar);
		Task phase = project.addTask();
		phase.setName("Stabilise");
		Task analyse = task(phase, "Analyse", SUNDAY, 3);

		PlanImport imported = importXml(project, "dubai.xml");

		BusinessCalendar added = imported.newCalendar();
		assertNotNull(added, "no organization calendar has these working days");
		assertSame(added, imported.plan().getCalendar());
		assertEquals("Dubai office (dubai.xml)", added.getName());
		assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.SUNDAY),
				added.getWorkingDays());
		assertEquals(LocalTime.of(8, 0), added.getWorkdayStart());
		assertEquals(LocalTime.of(17, 0), added.getWorkdayEnd());
		assertEquals(List.of(SUNDAY.plusDays(2)), added.getHolidays().stream().map(Holiday::getDate).toList());
		assertTrue(imported.notes().contains("The file's calendar \u201CDubai office\u201D (Sunday to Thursday,"
				+ " 08:00\u201317:00, 1 day off) was added to the organization as \u201CDubai office (dubai.xml)\u201D"
				+ " for this plan."), imported.notes().toString());
		assertEquals(analyse.getName(), imported.plan().getPhases().get(0).getTasks().get(0).getName());
		assertEquals(SUNDAY.plusDays(3), CriticalPathScheduler.schedule(imported.plan()).plannedFinish(),
				"Sunday, Monday, (Tuesday off), Wednesday");
	}

	@Test
	void anEqualOrganizationCalendarIsReusedAndTheDefaultComesFirst() throws Exception {
		BusinessCalendar other = ModelBuilder.calendar("Other", "UTC", "08:00", "17:00", ModelBuilder.WEEKDAYS);
		organization.getCalendars().add(other);
		BusinessCalendar office = model.defaultCalendar(
				ModelBuilder.calendar("Office", "UTC", "08:00", "17:00", ModelBuilder.WEEKDAYS));
		ProjectFile project = new ProjectFile();
		project.setDefaultCalendar(project.addDefaultBaseCalendar());
		task(project.addTask(), "Analyse", LocalDate.of(2026, 3, 2), 2);

		PlanImport imported = importXml(project, "plan.xml");

		assertSame(office, imported.plan().getCalendar());
		assertEquals(null, imported.newCalendar());
	}

	@Test
	void aWorkingWeekendDayAndHoursThatDifferByDayAreNoted() throws Exception {
		ProjectFile project = new ProjectFile();
		ProjectCalendar calendar = project.addDefaultBaseCalendar();
		calendar.getCalendarHours(DayOfWeek.FRIDAY).clear();
		calendar.getCalendarHours(DayOfWeek.FRIDAY).add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
		calendar.addCalendarException(LocalDate.of(2026, 3, 7))
				.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
		project.setDefaultCalendar(calendar);
		task(project.addTask(), "Analyse", LocalDate.of(2026, 3, 2), 5);

		List<String> notes = importXml(project, "plan.xml").notes();

		assertTrue(notes.contains("The file's calendar works 08:00\u201312:00 on Friday; the plan's calendar works"
				+ " 08:00\u201317:00 on every working day."), notes.toString());
		assertTrue(notes.contains("The file's calendar makes Sat 7 Mar 2026 a working day; a business calendar cannot"
				+ " add working days, so the plan does not work that day."), notes.toString());
	}

	@Test
	void durationsThatAreNotWholeWorkingDaysAreRoundedUpAndNoted() throws Exception {
		ProjectFile project = new ProjectFile();
		project.setDefaultCalendar(project.addDefaultBaseCalendar());
		Task phase = project.addTask();
		phase.setName("Stabilise");
		Task analyse = task(phase, "Analyse", LocalDate.of(2026, 3, 2), 2);
		analyse.setDuration(Duration.getInstance(20, TimeUnit.HOURS));
		Task fix = task(phase, "Fix", LocalDate.of(2026, 3, 5), 1);
		fix.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(analyse)
				.lag(Duration.getInstance(4, TimeUnit.HOURS)));

		PlanImport imported = importXml(project, "plan.xml");

		List<PlanTask> tasks = imported.plan().getPhases().get(0).getTasks();
		assertEquals(3, tasks.get(0).getDurationDays(), "20 hours take a third working day");
		assertTrue(imported.notes().contains("Task \"Analyse\" lasts 20.0 h (2.50 working days); plans here count whole"
				+ " working days, so it lasts 3 days."), imported.notes().toString());
		assertTrue(imported.notes().stream().anyMatch(note -> note.startsWith(
				"The link from \"Analyse\" to \"Fix\" has a lag of 4.0 h (0.50 working days)")),
				imported.notes().toString());
		assertEquals(List.of("Analyse", "Fix"), tasks.stream().map(PlanTask::getName).toList());
	}

	@Test
	void mpxjsGermanSampleIsReadAsWrittenByAGermanMicrosoftProject() throws Exception {
		PlanImport imported;
		try (InputStream in = getClass().getResourceAsStream("sample.de.mpx")) {
			imported = new ProjectPlanImporter().read(in, "sample.de.mpx", organization);
		}

		assertEquals("Read as an MPX file written by a German Microsoft Project.", imported.notes().get(0));
		GetWellPlan plan = imported.plan();
		PhaseOfValue relationships = plan.getPhases().stream()
				.filter(phase -> phase.getName().equals("Task Relationships")).findFirst().orElseThrow();
		assertEquals(12, relationships.getTasks().size());
		PlanTask lagged = relationships.getTasks().get(3);
		assertEquals("Related Task 2b", lagged.getName());
		assertEquals(LocalDate.of(2003, 1, 9), lagged.getStart(), "German dates (Do 09.01.03)");
		assertEquals(1, lagged.getDependencies().get(0).getLagDays(), "10EA+1t: a lag of one Tag");
		assertEquals(DependencyType.START_TO_FINISH, relationships.getTasks().get(11).getDependencies().get(0).getType(),
				"18AE: Anfang-Ende");
		assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
				plan.getCalendar().getWorkingDays(), "its Standard calendar");
	}

	@Test
	void anMpxFileWrittenInGermanFromOurOwnPlanReadsBack() throws Exception {
		ProjectFile project = new ProjectFile();
		project.setDefaultCalendar(project.addDefaultBaseCalendar());
		Task phase = project.addTask();
		phase.setName("Stabilisieren");
		Task analyse = task(phase, "Analyse", LocalDate.of(2026, 3, 2), 3);
		Task fix = task(phase, "Korrektur", LocalDate.of(2026, 3, 5), 2);
		fix.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(analyse));
		fix.setMilestone(false);
		MPXWriter writer = new MPXWriter();
		writer.setLocale(Locale.GERMAN);
		ByteArrayOutputStream mpx = new ByteArrayOutputStream();
		writer.write(project, mpx);
		assertTrue(new String(mpx.toByteArray(), StandardCharsets.ISO_8859_1).startsWith("MPX;"),
				"a German MPX file separates its fields with semicolons");

		PlanImport imported = new ProjectPlanImporter().read(new ByteArrayInputStream(mpx.toByteArray()), "plan.mpx",
				organization);

		List<PlanTask> tasks = imported.plan().getPhases().get(0).getTasks();
		assertEquals(List.of("Analyse", "Korrektur"), tasks.stream().map(PlanTask::getName).toList());
		assertEquals(3, tasks.get(0).getDurationDays());
		assertSame(tasks.get(0), tasks.get(1).getDependencies().get(0).getPredecessor());
		assertEquals("Read as an MPX file written by a German Microsoft Project.", imported.notes().get(0));
	}

	@Test
	void anMpxFileNoLanguageReadsIsRefusedSayingWhichLanguagesAreRead() {
		byte[] broken = "MPX;Microsoft Project for Windows;4,0;ANSI\n30;Plan;;;Standard;kein Datum\n70;1;1;Aufgabe;x\n"
				.getBytes(StandardCharsets.ISO_8859_1);

		PlanImportException failure = assertThrows(PlanImportException.class,
				() -> new ProjectPlanImporter().read(new ByteArrayInputStream(broken), "kaputt.mpx", organization));

		assertTrue(failure.getMessage().startsWith("The project plan \"kaputt.mpx\" is an MPX file that could not be"
				+ " read in any language this product reads MPX files in (English, German"), failure.getMessage());
		assertTrue(failure.getMessage().endsWith("save it from Microsoft Project as XML (.xml) and import that."),
				failure.getMessage());
	}

	private PlanImport importXml(ProjectFile project, String fileName) throws IOException, PlanImportException {
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		new MSPDIWriter().write(project, xml);
		return new ProjectPlanImporter().read(new ByteArrayInputStream(xml.toByteArray()), fileName, organization);
	}

	private static Task task(Task parent, String name, LocalDate start, int days) {
		Task task = parent.addTask();
		task.setName(name);
		task.setStart(LocalDateTime.of(start, LocalTime.of(8, 0)));
		task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
		return task;
	}
}
