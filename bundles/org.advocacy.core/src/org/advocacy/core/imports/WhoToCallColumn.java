// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.Locale;

/**
 * The columns of a who-to-call CSV file (see {@link WhoToCallCsvImporter} for the whole format). Headers are matched
 * ignoring case, surrounding blanks and the difference between spaces, hyphens and underscores; columns may come in
 * any order.
 */
public enum WhoToCallColumn {
	/** The functional area's name, e.g. "Technical Support"; areas are matched and created by name. */
	AREA("area", true),
	/** The kind of the area: sales, engineering, product management, legal, technical support, finance, professional services or other. */
	AREA_KIND("area kind", true),
	/** The rung of the escalation ladder: primary, backup, manager, director, vice president (or VP). */
	LEVEL("level", true),
	/** The person's full name. */
	NAME("name", true),
	/** The person's job title. */
	TITLE("title", false),
	/** The person's e-mail address; people are matched by it. */
	EMAIL("email", true),
	/** The desk phone number. */
	PHONE("phone", false),
	/** The mobile phone number. */
	MOBILE("mobile", false),
	/** Whether the phone numbers can be called around the clock: yes or no (empty means no). */
	AVAILABLE_24X7("24x7", false),
	/** The person's time zone as an IANA name, e.g. Europe/Berlin or America/New_York. */
	TIME_ZONE("time zone", false);

	private final String header;
	private final boolean required;

	WhoToCallColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	/** @return the header text as written in the file's first line */
	public String header() {
		return header;
	}

	/** @return whether every row must have a value in this column, and the header must name it */
	public boolean required() {
		return required;
	}

	/**
	 * @param text a header cell as found in the file
	 * @return the column it names, or {@code null} when it names none
	 */
	static WhoToCallColumn forHeader(String text) {
		String wanted = normalize(text);
		for (WhoToCallColumn column : values()) {
			if (column.header.equals(wanted)) {
				return column;
			}
		}
		return switch (wanted) {
		case "kind" -> AREA_KIND;
		case "e mail", "email address" -> EMAIL;
		case "timezone", "tz" -> TIME_ZONE;
		case "24 7", "24x7 available", "available 24x7" -> AVAILABLE_24X7;
		default -> null;
		};
	}

	/** Lower case, blanks trimmed, runs of spaces, hyphens, underscores and slashes turned into one space. */
	static String normalize(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]+", " ");
	}

	/** @return the header line of a file that has every column, in the documented order */
	public static String headerLine() {
		StringBuilder line = new StringBuilder();
		for (WhoToCallColumn column : values()) {
			line.append(line.isEmpty() ? "" : ",").append(column.header);
		}
		return line.toString();
	}
}
