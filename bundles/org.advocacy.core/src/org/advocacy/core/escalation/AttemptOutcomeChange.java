// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;
import java.util.Objects;

import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.LadderAttempt;

/**
 * The model change for recording how a ladder attempt ended: set the attempt's outcome and, for an answer, when it
 * came. A value the user interface turns into set commands on its editing domain; nothing is changed here.
 * Recording {@link AttemptOutcome#RESPONDED} stops the ladder; {@link AttemptOutcome#NO_ANSWER} moves it to the
 * next level at once.
 *
 * @param attempt     the attempt to change
 * @param outcome     its new outcome
 * @param respondedAt when the person answered, or {@code null} when they did not
 */
public record AttemptOutcomeChange(LadderAttempt attempt, AttemptOutcome outcome, Instant respondedAt) {

	public AttemptOutcomeChange {
		Objects.requireNonNull(attempt, "attempt");
		Objects.requireNonNull(outcome, "outcome");
	}

	/** @return the change recording that the person called answered at that instant */
	public static AttemptOutcomeChange responded(LadderAttempt attempt, Instant at) {
		return new AttemptOutcomeChange(attempt, AttemptOutcome.RESPONDED, Objects.requireNonNull(at, "at"));
	}

	/** @return the change recording that the person called did not answer */
	public static AttemptOutcomeChange noAnswer(LadderAttempt attempt) {
		return new AttemptOutcomeChange(attempt, AttemptOutcome.NO_ANSWER, null);
	}
}
