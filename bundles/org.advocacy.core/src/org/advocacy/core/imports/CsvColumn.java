// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

/**
 * A column of a CSV file an importer reads, implemented by an enumeration of the file's columns (see
 * {@link WhoToCallColumn}, {@link CustomerColumn}). Headers are matched ignoring case, surrounding blanks and the
 * difference between spaces, hyphens, underscores and slashes; columns may come in any order.
 */
public interface CsvColumn {

	/**
	 * What names a column, whether it must be there and whether it holds phone numbers.
	 *
	 * @param header the header text as written in the file's first line
	 * @param required whether the header must name the column and every row must have a value in it
	 * @param phoneNumber whether the column holds phone numbers, which may start with '+' unlike a formula
	 * @param aliases other header texts that name the column, already lower case with single spaces
	 */
	record Definition(String header, boolean required, boolean phoneNumber, List<String> aliases) {

		/** Copies the aliases so the definition cannot change. */
		public Definition {
			aliases = List.copyOf(aliases);
		}

		/**
		 * @param header  the header text as written in the file's first line
		 * @param aliases other header texts that name the column
		 * @return a column the header must name and every row must fill
		 */
		public static Definition required(String header, String... aliases) {
			return new Definition(header, true, false, List.of(aliases));
		}

		/**
		 * @param header  the header text as written in the file's first line
		 * @param aliases other header texts that name the column
		 * @return a column a file may leave out or leave empty
		 */
		public static Definition optional(String header, String... aliases) {
			return new Definition(header, false, false, List.of(aliases));
		}

		/**
		 * @param header  the header text as written in the file's first line
		 * @param aliases other header texts that name the column
		 * @return an optional column of phone numbers
		 */
		public static Definition phone(String header, String... aliases) {
			return new Definition(header, false, true, List.of(aliases));
		}
	}

	/** @return what names this column and whether it must be there */
	Definition definition();

	/** @return the header text as written in the file's first line */
	default String header() {
		return definition().header();
	}

	/** @return whether the header must name this column and every row must have a value in it */
	default boolean required() {
		return definition().required();
	}

	/** @return other header texts that name this column, already lower case with single spaces */
	default List<String> aliases() {
		return definition().aliases();
	}

	/** @return whether the column holds phone numbers, which may start with '+' unlike a formula */
	default boolean phoneNumber() {
		return definition().phoneNumber();
	}

	/**
	 * @param columns the columns of a kind of file
	 * @return the header line of a file that has every column, in the documented order, separated by commas
	 */
	static <C extends Enum<C> & CsvColumn> String headerLine(Class<C> columns) {
		StringBuilder line = new StringBuilder();
		for (C column : columns.getEnumConstants()) {
			line.append(line.isEmpty() ? "" : ",").append(column.header());
		}
		return line.toString();
	}
}
