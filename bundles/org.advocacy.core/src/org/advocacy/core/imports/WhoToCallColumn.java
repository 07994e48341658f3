// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

/**
 * The columns of a who-to-call CSV file (see {@link WhoToCallCsvImporter} for the whole format). Headers are matched
 * ignoring case, surrounding blanks and the difference between spaces, hyphens and underscores; columns may come in
 * any order.
 */
public enum WhoToCallColumn implements CsvColumn {
	/** The functional area's name, e.g. "Technical Support"; areas are matched and created by name. */
	AREA(Definition.required("area")),
	/** The kind of the area: sales, engineering, product management, legal, technical support, finance, professional services or other. */
	AREA_KIND(Definition.required("area kind", "kind")),
	/** The rung of the escalation ladder: primary, backup, manager, director, vice president (or VP). */
	LEVEL(Definition.required("level")),
	/** The person's full name. */
	NAME(Definition.required("name")),
	/** The person's job title. */
	TITLE(Definition.optional("title")),
	/** The person's e-mail address; people are matched by it. */
	EMAIL(Definition.required("email", "e mail", "email address")),
	/** The desk phone number. */
	PHONE(Definition.phone("phone")),
	/** The mobile phone number. */
	MOBILE(Definition.phone("mobile")),
	/** Whether the phone numbers can be called around the clock: yes or no (empty means no). */
	AVAILABLE_24X7(Definition.optional("24x7", "24 7", "24x7 available", "available 24x7")),
	/** The person's time zone as an IANA name, e.g. Europe/Berlin or America/New_York. */
	TIME_ZONE(Definition.optional("time zone", "timezone", "tz"));

	private final Definition definition;

	WhoToCallColumn(Definition definition) {
		this.definition = definition;
	}

	@Override
	public Definition definition() {
		return definition;
	}

	/** @return the header line of a file that has every column, in the documented order */
	public static String headerLine() {
		return CsvColumn.headerLine(WhoToCallColumn.class);
	}
}
