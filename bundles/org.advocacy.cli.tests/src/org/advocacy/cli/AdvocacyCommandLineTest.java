// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.advocacy.core.imports.ProjectPlanImporter;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.tests.harness.ConsoleWatch;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it prints, where, and with which exit code. */
class AdvocacyCommandLineTest {

	private static final Clock CLOCK = Clock.fixed(StandardSample.NOW, ZoneId.of("UTC"));
	private static final String CSV_HEADER = "area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n";

	@TempDir
	Path folder;

	private Path repository;
	private final CommandLineRun commandLine = new CommandLineRun();

	@BeforeEach
	void writeSample() {
		repository = folder.resolve("sample.advocacy");
		assertEquals(0, run("sample", repository.toString()), errors());
	}

	@Test
	void withoutArgumentsPrintsUsageOnStderrAndExitsWithTwo() {
		assertEquals(2, run());
		assertTrue(errors().contains("Usage: advocacy <command>"));
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(0, run("--help"));
		for (String command : List.of("due", "agenda", "metrics", "export", "invite", "import", "validate", "watch",
				"summary", "sample", "diagnose")) {
			assertTrue(output().contains("  " + command + " "), "help lists " + command);
		}
	}

	@Test
	void unknownCommandAndBadOptionsAreUsageErrors() {
		assertEquals(2, run("escalate", repository.toString()));
		assertTrue(errors().contains("Unknown command 'escalate'"));
		assertEquals(2, run("sample", folder.resolve("x.advocacy").toString(), "--engagements", "many"));
		assertTrue(errors().contains("--engagements must be a positive whole number, not 'many'"));
	}

	@Test
	void summaryCountsEngagementsByState() {
		assertEquals(0, run("summary", repository.toString()));
		assertTrue(output().contains("30 customers, 14 engagements"), output());
		assertTrue(output().contains("Returned to SOP"), output());
	}

	@Test
	void theReadCommandsListHeadersAndCacheThemBesideTheFile() {
		assertEquals(0, run("summary", repository.toString()));
		String summary = output();
		assertTrue(Files.exists(folder.resolve(".sample.advocacy.headers")), "the header cache was written");

		assertEquals(0, run("summary", repository.toString()));
		assertEquals(summary, output(), "the same from the cache");
	}

	@Test
	void theReadCommandsTakeATeamRepositoryLocation() {
		assertEquals(1, run("metrics", "postgresql://127.0.0.1:1/advocacy?sslmode=disable"));
		assertTrue(errors().contains("postgresql://127.0.0.1:1/advocacy"), errors());
	}

