// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.Locale;

/** Finds the column a header names, and normalizes the words of headers and of values such as levels and kinds. */
final class CsvColumns {

	private CsvColumns() {
	}

	/**
	 * @param columns the columns of a kind of file
	 * @param text    a header cell as found in the file
	 * @return the column it names, or {@code null} when it names none
	 */
	static <C extends Enum<C> & CsvColumn> C forHeader(Class<C> columns, String text) {
		String wanted = normalize(text);
		for (C column : columns.getEnumConstants()) {
			if (column.header().equals(wanted) || column.aliases().contains(wanted)) {
				return column;
			}
		}
		return null;
	}

	/** Lower case, blanks trimmed, runs of spaces, hyphens, underscores and slashes turned into one space. */
	static String normalize(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]+", " ");
	}
}
