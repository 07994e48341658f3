// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

/**
 * The columns of a who-to-call CSV file (see {@link WhoToCallCsvImporter} for the whole format). Headers are matched
 * ignoring case, surrounding blanks and the difference between spaces, hyphens and underscores; columns may come in
 * any order.
 */
public enum WhoToCallColumn implements CsvColumn {
	/** The functional area's name, e.g. "Technical Support"; areas are matched and created by name. */
	AREA("area", true),
	/** The kind of the area: sales, engineering, product management, legal, technical support, finance, professional services or other. */
	AREA_KIND("area kind", true, "kind"),
	/** The rung of the escalation ladder: primary, backup, manager, director, vice president (or VP). */
	LEVEL("level", true),
	/** The person's full name. */
	NAME("name", true),
	/** The person's job title. */
	TITLE("title", false),
	/** The person's e-mail address; people are matched by it. */
	EMAIL("email", true, "e mail", "email address"),
	/** The desk phone number. */
	PHONE("phone", false),
	/** The mobile phone number. */
	MOBILE("mobile", false),
	/** Whether the phone numbers can be called around the clock: yes or no (empty means no). */
	AVAILABLE_24X7("24x7", false, "24 7", "24x7 available", "available 24x7"),
	/** The person's time zone as an IANA name, e.g. Europe/Berlin or America/New_York. */
	TIME_ZONE("time zone", false, "timezone", "tz");

	private final Definition definition;

	WhoToCallColumn(String header, boolean required, String... aliases) {
		this.definition = new Definition(header, required, List.of(aliases));
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public boolean phoneNumber() {
		return this == PHONE || this == MOBILE;
	}

	/** @return the header line of a file that has every column, in the documented order */
	public static String headerLine() {
		return CsvColumn.headerLine(WhoToCallColumn.class);
	}
}
