// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;
import java.util.Objects;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;

/**
 * The person to call at one level of a who-to-call ladder. When the person on the ladder is away, their alternate
 * takes the call and {@link #substituteFor()} names the person on the ladder.
 *
 * @param level        the ladder level being called
 * @param person       who to call
 * @param substituteFor the person on the ladder who is away, or {@code null} when {@code person} is on the ladder
 */
public record LadderContact(EscalationLevel level, Person person, Person substituteFor) {

	/** The longest chain of alternates followed (an alternate who is away has an alternate of their own). */
	private static final int MAX_COVER_CHAIN = 5;

	public LadderContact {
		Objects.requireNonNull(level, "level");
	}

	/**
	 * Finds who takes the calls of a person on the ladder at an instant: the person, or when they are away the
	 * alternate of their away period (following an alternate who is away too, a few steps at most). An away period
	 * without an end lasts until further notice; one without a start does not apply. A person away without an
	 * alternate is still the one to call.
	 *
	 * @param level    the ladder level
	 * @param onLadder the person on the ladder at that level
	 * @param at       when the call is made
	 * @return the contact for that call
	 */
	public static LadderContact covering(EscalationLevel level, Person onLadder, Instant at) {
		Person callee = onLadder;
		for (int step = 0; step < MAX_COVER_CHAIN; step++) {
			Person alternate = alternateIfAway(callee, at);
			if (alternate == null || alternate == onLadder) {
				break;
			}
			callee = alternate;
		}
		return new LadderContact(level, callee, callee == onLadder ? null : onLadder);
	}

	/** @return whether an alternate takes the call for an absent person on the ladder */
	public boolean isSubstitute() {
		return substituteFor != null;
	}

	/**
	 * The model change for "called this contact": a new pending attempt, to append to the escalation's attempts
	 * (the caller wraps it in an add command).
	 *
	 * @param channel     how the person was contacted, may be {@code null}
	 * @param contactedAt when the call was made
	 * @return a new attempt, not yet in any escalation
	 */
	public LadderAttempt newAttempt(ContactChannel channel, Instant contactedAt) {
		LadderAttempt attempt = AdvocacyFactory.eINSTANCE.createLadderAttempt();
		attempt.setLevel(level);
		attempt.setPerson(person);
		attempt.setSubstituteFor(substituteFor);
		attempt.setChannel(channel);
		attempt.setContactedAt(Objects.requireNonNull(contactedAt, "contactedAt"));
		attempt.setOutcome(AttemptOutcome.PENDING);
		return attempt;
	}

	/** @return the contact in words, such as "Ana Lee (backup, covering for Ben Ott, who is away)" */
	public String describe() {
		return Engagements.name(person) + " (" + Engagements.name(level)
				+ (substituteFor == null ? ")" : ", covering for " + Engagements.name(substituteFor) + ", who is away)");
	}

	private static Person alternateIfAway(Person person, Instant at) {
		if (person == null) {
			return null;
		}
		for (AwayPeriod away : person.getAwayPeriods()) {
			boolean started = away.getStart() != null && !at.isBefore(away.getStart());
			boolean notEnded = away.getEnd() == null || at.isBefore(away.getEnd());
			if (started && notEnded) {
				return away.getAlternate();
			}
		}
		return null;
	}
}
