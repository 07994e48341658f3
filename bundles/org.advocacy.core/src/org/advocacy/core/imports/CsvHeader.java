// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

/**
 * Where each column is in the header of an imported CSV file, so that a problem found in a row's value — alone, or
 * against an earlier row — is reported at its line and column.
 *
 * @param <C> the file's columns
 */
final class CsvHeader<C extends Enum<C> & CsvColumn> {

	/** The 1-based position of each column in the header by ordinal, 0 when the header lacks it. */
	private final int[] positionOf;

	CsvHeader(int columns) {
		positionOf = new int[columns];
	}

	void place(C column, int position) {
		positionOf[column.ordinal()] = position;
	}

	/** @return the 1-based position of the column in the header, 0 when the header lacks it */
	int position(C column) {
		return positionOf[column.ordinal()];
	}

	/**
	 * @param line    the 1-based line
	 * @param column  the column of the value
	 * @param message what is wrong and how to fix it
	 * @return the problem at the value's line and column
	 */
	ImportProblem problem(int line, C column, String message) {
		return new ImportProblem(line, position(column), column.header(), message);
	}
}
