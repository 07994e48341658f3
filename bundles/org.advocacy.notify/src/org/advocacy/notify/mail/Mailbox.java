// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.util.Objects;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A person's name and e-mail address, checked once so that a message is only ever built from sound addresses. The
 * address must be exactly one plain address ({@code ana@example.com}): a list, a group, a display name inside the
 * address or a line break is refused, so an address typed into the repository can never add recipients or headers.
 * The name is free text; {@link HeaderText} makes it safe when the message is written.
 *
 * @param name    the display name, may be empty
 * @param address the checked address
 */
public record Mailbox(String name, String address) {

	public Mailbox {
		name = HeaderText.oneLine(name);
		Objects.requireNonNull(address, "address");
	}

	/**
	 * @param name    the display name, may be {@code null}
	 * @param address the address as typed
	 * @param whose   whose address it is, for the error message (such as "Ana Lee's e-mail address")
	 * @return the mailbox
	 * @throws InvalidAddressException naming whose address is wrong and why
	 */
	public static Mailbox of(String name, String address, String whose) throws InvalidAddressException {
		if (address == null || address.isBlank()) {
			throw new InvalidAddressException(whose + " is empty.");
		}
		String trimmed = address.strip();
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (Character.isISOControl(c) || Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>') {
				throw new InvalidAddressException(whose + " \"" + HeaderText.oneLine(trimmed)
						+ "\" is not a single e-mail address: it contains a space, a line break or a separator.");
			}
		}
		try {
			InternetAddress parsed = new InternetAddress(trimmed, true);
			parsed.validate();
			if (parsed.isGroup() || !trimmed.equals(parsed.getAddress()) || trimmed.indexOf('@') <= 0) {
				throw new AddressException("not a plain address", trimmed);
			}
		} catch (AddressException e) {
			throw new InvalidAddressException(whose + " \"" + HeaderText.oneLine(trimmed)
					+ "\" is not a valid e-mail address.");
		}
		return new Mailbox(name, trimmed);
	}

	/** @return the domain part of the address, such as {@code example.com} */
	public String domain() {
		return address.substring(address.lastIndexOf('@') + 1);
	}

	@Override
	public String toString() {
		return name.isEmpty() ? address : name + " <" + address + ">";
	}
}
