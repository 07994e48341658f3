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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.exports.HtmlText;
import org.advocacy.core.exports.MarkdownText;
import org.advocacy.core.imports.ProjectPlanImporter;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.StatusColour;
import org.advocacy.tests.harness.ConsoleWatch;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what it prints, where, and with which exit code. */
class AdvocacyCommandLineTest {

	private static final Clock CLOCK = Clock.fixed(StandardSample.NOW, ZoneId.of("UTC"));
	private static final String CSV_HEADER = "area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n";
	private static final String CUSTOMER_HEADER = "customer,segment,business unit,product lines,account owner,"
			+ "customer since,customer until,escalation request,contact,title,audience,email,phone,mobile,24x7\n";

	@TempDir
	Path folder;

	private Path repository;
	private final CommandLineRun commandLine = new CommandLineRun(CLOCK);

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
		for (String command : List.of("init", "due", "agenda", "commitments", "metrics", "export", "invite", "import",
				"validate", "watch", "summary", "sample", "team", "diagnose")) {
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
	void agendaRollsUpEveryRootCauseAndListsTheCommitmentsAskedForTheReview() {
		assertEquals(0, run("agenda", repository.toString(), "--now", StandardSample.NOW.toString()), errors());
		assertTrue(output().contains("Root-cause commitments asked for this review (0)"), output());
		assertTrue(output().contains("Recurring root causes ("), output());
		assertTrue(output().lines().anyMatch(line -> line.matches("  \\S.* customers .* engagements .* causes, \\d+ "
				+ "with a commitment")), output());
	}

	@Test
	void commitmentsListsOverdueOnesFirstAndOnlyThemWhenAsked() {
		assertEquals(0, run("commitments", repository.toString(), "--now", StandardSample.NOW.toString()), errors());
		List<String> lines = output().lines().toList();
		assertTrue(lines.get(0).matches("Root-cause commitments \\((\\d+), 1 overdue\\):"), lines.get(0));
		assertTrue(lines.get(1).contains(" d late"), "the overdue one first: " + lines.get(1));
		assertTrue(lines.get(2).contains("root causes: "), lines.get(2));
		int listed = (int) lines.stream().filter(line -> line.contains("root causes: ")).count();
		assertTrue(listed > 1, output());

		assertEquals(0, run("commitments", repository.toString(), "--overdue", "--now",
				StandardSample.NOW.toString()), errors());
		assertEquals(1, output().lines().filter(line -> line.contains("root causes: ")).count(), output());
		assertTrue(output().contains(" d late"), output());
	}

	@Test
	void exportsShowTheColourOverrideWithItsReasonAndTheEngineColourWithout() throws IOException {
		AdvocacyRepository sample = new RepositoryStore().loadRepository(repository);
		EngagementColours engine = new EngagementColours(StandardSample.NOW);
		Engagement yellow = sample.getEngagements().stream()
				.filter(engagement -> engagement.getClosedAt() == null && engagement.getColourOverride() == null)
				.filter(engagement -> engine.colourOf(engagement) == StatusColour.YELLOW).findFirst().orElseThrow();
		ColourOverride red = AdvocacyFactory.eINSTANCE.createColourOverride();
		red.setColour(StatusColour.RED);
		red.setReason("The CIO threatened to cancel the renewal");
		red.setSetBy(yellow.getAdvocate());
		yellow.setColourOverride(red);
		new RepositoryStore().save(sample, repository);

		String overridden = "Red (set by " + yellow.getAdvocate().getName()
				+ "): The CIO threatened to cancel the renewal";
		assertExportsSay(yellow.getKey(), overridden);

		yellow.setColourOverride(null);
		new RepositoryStore().save(sample, repository);
		assertExportsSay(yellow.getKey(), engine.of(yellow).rationale());
	}

	private void assertExportsSay(String key, String rationale) {
		String now = StandardSample.NOW.toString();
		assertEquals(0, run("export", "status", repository.toString(), key, "--format", "html", "--now", now),
				errors());
		assertTrue(output().contains(HtmlText.escape(rationale)), output());
		assertEquals(0, run("export", "draft", repository.toString(), key, "--audience", "management", "--now", now),
				errors());
		assertTrue(output().contains(MarkdownText.cell(rationale)), output());
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

	@Test
	void customersAreImportedAddedAndUpdatedAndSaved() throws IOException {
		Path csv = Files.writeString(folder.resolve("customers.csv"), CUSTOMER_HEADER
				+ "Kestrel Aerospace,Strategic accounts,,,,2017-05-02,,yes,Ines Rocha,VP Operations,management,"
				+ "ines.rocha@kestrel.example,,+1 555 0177,yes\n"
				+ "Nimbus Robotics,Enterprise,,,,,,,Tom Vale,,engineer,tom.vale@nimbus.example,+1 555 0190,,\n");

		assertEquals(0, run("import", "customers", repository.toString(), csv.toString()), errors());

		assertTrue(output().contains("Adds 1 customer and updates 1; 2 contacts added or updated."), output());
		AdvocacyRepository saved = new RepositoryStore().loadRepository(repository);
		Customer kestrel = customer(saved, "Kestrel Aerospace");
		assertEquals(LocalDate.of(2017, 5, 2), kestrel.getCustomerSince());
		CustomerContact ines = kestrel.getContacts().stream().filter(c -> "Ines Rocha".equals(c.getName()))
				.findFirst().orElseThrow();
		assertTrue(ines.getContactPoints().get(0).isAvailable24x7());
		assertEquals("Enterprise", customer(saved, "Nimbus Robotics").getSegment().getName());
	}

	@Test
	void customersWithProblemsAreReportedLineByLineAndNothingIsSaved() throws IOException {
		Path csv = Files.writeString(folder.resolve("customers.csv"), CUSTOMER_HEADER
				+ "Nimbus Robotics,Platinum,,,,2024-13-01,,,Tom Vale,,,,,,\n");
		byte[] before = Files.readAllBytes(repository);

		assertEquals(1, run("import", "customers", repository.toString(), csv.toString()));

		assertTrue(errors().contains("The customer file \"customers.csv\" has 2 problems; nothing was imported."),
				errors());
		assertTrue(errors().contains("Line 2, column 2 (segment): \"Platinum\" is not a segment"), errors());
		assertTrue(errors().contains("Line 2, column 6 (customer since): \"2024-13-01\" is not a date"), errors());
		assertArrayEquals(before, Files.readAllBytes(repository));
		assertEquals(2, run("import", "suppliers", repository.toString(), csv.toString()));
		assertTrue(errors().contains("'who-to-call' or 'customers' can be imported, not 'suppliers'"), errors());
	}

	private static Customer customer(AdvocacyRepository repository, String name) {
		return repository.getCustomers().stream().filter(customer -> name.equals(customer.getName())).findFirst()
				.orElseThrow();
	}

	private int run(String... arguments) {
		return commandLine.run(arguments);
	}

	private String output() {
		return commandLine.output();
	}

	private String errors() {
		return commandLine.errors();
	}
}
