// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

/**
 * The columns of a customer CSV file (see {@link CustomerCsvImporter} for the whole format): the customer's values,
 * repeated on each of its lines, then one contact per line. Headers are matched ignoring case, surrounding blanks
 * and the difference between spaces, hyphens and underscores; columns may come in any order.
 */
public enum CustomerColumn implements CsvColumn {
	/** The customer's name; customers are matched and created by name. */
	CUSTOMER(Definition.required("customer", "customer name", "account", "account name")),
	/** The name of the customer's segment, one of the repository's. */
	SEGMENT(Definition.optional("segment", "customer segment")),
	/** The name of the business unit that owns the account, one of the repository's. */
	BUSINESS_UNIT(Definition.optional("business unit", "bu")),
	/** The names of the product lines the customer has bought, separated by semicolons. */
	PRODUCT_LINES(Definition.optional("product lines", "product line", "products")),
	/** The account manager: the name or e-mail of a person of the organization. */
	ACCOUNT_OWNER(Definition.optional("account owner", "account manager", "owner")),
	/** The day the company became a customer: 2024-01-15 (or 15.01.2024). */
	CUSTOMER_SINCE(Definition.optional("customer since", "since")),
	/** The last day the company was a customer, empty while it still is. */
	CUSTOMER_UNTIL(Definition.optional("customer until", "until")),
	/** Whether a pre-established escalation request makes management aware of any situation: yes or no. */
	ESCALATION_REQUEST(Definition.optional("escalation request", "escalation requested",
			"pre established escalation request")),
	/** The contact's name; a line without one is about the customer only. */
	CONTACT(Definition.optional("contact", "contact name")),
	/** The contact's job title. */
	TITLE(Definition.optional("title", "contact title", "job title")),
	/** How to write to the contact: management, engineer or administrative. */
	AUDIENCE(Definition.optional("audience")),
	/** The contact's e-mail address; contacts are matched by it, else by name. */
	EMAIL(Definition.optional("email", "e mail", "email address")),
	/** The contact's phone number. */
	PHONE(Definition.phone("phone", "phone number")),
	/** The contact's mobile number. */
	MOBILE(Definition.phone("mobile", "mobile phone", "cell")),
	/** Whether the mobile number answers around the clock (24x7): yes or no (empty means no). */
	AVAILABLE_24X7(Definition.optional("24x7", "24 7", "24x7 available", "available 24x7"));

	/** What separates the names of several product lines in one value. */
	public static final String PRODUCT_LINE_SEPARATOR = ";";

	private final Definition definition;

	CustomerColumn(Definition definition) {
		this.definition = definition;
	}

	@Override
	public Definition definition() {
		return definition;
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