	@Test
	void malformedRepositoryFailsWithTheFileAndLine() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.advocacy"), "<?xml version=\"1.0\"?>\n<a><b></a>\n");

		assertEquals(1, run("summary", broken.toString()));
		assertTrue(errors().contains("Cannot open repository " + broken.toAbsolutePath() + " at line 2"), errors());
	}

	@Test
	void sampleValidatesWithoutErrors() {
		assertEquals(0, run("validate", repository.toString()), output());
		assertTrue(output().contains("0 error(s)"), output());
	}

	@Test
	void dueListsTheThreeSections() {
		assertEquals(0, run("due", repository.toString(), "--now", StandardSample.NOW.toString()));
		assertTrue(output().contains("Escalations ("), output());
		assertTrue(output().contains("Customer updates ("), output());
		assertTrue(output().contains("Root-cause commitments overdue (1)"), output());
	}

	@Test
	void agendaListsTheSectionsOfTheNextReview() {
		assertEquals(0, run("agenda", repository.toString(), "--now", StandardSample.NOW.toString()), errors());
		for (String section : List.of("New situations (", "Updates on open engagements (", "To confirm closed (",
				"Root-cause commitments overdue (1)")) {
			assertTrue(output().contains(section), output());
		}
	}

	@Test
	void metricsPrintsTheFiveMetricsAndRejectsABadDate() {
		assertEquals(0, run("metrics", repository.toString(), "--period", "week"), errors());
		assertTrue(output().contains("13 engagements selected."), output());
		for (String metric : List.of("1. Customers per engagement, by week", "2. Engagements by reason",
				"3. Duration", "4. Engagements by customer segment", "5. Effort ")) {
			assertTrue(output().contains(metric), output());
		}
		assertEquals(2, run("metrics", repository.toString(), "--from", "last tuesday"));
		assertTrue(errors().contains("--from must be a date like 2026-11-20, not 'last tuesday'"), errors());
	}

	@Test
	void exportsSummaryToStdoutAndStatusPdfToAFile() throws IOException {
		assertEquals(0, run("export", "summary", repository.toString(), "ADV-0002", "--format", "md"));
		assertTrue(output().contains("ADV-0002"), output());

		Path pdf = folder.resolve("status.pdf");
		assertEquals(0, run("export", "status", repository.toString(), "ADV-0002", "--format", "pdf", "--out",
				pdf.toString()), errors());
		assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
	}

	@Test
	void aPdfExportPrintsNothingFromTheLibraries() {
		Path pdf = folder.resolve("status.pdf");
		List<String> printed;
		try (ConsoleWatch console = new ConsoleWatch()) {
			assertEquals(0, run("export", "status", repository.toString(), "ADV-0002", "--format", "pdf", "--out",
					pdf.toString()), errors());
			printed = console.printed();
		}

		assertEquals("", errors());
		assertEquals(List.of(), printed, "PDFBox and openhtmltopdf print nothing on stderr");
	}

	@Test
	void exportsTheGetWellPlanAsMpxThatPlanningToolsReadBack() throws Exception {
		AdvocacyRepository sample = new RepositoryStore().loadRepository(repository);
		Engagement planned = sample.getEngagements().stream().filter(e -> e.getGetWellPlan() != null).findFirst()
				.orElseThrow();
		Path mpx = folder.resolve("plan.mpx");

		assertEquals(0, run("export", "plan", repository.toString(), planned.getKey(), "--format", "mpx", "--out",
				mpx.toString()), errors());

		assertTrue(Files.readString(mpx, StandardCharsets.ISO_8859_1).startsWith("MPX,"), "an MPX file");
		GetWellPlan back = new ProjectPlanImporter().read(mpx, sample.getOrganization()).plan();
		assertEquals(taskNames(planned.getGetWellPlan()), taskNames(back));
		assertEquals(2, run("export", "plan", repository.toString(), planned.getKey(), "--format", "mpp", "--out",
				mpx.toString()));
		assertTrue(errors().contains("--format must be one of xml, mpx"), errors());
	}

	private static List<String> taskNames(GetWellPlan plan) {
		return plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).map(PlanTask::getName).toList();
	}

	@Test
	void exportNeedsAnExistingEngagementAndAFileForBinaryFormats() {
		assertEquals(1, run("export", "summary", repository.toString(), "ADV-9999"));
		assertTrue(errors().contains("There is no engagement ADV-9999"), errors());
		assertEquals(2, run("export", "status", repository.toString(), "ADV-0002", "--format", "pdf"));
		assertTrue(errors().contains("--out"), errors());
	}

	@Test
	void importWithProblemsReportsThemAndLeavesTheRepositoryUntouched() throws IOException {
		Path csv = Files.writeString(folder.resolve("ladder.csv"),
				CSV_HEADER + "Legal,legal,chief,Ana Lima,Counsel,not-an-email,,,yes,Mars/Olympus\n");
		byte[] before = Files.readAllBytes(repository);

		assertEquals(1, run("import", "who-to-call", repository.toString(), csv.toString()));

		assertTrue(errors().contains("Line 2, column 3 (level)"), errors());
		assertTrue(errors().contains("Line 2, column 6 (email)"), errors());
		assertTrue(errors().contains("Line 2, column 10 (time zone)"), errors());
		assertArrayEquals(before, Files.readAllBytes(repository));
	}

	@Test
	void cleanImportIsSaved() throws IOException {
		Path csv = Files.writeString(folder.resolve("ladder.csv"), CSV_HEADER
				+ "Legal,legal,primary,Ana Lima,Counsel,ana.lima@example.com,+1 555 0100,,yes,America/New_York\n");

		assertEquals(0, run("import", "who-to-call", repository.toString(), csv.toString()), errors());

		FunctionalArea legal = new RepositoryStore().loadRepository(repository).getOrganization().getAreas().stream()
				.filter(area -> area.getName().equalsIgnoreCase("Legal")).findFirst().orElseThrow();
		assertEquals(1, legal.getLadder().size());
		assertEquals(EscalationLevel.PRIMARY, legal.getLadder().get(0).getLevel());
		assertEquals("Ana Lima", legal.getLadder().get(0).getPerson().getName());
	}

	private int run(String... arguments) {
		return commandLine.run(CLOCK, Map.of(), arguments);
	}

	private String output() {
		return commandLine.output();
	}

	private String errors() {
		return commandLine.errors();
	}
}
