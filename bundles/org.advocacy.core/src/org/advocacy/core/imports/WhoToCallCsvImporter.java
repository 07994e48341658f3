// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;
import java.util.function.Function;

import org.advocacy.core.commands.OrganizationCommands;
import org.advocacy.core.commands.WhoToCallRow;
import org.advocacy.model.Organization;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Imports the who-to-call matrix — for each functional area the people to call at each escalation level — from a
 * CSV file that a support director keeps in a spreadsheet.
 * <p>
 * <b>Format.</b> UTF-8 text (a byte order mark is allowed), RFC 4180 CSV: values separated by commas (or all by
 * semicolons), a value that contains the separator, a quote or a line break enclosed in double quotes, a quote inside
 * such a value doubled. Blank lines are ignored. The first line is the header naming the columns, in any order (see
 * {@link WhoToCallColumn}):
 *
 * <pre>
 * area,area kind,level,name,title,email,phone,mobile,24x7,time zone
 * Legal,legal,primary,Ana Lima,Counsel,ana.lima@example.com,+1 555 0100,+1 555 0101,yes,America/New_York
 * </pre>
 *
 * Required columns: area, area kind, level, name, email; a row must have a value in each. One row per person per
 * level: an area has at most one person per level, one kind, and a person (identified by e-mail) the same details
 * on every row. Values may not start with = + - @ (spreadsheet formulas; phone numbers may start with +), contain
 * control characters, or exceed {@value CsvFieldRules#MAX_FIELD_LENGTH} characters; files are at most
 * {@value CsvImporter#MAX_FILE_BYTES} bytes and {@value #MAX_ROWS} rows.
 * <p>
 * <b>Effect.</b> All or nothing: a file with any problem yields the list of every problem with its line and column
 * and no command. A clean file yields one command (see {@link CsvImport}) that makes each named area's ladder
 * exactly the file's rows, creates missing areas and people, and updates the details of known people.
 */
public final class WhoToCallCsvImporter extends CsvImporter<WhoToCallColumn, WhoToCallRow> {

	/** The most data rows accepted. */
	public static final int MAX_ROWS = 10_000;

	private final EditingDomain domain;
	private final Organization organization;

	/**
	 * @param domain       the editing domain whose command stack will execute the import
	 * @param organization the organization whose areas and people the file updates
	 */
	public WhoToCallCsvImporter(EditingDomain domain, Organization organization) {
		super(WhoToCallColumn.class, "who-to-call", MAX_ROWS, false);
		this.domain = domain;
		this.organization = organization;
	}

	@Override
	Function<CsvLine<WhoToCallColumn>, WhoToCallRow> rowBuilder() {
		return WhoToCallRowBuilder::build;
	}

	@Override
	void checkAcrossLines(List<WhoToCallRow> rows, CsvHeader<WhoToCallColumn> header, List<ImportProblem> problems) {
		WhoToCallConsistency.check(rows, header, problems);
	}

	@Override
	Command command(List<WhoToCallRow> rows, String fileName) {
		return OrganizationCommands.importWhoToCall(domain, organization, "Import who-to-call matrix from " + fileName,
				rows);
	}

	@Override
	String summary(List<WhoToCallRow> rows) {
		long areas = rows.stream().map(row -> WhoToCallRow.areaKey(row.area())).distinct().count();
		long people = rows.stream().map(row -> WhoToCallRow.emailKey(row.email())).distinct().count();
		return "Sets the ladders of " + areas + (areas == 1 ? " area" : " areas") + " with " + people
				+ (people == 1 ? " person." : " people.");
	}
}
