// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AreaKind;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A support director imports the who-to-call matrix from a spreadsheet: a clean file applies in one undoable step,
 * a bad file lists every problem with its line and column and changes nothing.
 */
class WhoToCallCsvImporterTest {

	private static final String HEADER = WhoToCallColumn.headerLine() + "\n";

	private Organization organization;
	private EditingDomain domain;
	private Person ana;

	@BeforeEach
	void organizationWithLegalArea() {
		ModelBuilder model = new ModelBuilder();
		organization = model.organization();
		ana = model.person("Ana Lima");
		ana.setEmail("Ana.Lima@example.com");
		ana.setTitle("Counsel");
		Person old = model.person("Old Primary");
		old.setEmail("old@example.com");
		model.area("Legal", AreaKind.LEGAL, old);
		domain = CommandCheck.domain();
	}

	@Test
	void cleanFileIsImportedByOneCommandThatUndoesExactly() throws IOException {
		Organization before = EcoreUtil.copy(organization);
		WhoToCallImport result = prepare(HEADER
				+ "legal,Legal,VP,Ana Lima,General Counsel,ana.lima@EXAMPLE.com,+1 555 0100,,yes,America/New_York\n"
				+ "Legal,legal,primary,Bo Chen,Paralegal,bo.chen@example.com,,+44 20 7946 0000,no,Europe/London\n"
				+ "\n"
				+ "Finance,finance,backup,\"Chen, Bo\",,bo.chen2@example.com,,,,\n"
				+ "Finance,finance,primary,Ana Lima,General Counsel,ana.lima@example.com,+1 555 0100,,yes,America/New_York\n");

		assertTrue(result.isClean(), result.report());
		assertTrue(EcoreUtil.equals(before, organization), "preparing must change nothing");
		CommandCheck.executesUndoesAndRedoes(domain, organization, result.command());

		FunctionalArea legal = organization.getAreas().get(0);
		assertEquals(List.of(EscalationLevel.PRIMARY, EscalationLevel.VICE_PRESIDENT),
				legal.getLadder().stream().map(LadderRung::getLevel).toList());
		assertEquals("Bo Chen", legal.getLadder().get(0).getPerson().getName());
		assertSame(ana, legal.getLadder().get(1).getPerson(), "people are matched by e-mail, ignoring case");
		assertEquals("General Counsel", ana.getTitle());
		assertEquals(ZoneId.of("America/New_York"), ana.getTimeZone());
		assertEquals(ContactChannel.PHONE, ana.getContactPoints().get(0).getChannel());
		assertTrue(ana.getContactPoints().get(0).isAvailable24x7());
		FunctionalArea finance = organization.getAreas().get(1);
		assertEquals("Finance", finance.getName());
		assertEquals(AreaKind.FINANCE, finance.getKind());
		assertEquals("Chen, Bo", finance.getLadder().get(1).getPerson().getName());
		assertEquals(4, organization.getPeople().size());

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, organization), "one undo restores the organization exactly");
		assertFalse(domain.getCommandStack().canUndo());
	}

	@Test
	void badFileReportsEveryProblemWithLineAndColumnAndImportsNothing() throws IOException {
		Organization before = EcoreUtil.copy(organization);
		WhoToCallImport result = prepare(HEADER
				+ "Legal,legal,chief,Ana Lima,,ana.lima@example.com,,,,\n" // line 2: unknown level
				+ "Legal,legal,primary,Bo Chen,,bo@example.com,,,,\n"
				+ "Legal,legal,primary,Cy Diaz,,cy@example.com,,,,\n" // 4: duplicate level
				+ "Sales,marketing,primary,Di Eng,,di@example,,,,Mars/Olympus\n" // 5: kind, e-mail, zone
				+ "Sales,sales,backup,Ed Fox,,ed@example.com\n" // 6: wrong column count
				+ "Sales,sales,manager,,,fay@example.com,,,maybe,\n"); // 7: empty name, bad yes/no

		assertFalse(result.isClean());
		assertEquals(List.of("2:3", "4:3", "5:2", "5:6", "5:10", "6:7", "7:4", "7:9"),
				result.problems().stream().map(p -> p.line() + ":" + p.column()).toList(), result.report());
		assertTrue(result.report().contains("Line 5, column 10 (time zone): \"Mars/Olympus\" is not a known time zone"),
				result.report());
		assertTrue(result.report().contains("already has Bo Chen as primary on line 3"), result.report());
		assertThrows(IllegalStateException.class, result::command);
		assertTrue(EcoreUtil.equals(before, organization));
	}

	@Test
	void missingHeaderIsReportedInsteadOfImportingDataAsColumns() throws IOException {
		WhoToCallImport result = prepare("Legal,legal,primary,Ana Lima,,ana@example.com,,,,\n");

		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).message().contains("first line must be the header"));
	}

	@Test
	void headerWithoutRequiredColumnsAndUnknownColumnsIsReported() throws IOException {
		WhoToCallImport result = prepare("area,level,name,shoe size\nLegal,primary,Ana,42\n");

		List<String> messages = result.problems().stream().map(ImportProblem::toString).toList();
		assertTrue(messages.contains("Line 1, column 4 (shoe size): \"shoe size\" is not a column of a who-to-call file; the"
				+ " columns are " + WhoToCallColumn.headerLine()), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("no \"email\" column")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("no \"area kind\" column")), messages.toString());
	}

	@Test
	void quotingErrorsAreReportedWhereTheyAreAndReadingGoesOn() throws IOException {
		WhoToCallImport result = prepare(HEADER
				+ "Legal,legal,primary,\"Ana\" Lima,,ana@example.com,,,,\n" // 2: text after closing quote in column 4
				+ "Legal,legal,backup,Bo,,bo@example,,,,\n" // 3: still checked: invalid e-mail
				+ "Legal,legal,manager,Cy,,\"cy@example.com,,,,\n"); // 4: quote never closed in column 6

		assertEquals(List.of("2:4", "3:6", "4:6"),
				result.problems().stream().map(p -> p.line() + ":" + p.column()).toList(), result.report());
		assertTrue(result.problems().get(2).message().contains("never closed"));
	}

	@Test
	void bytesThatAreNotUtf8AreReportedAtTheirLine() throws IOException {
		byte[] latin1 = (HEADER + "Legal,legal,primary,Jos\u00e9,,jose@example.com,,,,\n")
				.getBytes(StandardCharsets.ISO_8859_1);

		WhoToCallImport result = new WhoToCallCsvImporter(domain, organization)
				.prepare(new ByteArrayInputStream(latin1), "latin1.csv");

		assertEquals(1, result.problems().size(), result.report());
		assertEquals(2, result.problems().get(0).line());
		assertTrue(result.problems().get(0).message().contains("character 24 is not UTF-8"), result.report());
	}

	@Test
	void formulasControlCharactersAndHugeValuesAreRefused() throws IOException {
		WhoToCallImport result = prepare(HEADER
				+ "Legal,legal,primary,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",,a@example.com,,,,\n"
				+ "Legal,legal,backup,@SUM(A1),,b@example.com,=1+2,,,\n"
				+ "Legal,legal,manager," + "x".repeat(100_000) + ",,c@example.com,,,,\n"
				+ "Legal,legal,director,\"Bell\u0007\",,d@example.com,,,,\n");

		assertEquals(List.of("2:4", "3:4", "3:7", "4:4", "5:4"),
				result.problems().stream().map(p -> p.line() + ":" + p.column()).toList(), result.report());
		assertTrue(result.problems().get(0).message().contains("spreadsheet formula"));
		assertTrue(result.problems().get(3).message().contains("100000 characters long"));
		assertTrue(result.problems().get(4).message().contains("control character"));
	}

	@Test
	void tooManyRowsAndTooLargeFilesAreRefusedWithAClearMessage() throws IOException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = 0; i <= WhoToCallCsvImporter.MAX_ROWS; i++) {
			rows.append("Area ").append(i).append(",other,primary,P,,p").append(i).append("@example.com,,,,\n");
		}
		WhoToCallImport tooManyRows = prepare(rows.toString());
		assertEquals(1, tooManyRows.problems().size(), tooManyRows.report());
		assertTrue(tooManyRows.problems().get(0).message().contains("more than 10000 rows"));

		byte[] huge = new byte[WhoToCallCsvImporter.MAX_FILE_BYTES + 1];
		WhoToCallImport tooLarge = new WhoToCallCsvImporter(domain, organization)
				.prepare(new ByteArrayInputStream(huge), "huge.csv");
		assertTrue(tooLarge.report().contains("larger than 5 MB"), tooLarge.report());
		assertTrue(tooLarge.report().contains("huge.csv"));
	}

	private WhoToCallImport prepare(String content) throws IOException {
		return new WhoToCallCsvImporter(domain, organization)
				.prepare(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "matrix.csv");
	}
}
