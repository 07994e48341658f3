// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;

/**
 * What the escalation engine decided for one escalation at one instant: the state of the ladder, who to contact
 * next, when that step is due and why. A value computed from the model; it is never stored.
 *
 * @param engagement  the engagement
 * @param escalation  the escalation on the engagement
 * @param state       where the ladder stands
 * @param last        the most recent attempt (the one awaited while {@link LadderState#AWAITING_RESPONSE}, the one
 *                    that answered when {@link LadderState#RESPONDED}), or {@code null} when nobody was called
 * @param next        who to call now ({@link LadderState#DUE_NOW}) or when the wait runs out
 *                    ({@link LadderState#AWAITING_RESPONSE}); {@code null} when nobody is left or nothing is due
 * @param dueAt       when the next step is or was due: the end of the wait, or when the ladder moved on or ran out;
 *                    {@code null} when {@link LadderState#RESPONDED} or {@link LadderState#CLOSED}
 * @param timeout     how long each level may take to answer
 * @param workingTime the clock the timeout runs on (24x7 or a business calendar)
 * @param progress    the part of the timeout used up while awaiting a response (0 to below 1); 1 when due or
 *                    exhausted; 0 when responded or closed
 * @param warning     the highest warning fraction the progress has reached while awaiting a response (for
 *                    example 0.7 or 0.9), or 0 when no warning applies
 * @param reason      one line a support manager understands, naming who, what and where
 */
public record LadderStatus(Engagement engagement, Escalation escalation, LadderState state, LadderAttempt last,
		LadderContact next, Instant dueAt, Duration timeout, WorkingTime workingTime, double progress, double warning,
		String reason) {

	/** @return whether the ladder needs the advocate now: a call is due, or the ladder ran out and is flagged */
	public boolean isDue() {
		return state == LadderState.DUE_NOW || state == LadderState.EXHAUSTED;
	}

	/** @return whether the ladder reached its top without an answer (flagged for management attention) */
	public boolean isFlagged() {
		return state == LadderState.EXHAUSTED;
	}

	/** @return whether a warning threshold has been reached before the timeout */
	public boolean isWarning() {
		return warning > 0;
	}

	/**
	 * The call whose outcome can still be recorded: the latest attempt while it is pending, whether the wait is still
	 * running or has run out. Nothing once someone answered or the engagement is closed.
	 *
	 * @return the attempt, or {@code null}
	 */
	public LadderAttempt awaitedAttempt() {
		if (last == null || state == LadderState.RESPONDED || state == LadderState.CLOSED) {
			return null;
		}
		return last.getOutcome() == null || last.getOutcome() == AttemptOutcome.PENDING ? last : null;
	}
}
