// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Person;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;

/** What notices need to know about a person: their name, e-mail address, how to reach them and their time zone. */
public final class People {

	private People() {
	}

	/** @return the person's name, or "an unnamed person" */
	public static String name(Person person) {
		return person == null || person.getName() == null || person.getName().isBlank() ? "an unnamed person"
				: person.getName().strip();
	}

	/** @return the person's e-mail address: their e-mail field, else an e-mail contact point; {@code null} if none */
	public static String email(Person person) {
		if (person == null) {
			return null;
		}
		if (person.getEmail() != null && !person.getEmail().isBlank()) {
			return person.getEmail().strip();
		}
		for (ContactPoint point : person.getContactPoints()) {
			if (point.getChannel() == ContactChannel.EMAIL && point.getAddress() != null && !point.getAddress().isBlank()) {
				return point.getAddress().strip();
			}
		}
		return null;
	}

	/** @return whether the person has an e-mail address to notify */
	public static boolean hasEmail(Person person) {
		return email(person) != null;
	}

	/**
	 * @return the person's mailbox
	 * @throws InvalidAddressException when the person has no usable e-mail address, naming them
	 */
	public static Mailbox mailbox(Person person) throws InvalidAddressException {
		return Mailbox.of(name(person), email(person), name(person) + "'s e-mail address");
	}

	/**
	 * @return how to reach the person, the ways that work around the clock first, such as "Mobile: +1 555 0100
	 *         (24x7)"; their e-mail address last
	 */
	public static List<String> reachAt(Person person) {
		List<String> roundTheClock = new ArrayList<>();
		List<String> others = new ArrayList<>();
		if (person != null) {
			for (ContactPoint point : person.getContactPoints()) {
				if (point.getAddress() == null || point.getAddress().isBlank()) {
					continue;
				}
				String channel = point.getChannel() == null ? "Contact" : point.getChannel().getLiteral();
				String line = channel + ": " + point.getAddress().strip();
				if (point.isAvailable24x7()) {
					roundTheClock.add(line + " (24x7)");
				} else if (point.getChannel() != ContactChannel.EMAIL) {
					others.add(line);
				}
			}
		}
		List<String> lines = new ArrayList<>(roundTheClock);
		lines.addAll(others);
		String email = email(person);
		if (email != null && lines.stream().noneMatch(line -> line.contains(email))) {
			lines.add("E-mail: " + email);
		}
		return lines;
	}

	/** @return the ways the person can be reached around the clock, or all their ways when none is marked 24x7 */
	public static String reachAtInOneLine(Person person) {
		List<String> lines = reachAt(person);
		return lines.isEmpty() ? "no contact details recorded" : String.join("; ", lines);
	}

	/** @return the person's time zone: their own, else their calendar's, else UTC */
	public static ZoneId zone(Person person) {
		if (person != null && person.getTimeZone() != null) {
			return person.getTimeZone();
		}
		if (person != null && person.getCalendar() != null && person.getCalendar().getTimeZone() != null) {
			return person.getCalendar().getTimeZone();
		}
		return ZoneOffset.UTC;
	}

	/** @return the person's name with their title, such as "Ana Lee (VP Engineering)" */
	public static String nameAndTitle(Person person) {
		String title = person == null || person.getTitle() == null || person.getTitle().isBlank() ? ""
				: " (" + person.getTitle().strip() + ")";
		return name(person) + title;
	}

	/** @return a level or state literal in lower case, as in "the vice president" */
	static String lower(String literal) {
		return literal.toLowerCase(Locale.ROOT);
	}
}
