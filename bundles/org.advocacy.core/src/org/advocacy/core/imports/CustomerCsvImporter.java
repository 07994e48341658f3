// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.advocacy.core.commands.CustomerRow;
import org.advocacy.core.commands.ReferenceDataCommands;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Imports customers and their contacts from a CSV file that an account team keeps in a spreadsheet.
 * <p>
 * <b>Format.</b> UTF-8 text (a byte order mark is allowed), RFC 4180 CSV: values separated by commas, or all by
 * semicolons as Excel writes "CSV UTF-8" in a German locale; a value that contains the separator, a quote or a line
 * break enclosed in double quotes, a quote inside such a value doubled. Blank lines are ignored. The first line is
 * the header naming the columns, in any order (see {@link CustomerColumn}); only "customer" is required:
 *
 * <pre>
 * customer,segment,business unit,product lines,account owner,customer since,customer until,escalation request,contact,title,audience,email,phone,mobile,24x7
 * Acme Corp,Strategic accounts,Cloud Infrastructure,Northwind Compute;Backup &amp; Recovery,Ana Lima,2019-04-01,,yes,Ben Ode,CIO,management,ben.ode@acme.example,+1 555 0100,+1 555 0101,yes
 * Acme Corp,,,,,,,,Cy Diaz,Storage admin,engineer,cy.diaz@acme.example,,,
 * </pre>
 *
 * One line per contact: the customer's values are repeated on each of its lines, or left empty after the first; a
 * line without a contact is about the customer only. Segments, business units and product lines (several separated
 * by semicolons) are named as the repository names them, the account owner by the name or e-mail of a person of the
 * organization; dates are written 2024-01-15 or 15.01.2024; the audience is management, engineer or administrative;
 * 24x7 says whether the mobile number answers around the clock. A value that starts like a spreadsheet formula
 * (= + - @) is kept as text, exactly as written, with a note; it is never calculated. Values may not contain control
 * characters or exceed {@value CsvFieldRules#MAX_FIELD_LENGTH} characters; files are at most
 * {@value CsvImporter#MAX_FILE_BYTES} bytes and {@value #MAX_ROWS} rows.
 * <p>
 * <b>Effect.</b> All or nothing: a file with any problem yields the list of every problem with its line and column
 * and no command. A clean file yields one command ({@link ReferenceDataCommands#importCustomers}) that updates the
 * customers it names (matched by name) with the values it gives, adds the others, and adds or updates their contacts
 * (matched by e-mail, else by name). A value left empty changes nothing, and nothing is removed.
 */
public final class CustomerCsvImporter extends CsvImporter<CustomerColumn, CustomerRow> {

	/** The most data rows accepted. */
	public static final int MAX_ROWS = 50_000;

	private final EditingDomain domain;
	private final AdvocacyRepository repository;

	/**
	 * @param domain     the editing domain whose command stack will execute the import
	 * @param repository the repository whose customers the file updates and whose reference data it names
	 */
	public CustomerCsvImporter(EditingDomain domain, AdvocacyRepository repository) {
		super(CustomerColumn.class, "customer", MAX_ROWS, true);
		this.domain = domain;
		this.repository = repository;
	}

	@Override
	Function<CsvLine<CustomerColumn>, CustomerRow> rowBuilder() {
		return new CustomerRowBuilder(new KnownReferenceData(repository))::build;
	}

	@Override
	void checkAcrossLines(List<CustomerRow> rows, CsvHeader<CustomerColumn> header, List<ImportProblem> problems) {
		CustomerConsistency.check(rows, header, problems);
	}

	@Override
	Command command(List<CustomerRow> rows, String fileName) {
		return ReferenceDataCommands.importCustomers(domain, repository, "Import customers from " + fileName, rows);
	}

	@Override
	String summary(List<CustomerRow> rows) {
		Set<String> known = new HashSet<>();
		for (Customer customer : repository.getCustomers()) {
			if (customer.getName() != null) {
				known.add(CustomerRow.customerKey(customer.getName()));
			}
		}
		Set<String> named = new HashSet<>();
		rows.forEach(row -> named.add(CustomerRow.customerKey(row.name())));
		long added = named.stream().filter(name -> !known.contains(name)).count();
		long contacts = rows.stream().filter(row -> row.contact() != null).count();
		return "Adds " + added + (added == 1 ? " customer" : " customers") + " and updates " + (named.size() - added)
				+ "; " + contacts + (contacts == 1 ? " contact" : " contacts") + " added or updated.";
	}
}
