// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the text of an imported CSV file with Apache Commons CSV (RFC 4180: double-quoted values, quotes inside
 * doubled) into lines of values by column, collecting every problem instead of stopping at the first: a missing,
 * unknown or repeated header column, a line with too few or too many values, a value too long or with a control
 * character, a quoting error (reported at its line and column; reading resumes on the next line, so one stray quote
 * does not hide the problems after it), a file with too many rows, and characters that were not UTF-8.
 * <p>
 * Values are separated by commas, or by semicolons as spreadsheets write CSV where the comma is the decimal
 * separator (Excel in a German locale): the header line decides, by which of the two it has more of outside quotes.
 * Values that start like a spreadsheet formula are refused, or kept as text with a note, as the importer decides.
 *
 * @param <C> the file's columns
 */
final class CsvSheet<C extends Enum<C> & CsvColumn> {

	private final String text;
	private final Class<C> type;
	private final C[] all;
	private final CsvImporter<C, ?> importer;
	private final List<ImportProblem> problems;
	private final List<ImportProblem> notes;
	private final int[] lineStarts;
	private final char separator;
	private final CSVFormat format;
	private final List<CsvLine<C>> lines = new ArrayList<>();
	/** The column each position of the header names, {@code null} for unknown ones; {@code null} before the header. */
	private C[] columnAt;
	private final CsvHeader<C> header;
	private int dataRows;
	private boolean stopped;

	/**
	 * @param text     the decoded text of the file
	 * @param importer the importer reading it: its columns, noun, row limit and how it takes formulas
	 * @param problems receives the problems
	 * @param notes    receives what is worth knowing but imported anyway
	 */
	CsvSheet(String text, CsvImporter<C, ?> importer, List<ImportProblem> problems, List<ImportProblem> notes) {
		this.text = text;
		this.importer = importer;
		this.type = importer.columns();
		this.all = type.getEnumConstants();
		this.problems = problems;
		this.notes = notes;
		this.lineStarts = lineStarts(text);
		this.separator = separatorOf(text);
		this.format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
		this.header = new CsvHeader<>(all.length);
	}

	/**
	 * @param undecodable offsets in the text of characters that were not UTF-8, reported at their line and column
	 * @return the lines with as many values as the header has columns, in file order; problems of the others went to
	 *         the problem list
	 */
	List<CsvLine<C>> read(List<Integer> undecodable) {
		int offset = 0;
		while (!stopped && offset < text.length()) {
			offset = parseFrom(offset);
		}
		if (columnAt == null && !stopped) {
			problems.add(new ImportProblem(0, 0, "", "The file is empty; its first line must be the header: "
					+ CsvColumn.headerLine(type)));
		}
		for (int undecodableOffset : undecodable) {
			int line = lineOf(undecodableOffset);
			addProblem(line, fieldAt(line, undecodableOffset), "character " + (undecodableOffset
					- lineStarts[line - 1] + 1) + " is not UTF-8 text; save the file as \"CSV UTF-8\"");
		}
		return lines;
	}

	/** @return where each column is in the header; no column is placed before {@link #read(List)} */
	CsvHeader<C> header() {
		return header;
	}

	/** Parses from {@code start} to the end, or to a quoting error; returns where to resume. */
	private int parseFrom(int start) {
		try (CSVParser parser = format.parse(skip(new StringReader(text), start))) {
			for (CSVRecord record : parser) {
				int line = lineOf(start + (int) record.getCharacterPosition());
				if (columnAt == null) {
					readHeader(record, line);
				} else if (++dataRows > importer.maxRows()) {
					problems.add(new ImportProblem(line, 0, "", "the file has more than " + importer.maxRows()
							+ " rows; a " + importer.noun() + " file is far smaller, so check that this is the right"
							+ " file"));
					stopped = true;
				} else {
					readLine(record, line);
				}
				if (stopped) {
					return text.length();
				}
			}
			return text.length();
		} catch (UncheckedIOException | IllegalStateException | IOException e) {
			return reportQuotingError(start, e.getMessage() == null ? "" : e.getMessage());
		}
	}

	private int reportQuotingError(int start, String detail) {
		int position = detail.indexOf("position:");
		if (position >= 0) {
			int offset = Math.min(text.length() - 1, start + digits(detail.substring(position)));
			int line = lineOf(offset);
			addProblem(line, fieldAt(line, offset), "a quoted value is followed by other characters before the next "
					+ separatorName() + "; quote the whole value and double every quote inside it");
			return line < lineStarts.length ? lineStarts[line] : text.length();
		}
		int startLine = detail.indexOf("startline");
		if (startLine >= 0) {
			int line = lineOf(start) + digits(detail.substring(startLine, detail.indexOf(')', startLine))) - 1;
			addProblem(line, unclosedQuoteField(line), "a quote opened here is never closed, so the rest of the"
					+ " file would be one value; close the quote or remove it");
		} else {
			addProblem(lineOf(start), 0, "the file is not valid CSV here: " + detail);
		}
		stopped = true;
		return text.length();
	}

