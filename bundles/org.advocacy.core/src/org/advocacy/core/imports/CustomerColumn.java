// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

/**
 * The columns of a customer CSV file (see {@link CustomerCsvImporter} for the whole format): the customer's values,
 * repeated on each of its lines, then one contact per line. Headers are matched ignoring case, surrounding blanks
 * and the difference between spaces, hyphens and underscores; columns may come in any order.
 */
public enum CustomerColumn implements CsvColumn {
	/** The customer's name; customers are matched and created by name. */
	CUSTOMER("customer", true, "customer name", "account", "account name"),
	/** The name of the customer's segment, one of the repository's. */
	SEGMENT("segment", false, "customer segment"),
	/** The name of the business unit that owns the account, one of the repository's. */
	BUSINESS_UNIT("business unit", false, "bu"),
	/** The names of the product lines the customer has bought, separated by semicolons. */
	PRODUCT_LINES("product lines", false, "product line", "products"),
	/** The account manager: the name or e-mail of a person of the organization. */
	ACCOUNT_OWNER("account owner", false, "account manager", "owner"),
	/** The day the company became a customer: 2024-01-15 (or 15.01.2024). */
	CUSTOMER_SINCE("customer since", false, "since"),
	/** The last day the company was a customer, empty while it still is. */
	CUSTOMER_UNTIL("customer until", false, "until"),
	/** Whether a pre-established escalation request makes management aware of any situation: yes or no. */
	ESCALATION_REQUEST("escalation request", false, "escalation requested", "pre established escalation request"),
	/** The contact's name; a line without one is about the customer only. */
	CONTACT("contact", false, "contact name"),
	/** The contact's job title. */
	TITLE("title", false, "contact title", "job title"),
	/** How to write to the contact: management, engineer or administrative. */
	AUDIENCE("audience", false),
	/** The contact's e-mail address; contacts are matched by it, else by name. */
	EMAIL("email", false, "e mail", "email address"),
	/** The contact's phone number. */
	PHONE("phone", false, "phone number"),
	/** The contact's mobile number. */
	MOBILE("mobile", false, "mobile phone", "cell"),
	/** Whether the mobile number answers around the clock (24x7): yes or no (empty means no). */
	AVAILABLE_24X7("24x7", false, "24 7", "24x7 available", "available 24x7");

	/** What separates the names of several product lines in one value. */
	public static final String PRODUCT_LINE_SEPARATOR = ";";

	private final Definition definition;

	CustomerColumn(String header, boolean required, String... aliases) {
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

	/** @return whether the value belongs to the customer (repeated on its lines) rather than to the line's contact */
	boolean ofCustomer() {
		return ordinal() < CONTACT.ordinal();
	}

	/** @return the header line of a file that has every column, in the documented order */
	public static String headerLine() {
		return CsvColumn.headerLine(CustomerColumn.class);
	}
}
