// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.Locale;

import org.advocacy.model.Audience;
import org.advocacy.model.CustomerContact;

/**
 * A contact at a customer as one {@link CustomerRow} gives it. Values the file does not give are {@code null} and
 * leave the contact's as they are. A contact is the same as one of the customer's when the e-mail addresses match,
 * or, when either has none, the names do (ignoring case and surrounding spaces).
 *
 * @param name          the contact's name
 * @param title         the job title, or {@code null}
 * @param audience      how to write to the contact, or {@code null}
 * @param email         the e-mail address, or {@code null}
 * @param phone         the phone number, or {@code null}
 * @param mobile        the mobile number, or {@code null}
 * @param available24x7 whether the mobile answers around the clock, or {@code null}
 */
public record ContactRow(String name, String title, Audience audience, String email, String phone, String mobile,
		Boolean available24x7) {

	/** @return the key that identifies the contact among the customer's: its e-mail, else its name */
	public String key() {
		return key(name, email);
	}

	/**
	 * @param contact a contact of a customer
	 * @return whether this row is about that contact
	 */
	public boolean matches(CustomerContact contact) {
		if (email != null && contact.getEmail() != null && !contact.getEmail().isBlank()) {
			return normal(email).equals(normal(contact.getEmail()));
		}
		return contact.getName() != null && normal(name).equals(normal(contact.getName()));
	}

	/**
	 * @param name  a contact's name
	 * @param email the contact's e-mail address, or {@code null}
	 * @return the key that identifies the contact among a customer's
	 */
	public static String key(String name, String email) {
		return email == null || email.isBlank() ? "name:" + normal(name) : "email:" + normal(email);
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}
}
