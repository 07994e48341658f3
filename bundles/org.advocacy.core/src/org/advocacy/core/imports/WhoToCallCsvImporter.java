// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.commands.OrganizationCommands;
import org.advocacy.core.commands.WhoToCallRow;
import org.advocacy.model.Organization;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Imports the who-to-call matrix — for each functional area the people to call at each escalation level — from a
 * CSV file that a support director keeps in a spreadsheet.
 * <p>
 * <b>Format.</b> UTF-8 text (a byte order mark is allowed), RFC 4180 CSV: values separated by commas, a value that
 * contains a comma, quote or line break enclosed in double quotes, a quote inside such a value doubled. Blank lines
 * are ignored. The first line is the header naming the columns, in any order (see {@link WhoToCallColumn}):
 *
 * <pre>
 * area,area kind,level,name,title,email,phone,mobile,24x7,time zone
 * Legal,legal,primary,Ana Lima,Counsel,ana.lima@example.com,+1 555 0100,+1 555 0101,yes,America/New_York
 * </pre>
 *
 * Required columns: area, area kind, level, name, email; a row must have a value in each. One row per person per
 * level: an area has at most one person per level, one kind, and a person (identified by e-mail) the same details
 * on every row. Values may not start with = + - @ (spreadsheet formulas; phone numbers may start with +), contain
 * control characters, or exceed {@value WhoToCallFieldRules#MAX_FIELD_LENGTH} characters; files are at most
 * {@value #MAX_FILE_BYTES} bytes and {@value #MAX_ROWS} rows.
 * <p>
 * <b>Effect.</b> All or nothing: a file with any problem yields the list of every problem with its line and column
 * and no command. A clean file yields one command (see {@link WhoToCallImport}) that makes each named area's ladder
 * exactly the file's rows, creates missing areas and people, and updates the details of known people.
 */
public final class WhoToCallCsvImporter {

	/** The largest file accepted: far more than any real matrix, small enough to check in memory. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
	/** The most data rows accepted. */
	public static final int MAX_ROWS = 10_000;

	private final EditingDomain domain;
	private final Organization organization;

	/**
	 * @param domain       the editing domain whose command stack will execute the import
	 * @param organization the organization whose areas and people the file updates
	 */
	public WhoToCallCsvImporter(EditingDomain domain, Organization organization) {
		this.domain = domain;
		this.organization = organization;
	}

	/**
	 * Reads and checks a file; changes nothing.
	 *
	 * @param file the CSV file
	 * @return the problems, or the command that imports the file
	 * @throws IOException when the file cannot be read at all
	 */
	public WhoToCallImport prepare(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return prepare(in, file.getFileName().toString());
		}
	}

	/**
	 * Reads and checks a stream; changes nothing. Reads at most {@link #MAX_FILE_BYTES} + 1 bytes.
	 *
	 * @param in       the CSV content; not closed
	 * @param fileName the name shown in messages
	 * @return the problems, or the command that imports the content
	 * @throws IOException when the stream cannot be read
	 */
	public WhoToCallImport prepare(InputStream in, String fileName) throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			problems.add(new ImportProblem(0, 0, "", "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
					+ " MB; a who-to-call matrix is far smaller, so check that this is the right file."));
			return new WhoToCallImport(fileName, problems, null);
		}
		String text = TextDecoder.decodeUtf8(bytes, problems);
		WhoToCallCsvParser parser = new WhoToCallCsvParser(text, MAX_ROWS, problems);
		List<WhoToCallRow> rows = parser.parse();
		WhoToCallConsistency.check(rows, parser.positions(), problems);
		problems.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column));
		Command command = problems.isEmpty() ? OrganizationCommands.importWhoToCall(domain, organization,
				"Import who-to-call matrix from " + fileName, rows) : null;
		return new WhoToCallImport(fileName, problems, command);
	}
}
