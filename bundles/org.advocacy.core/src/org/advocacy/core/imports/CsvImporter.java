// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

/**
 * Imports a CSV file that someone keeps in a spreadsheet, all or nothing: reads it (UTF-8, a byte order mark
 * allowed; values separated by commas, or by semicolons as a German Excel writes them), checks the header and every
 * value, and yields either every problem with its line and column, or the one command that applies the file.
 * Preparing never changes the model. The kinds of file are the subclasses: {@link WhoToCallCsvImporter},
 * {@link CustomerCsvImporter}.
 *
 * @param <C> the file's columns
 * @param <R> what one checked line becomes
 */
public abstract class CsvImporter<C extends Enum<C> & CsvColumn, R> {

	/** The largest file accepted: far more than any real list, small enough to check in memory. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	private final Class<C> columns;
	private final String noun;
	private final int maxRows;
	private final boolean formulasKeptAsText;

	/**
	 * @param columns            the file's columns
	 * @param noun               what kind of file it is, for messages: "a who-to-call file"
	 * @param maxRows            the most data rows accepted
	 * @param formulasKeptAsText whether a value that starts like a spreadsheet formula is kept as text with a note
	 *                           ({@code true}) or refused as a problem
	 */
	CsvImporter(Class<C> columns, String noun, int maxRows, boolean formulasKeptAsText) {
		this.columns = columns;
		this.noun = noun;
		this.maxRows = maxRows;
		this.formulasKeptAsText = formulasKeptAsText;
	}

	/**
	 * Reads and checks a file; changes nothing.
	 *
	 * @param file the CSV file
	 * @return the problems, or the command that imports the file
	 * @throws IOException when the file cannot be read at all
	 */
	public CsvImport prepare(Path file) throws IOException {
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
	public CsvImport prepare(InputStream in, String fileName) throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportProblem> notes = new ArrayList<>();
		byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			problems.add(new ImportProblem(0, 0, "", "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
					+ " MB; a " + noun + " file is far smaller, so check that this is the right file."));
			return new CsvImport(noun, fileName, problems, notes, null, "");
		}
		if (TextDecoder.isUtf16(bytes)) {
			problems.add(new ImportProblem(0, 0, "", "The file is UTF-16 text (what Excel saves as \"Unicode"
					+ " Text\"); save it as \"CSV UTF-8\" and import that file."));
			return new CsvImport(noun, fileName, problems, notes, null, "");
		}
		List<Integer> undecodable = new ArrayList<>();
		String text = TextDecoder.decodeUtf8(bytes, undecodable);
		CsvSheet<C> sheet = new CsvSheet<>(text, this, problems, notes);
		List<R> rows = rows(sheet.read(undecodable), sheet.header(), problems);
		problems.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column));
		notes.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column));
		if (!problems.isEmpty()) {
			return new CsvImport(noun, fileName, problems, notes, null, "");
		}
		return new CsvImport(noun, fileName, problems, notes, command(rows, fileName),
				summary(rows));
	}

	/** @return the header line of a file that has every column, in the documented order */
	public String headerLine() {
		return CsvColumn.headerLine(columns);
	}

	/**
	 * Checks the values of the lines and what spans lines, reporting every problem at its line and column.
	 *
	 * @param lines    the lines with the right number of values, in file order
	 * @param header   where each column is, for problems that span lines
	 * @param problems receives the problems
	 * @return what the clean lines become
	 */
	private List<R> rows(List<CsvLine<C>> lines, CsvHeader<C> header, List<ImportProblem> problems) {
		Function<CsvLine<C>, R> builder = rowBuilder();
		List<R> rows = new ArrayList<>();
		for (CsvLine<C> line : lines) {
			R row = builder.apply(line);
			if (row != null) {
				rows.add(row);
			}
		}
		checkAcrossLines(rows, header, problems);
		return rows;
	}

	/**
	 * @return what turns one line into a row, reporting the problems of its values on the line and giving
	 *         {@code null} for a line with any
	 */
	abstract Function<CsvLine<C>, R> rowBuilder();

	/**
	 * Checks what spans lines, e.g. the same thing given different values on two lines.
	 *
	 * @param rows     the rows of the lines without problems, in file order
	 * @param header   where each column is, for the problems' columns
	 * @param problems receives the problems
	 */
	abstract void checkAcrossLines(List<R> rows, CsvHeader<C> header, List<ImportProblem> problems);

	/**
	 * @param rows     the rows of a clean file
	 * @param fileName the file's name, for the command's label
	 * @return the command applying them, labelled for Undo
	 */
	abstract Command command(List<R> rows, String fileName);

	/** @return what the command applying the rows does, in one sentence */
	abstract String summary(List<R> rows);

	Class<C> columns() {
		return columns;
	}

	String noun() {
		return noun;
	}

	int maxRows() {
		return maxRows;
	}

	boolean formulasKeptAsText() {
		return formulasKeptAsText;
	}
}
