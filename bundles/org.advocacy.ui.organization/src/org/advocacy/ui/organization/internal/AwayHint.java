// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;

import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Person;

/**
 * Who takes a person's calls while they are away, as the escalation engine decides ({@link LadderContact}): the
 * hint the matrix and the people table show next to the name, such as "away → Bo Chen".
 */
public final class AwayHint {

	/** The arrow between the absent person and the alternate. */
	public static final String ARROW = "\u2192";

	private AwayHint() {
	}

	/**
	 * @param person a person, may be {@code null}
	 * @param level  the ladder level the person is called at
	 * @param now    the instant that counts as now
	 * @return "away → alternate" when an alternate takes the person's calls at that instant, else an empty string
	 */
	public static String of(Person person, EscalationLevel level, Instant now) {
		if (person == null) {
			return "";
		}
		LadderContact contact = LadderContact.covering(level, person, now);
		return contact.isSubstitute() ? "away " + ARROW + " " + contact.person().getName() : "";
	}
}
