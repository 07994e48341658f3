// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.advocacy.core.commands.WhoToCallRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the text of a who-to-call file with Apache Commons CSV (RFC 4180: comma-separated, double-quoted values,
 * quotes inside doubled) into validated rows, collecting every problem instead of stopping at the first. A quoting
 * error is reported at its line and column and reading resumes on the next line, so one stray quote does not
 * hide the problems after it.
 */
final class WhoToCallCsvParser {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
	private static final WhoToCallColumn[] ALL = WhoToCallColumn.values();

	private final String text;
	private final int maxRows;
	private final List<ImportProblem> problems;
	private final int[] lineStarts;
	private final List<WhoToCallRow> rows = new ArrayList<>();
	/** The column each position of the header names, {@code null} for unknown ones; {@code null} before the header. */
	private WhoToCallColumn[] columnAt;
	/** The 1-based position of each column in the header by ordinal, 0 when the header lacks it. */
	private final int[] positionOf = new int[ALL.length];
	private int dataRows;
	private boolean stopped;

	WhoToCallCsvParser(String text, int maxRows, List<ImportProblem> problems) {
		this.text = text;
		this.maxRows = maxRows;
		this.problems = problems;
		this.lineStarts = lineStarts(text);
	}

	/** @return the rows without problems, in file order; problems of the others went to the problem list */
	List<WhoToCallRow> parse() {
		int offset = 0;
		while (!stopped && offset < text.length()) {
			offset = parseFrom(offset);
		}
		if (columnAt == null && !stopped) {
			problems.add(new ImportProblem(0, 0, "", "The file is empty; its first line must be the header: "
					+ WhoToCallColumn.headerLine()));
		}
		return rows;
	}

	/** @return the 1-based column of each {@link WhoToCallColumn} by ordinal, 0 where the header lacks it */
	int[] positions() {
		return positionOf;
	}

	/** Parses from {@code start} to the end, or to a quoting error; returns where to resume. */
	private int parseFrom(int start) {
		StringReader reader = new StringReader(text);
		try (CSVParser parser = FORMAT.parse(skip(reader, start))) {
			for (CSVRecord record : parser) {
				int line = lineOf(start + (int) record.getCharacterPosition());
				if (columnAt == null) {
					readHeader(record, line);
				} else if (++dataRows > maxRows) {
					problems.add(new ImportProblem(line, 0, "", "the file has more than " + maxRows
							+ " rows; a who-to-call matrix is far smaller, so check that this is the right file"));
					stopped = true;
				} else {
					readRow(record, line);
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
			addProblem(line, fieldAt(line, offset), "a quoted value is followed by other characters before the"
					+ " next comma; quote the whole value and double every quote inside it");
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

	private void readHeader(CSVRecord record, int line) {
		columnAt = new WhoToCallColumn[record.size()];
		EnumSet<WhoToCallColumn> seen = EnumSet.noneOf(WhoToCallColumn.class);
		List<ImportProblem> headerProblems = new ArrayList<>();
		for (int i = 0; i < record.size(); i++) {
			String header = record.get(i);
			WhoToCallColumn column = WhoToCallColumn.forHeader(header);
			if (column == null) {
				headerProblems.add(new ImportProblem(line, i + 1, header, "\"" + header
						+ "\" is not a column of a who-to-call file; the columns are " + WhoToCallColumn.headerLine()));
			} else if (!seen.add(column)) {
				headerProblems.add(new ImportProblem(line, i + 1, header, "the \"" + column.header()
						+ "\" column appears twice; keep one"));
			} else {
				columnAt[i] = column;
				positionOf[column.ordinal()] = i + 1;
			}
		}
		if (seen.isEmpty()) {
			problems.add(new ImportProblem(line, 0, "", "the first line must be the header naming the columns: "
					+ WhoToCallColumn.headerLine()));
			stopped = true;
			return;
		}
		problems.addAll(headerProblems);
		for (WhoToCallColumn column : ALL) {
			if (column.required() && !seen.contains(column)) {
				problems.add(new ImportProblem(line, 0, "", "the header has no \"" + column.header()
						+ "\" column; every who-to-call file needs one"));
			}
		}
	}

	private void readRow(CSVRecord record, int line) {
		if (record.size() != columnAt.length) {
			addProblem(line, Math.min(record.size(), columnAt.length) + 1, "the line has " + record.size()
					+ " values but the header has " + columnAt.length + " columns; look for a missing or extra comma");
			return;
		}
		String[] values = new String[ALL.length];
		Arrays.fill(values, "");
		boolean clean = true;
		for (int i = 0; i < columnAt.length; i++) {
			WhoToCallColumn column = columnAt[i];
			if (column == null) {
				continue;
			}
			String problem = WhoToCallFieldRules.checkCell(record.get(i), column);
			if (problem != null) {
				addProblem(line, i + 1, problem);
				values[column.ordinal()] = null;
				clean = false;
			} else {
				values[column.ordinal()] = record.get(i).strip();
			}
		}
		WhoToCallRowBuilder builder = new WhoToCallRowBuilder(line, values, positionOf, problems);
		WhoToCallRow row = builder.build();
		if (clean && row != null) {
			rows.add(row);
		}
	}

	private void addProblem(int line, int column, String message) {
		String header = column > 0 && columnAt != null && column <= columnAt.length && columnAt[column - 1] != null
				? columnAt[column - 1].header()
				: "";
		problems.add(new ImportProblem(line, column, header, message));
	}

	/** The 1-based field a character offset falls in, counting commas outside quotes from the line's start. */
	private int fieldAt(int line, int offset) {
		int field = 1;
		boolean quoted = false;
		for (int i = lineStarts[line - 1]; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
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
			} else if (c == ',' && openField == 0) {
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
