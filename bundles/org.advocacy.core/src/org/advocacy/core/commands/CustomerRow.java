// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

/**
 * One clean row of a customer file: a customer's values and, optionally, one of its contacts, as read and checked by
 * the customer import ({@code org.advocacy.core.imports.CustomerCsvImporter}) and applied by
 * {@link ReferenceDataCommands#importCustomers}. A value the file does not give is {@code null} (an empty list for
 * the product lines) and leaves the customer's value as it is. Customers are matched by {@link #customerKey(String)
 * name}, ignoring case and surrounding spaces.
 *
 * @param line                the 1-based line of the file the row starts on
 * @param name                the customer's name
 * @param segment             the customer's segment, or {@code null}
 * @param businessUnit        the business unit owning the account, or {@code null}
 * @param productLines        the product lines the customer has bought; empty when not given
 * @param accountOwner        the account manager, a person of the organization, or {@code null}
 * @param customerSince       the day the company became a customer, or {@code null}
 * @param customerUntil       the last day it was a customer, or {@code null}
 * @param escalationRequested whether a pre-established escalation request exists, or {@code null}
 * @param contact             the contact this row adds or updates, or {@code null} for a row about the customer only
 */
public record CustomerRow(int line, String name, CustomerSegment segment, BusinessUnit businessUnit,
		List<ProductLine> productLines, Person accountOwner, LocalDate customerSince, LocalDate customerUntil,
		Boolean escalationRequested, ContactRow contact) {

	/** Keeps the product lines unmodifiable. */
	public CustomerRow {
		productLines = List.copyOf(productLines);
	}

	/**
	 * @param name a customer's name, from a row or the repository
	 * @return the key that names the same customer
	 */
	public static String customerKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