	@SuppressWarnings("unchecked")
	private void readHeader(CSVRecord record, int line) {
		columnAt = (C[]) Array.newInstance(type, record.size());
		EnumSet<C> seen = EnumSet.noneOf(type);
		List<ImportProblem> headerProblems = new ArrayList<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i);
			C column = CsvColumns.forHeader(type, name);
			if (column == null) {
				headerProblems.add(new ImportProblem(line, i + 1, name, "\"" + name + "\" is not a column of a "
						+ importer.noun() + " file; the columns are " + CsvColumn.headerLine(type)));
			} else if (!seen.add(column)) {
				headerProblems.add(new ImportProblem(line, i + 1, name, "the \"" + column.header()
						+ "\" column appears twice; keep one"));
			} else {
				columnAt[i] = column;
				header.place(column, i + 1);
			}
		}
		if (seen.isEmpty()) {
			problems.add(new ImportProblem(line, 0, "", "the first line must be the header naming the columns,"
					+ " separated by commas (or semicolons): " + CsvColumn.headerLine(type)));
			stopped = true;
			return;
		}
		problems.addAll(headerProblems);
		for (C column : all) {
			if (column.required() && !seen.contains(column)) {
				problems.add(new ImportProblem(line, 0, "", "the header has no \"" + column.header()
						+ "\" column; every " + importer.noun() + " file needs one"));
			}
		}
	}

	private void readLine(CSVRecord record, int line) {
		if (record.size() != columnAt.length) {
			addProblem(line, Math.min(record.size(), columnAt.length) + 1, "the line has " + record.size()
					+ " values but the header has " + columnAt.length + " columns; look for a missing or extra "
					+ separatorName());
			return;
		}
		String[] values = new String[all.length];
		Arrays.fill(values, "");
		for (int i = 0; i < columnAt.length; i++) {
			C column = columnAt[i];
			if (column != null) {
				values[column.ordinal()] = cell(record.get(i), column, line, i + 1);
			}
		}
		lines.add(new CsvLine<>(line, values, header, problems));
	}

	/** @return the stripped value of a cell, or {@code null} when it is refused (and reported) */
	private String cell(String raw, C column, int line, int position) {
		String problem = CsvFieldRules.checkCell(raw);
		if (problem != null) {
			addProblem(line, position, problem);
			return null;
		}
		String value = raw.strip();
		if (CsvFieldRules.looksLikeFormula(value, column)) {
			if (!importer.formulasKeptAsText()) {
				addProblem(line, position, CsvFieldRules.formulaRefused(value));
				return null;
			}
			notes.add(new ImportProblem(line, position, column.header(), CsvFieldRules.formulaKept(value)));
		}
		return value;
	}

	private void addProblem(int line, int column, String message) {
		String header = column > 0 && columnAt != null && column <= columnAt.length && columnAt[column - 1] != null
				? columnAt[column - 1].header()
				: "";
		problems.add(new ImportProblem(line, column, header, message));
	}

	private String separatorName() {
		return separator == ';' ? "semicolon" : "comma";
	}

	/** The separator the first non-blank line uses more of, outside quotes: a semicolon, else a comma. */
	private static char separatorOf(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		boolean seenText = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' && !quoted && seenText) {
				break;
			}
			seenText |= !Character.isWhitespace(c);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	/** The 1-based field a character offset falls in, counting separators outside quotes from the line's start. */
	private int fieldAt(int line, int offset) {
		int field = 1;
		boolean quoted = false;
		for (int i = lineStarts[line - 1]; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == separator && !quoted) {
				field++;
			}
		}
		return field;
	}

	/** The 1-based field of the line whose quote is still open at the line's end, or 0 if none is. */
	private int unclosedQuoteField(int line) {
		int end = line < lineStarts.length ? lineStarts[line] : text.length();
		int field = 1;
		int openField = 0;
		for (int i = lineStarts[line - 1]; i < end; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				openField = openField == 0 ? field : 0;
			} else if (c == separator && openField == 0) {
				field++;
			}
		}
		return openField;
	}

	/** @return the 1-based line of a character offset */
	private int lineOf(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return index >= 0 ? index + 1 : -index - 1;
	}

	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	private static StringReader skip(StringReader reader, int start) throws IOException {
		reader.skip(start);
		return reader;
	}

	/** Reads the number in a Commons CSV message, ignoring the locale's grouping separators. */
	private static int digits(String text) {
		long value = 0;
		for (int i = 0; i < text.length() && value < Integer.MAX_VALUE; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				value = value * 10 + (c - '0');
			}
		}
		return (int) Math.min(value, Integer.MAX_VALUE);
	}
}
