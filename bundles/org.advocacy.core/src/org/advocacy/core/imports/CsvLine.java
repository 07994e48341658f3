// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;
import java.util.function.Function;

/**
 * One data line of a CSV file with as many values as its header has columns, as {@link CsvSheet} read it: the value
 * of each known column, and where to report what is wrong with one of them.
 *
 * @param <C> the file's columns
 */
final class CsvLine<C extends Enum<C> & CsvColumn> {

	private final int line;
	private final String[] values;
	private final CsvHeader<C> header;
	private final List<ImportProblem> problems;
	private boolean clean = true;

	/**
	 * @param line       the 1-based line the values start on
	 * @param values     the stripped value of each column by ordinal; empty when the header lacks the column or the
	 *                   cell is empty, {@code null} when the cell was refused (and reported) already
	 * @param header     where each column is
	 * @param problems   receives the line's problems
	 */
	CsvLine(int line, String[] values, CsvHeader<C> header, List<ImportProblem> problems) {
		this.line = line;
		this.values = values;
		this.header = header;
		this.problems = problems;
		for (String value : values) {
			clean &= value != null;
		}
	}

	/** @return the 1-based line of the file */
	int line() {
		return line;
	}

	/** @return the stripped value; empty when not given, {@code null} when the cell was refused already */
	String value(C column) {
		return values[column.ordinal()];
	}

	/** @return the value, or {@code null} when it is empty or was refused */
	String given(C column) {
		String value = values[column.ordinal()];
		return value == null || value.isEmpty() ? null : value;
	}

	/** @return the 1-based position of the column in the header, 0 when the header lacks it */
	int position(C column) {
		return header.position(column);
	}

	/**
	 * Reports a problem with a value of this line, which makes the line unclean.
	 *
	 * @param column  the column of the value
	 * @param message what is wrong and how to fix it
	 */
	void report(C column, String message) {
		clean = false;
		problems.add(header.problem(line, column, message));
	}

	/** @return whether no value of the line has a problem */
	boolean clean() {
		return clean;
	}

	/** Reports each required column the header has whose value this line leaves empty. */
	void reportEmptyRequiredValues(C[] columns) {
		for (C column : columns) {
			if (column.required() && position(column) > 0 && "".equals(value(column))) {
				report(column, "the " + column.header() + " is empty; every row needs one");
			}
		}
	}

	/**
	 * @param column     a column
	 * @param conversion turns a given value into what it means, or {@code null} when it means nothing
	 * @param problem    the message for a value the conversion does not take
	 * @return what the value means; {@code null} when not given or reported
	 */
	<T> T typed(C column, Function<String, T> conversion, Function<String, String> problem) {
		String value = given(column);
		if (value == null) {
			return null;
		}
		T result = conversion.apply(value);
		if (result == null) {
			report(column, problem.apply(value));
		}
		return result;
	}

	/**
	 * Reports the value when a rule says what is wrong with it.
	 *
	 * @param column a column
	 * @param rule   the message for a given value the rule refuses, {@code null} for one it takes
	 */
	void check(C column, Function<String, String> rule) {
		String value = given(column);
		String problem = value == null ? null : rule.apply(value);
		if (problem != null) {
			report(column, problem);
		}
	}
}
