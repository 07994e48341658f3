// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

/**
 * One problem found in an imported file, at the place a person opens in a spreadsheet or text editor to fix it.
 *
 * @param line       the 1-based line of the file, or 0 when the problem concerns the whole file
 * @param column     the 1-based column (field) of the line, or 0 when the problem concerns the whole line
 * @param columnName the header of that column, or an empty string when unknown
 * @param message    what is wrong and how to fix it, in plain words
 */
public record ImportProblem(int line, int column, String columnName, String message) {

	/** @return the problem as one sentence naming line and column, e.g. "Line 4, column 6 (email): ..." */
	@Override
	public String toString() {
		if (line == 0) {
			return message;
		}
		StringBuilder text = new StringBuilder("Line ").append(line);
		if (column > 0) {
			text.append(", column ").append(column);
			if (!columnName.isEmpty()) {
				text.append(" (").append(columnName).append(')');
			}
		}
		return text.append(": ").append(message).toString();
	}
}
