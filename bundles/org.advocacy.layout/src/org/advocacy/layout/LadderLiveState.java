// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;

/**
 * What the graph shows on one area's ladder for the selected engagement, mapped from the engine's
 * {@link LadderStatus}: the state of each rung, the current level, the countdown to the next step, the 70/90% warning
 * and whether the vice president was reached. The engine decides; this only translates its decision per rung.
 */
public final class LadderLiveState {

	private final LadderStatus status;
	private final Map<EscalationLevel, RungLiveState> rungs;
	private final EscalationLevel currentLevel;
	private final boolean vicePresidentReached;

	private LadderLiveState(LadderStatus status, Map<EscalationLevel, RungLiveState> rungs,
			EscalationLevel currentLevel, boolean vicePresidentReached) {
		this.status = status;
		this.rungs = Collections.unmodifiableMap(rungs);
		this.currentLevel = currentLevel;
		this.vicePresidentReached = vicePresidentReached;
	}

	/**
	 * Maps the engine's decision for one escalation onto the rungs of its ladder.
	 *
	 * @param status the engine's status of the escalation
	 * @return the live state
	 */
	public static LadderLiveState of(LadderStatus status) {
		Map<EscalationLevel, RungLiveState> rungs = new EnumMap<>(EscalationLevel.class);
		boolean vp = false;
		for (LadderAttempt attempt : status.escalation().getAttempts()) {
			EscalationLevel level = attempt.getLevel();
			if (level == null) {
				continue;
			}
			vp |= level == EscalationLevel.VICE_PRESIDENT;
			boolean awaited = attempt == status.last() && status.state() == LadderState.AWAITING_RESPONSE;
			RungState state = awaited ? RungState.AWAITING : stateOf(attempt.getOutcome());
			rungs.put(level, new RungLiveState(level, state, attempt, attempt.getContactedAt(),
					attempt.getRespondedAt(), awaited));
		}
		EscalationLevel current = null;
		if (status.state() == LadderState.AWAITING_RESPONSE && status.last() != null) {
			current = status.last().getLevel();
		} else if (status.state() == LadderState.DUE_NOW && status.next() != null) {
			current = status.next().level();
			rungs.put(current, new RungLiveState(current, RungState.CALL_NOW, null, null, null, true));
		}
		return new LadderLiveState(status, rungs, current, vp);
	}

	/**
	 * Evaluates every escalation of an engagement with the engine and maps each onto its area's ladder.
	 *
	 * @param ladder     the engine
	 * @param engagement the engagement
	 * @param now        the instant to decide for (from an injected clock)
	 * @return the live state by area; when an area was escalated to twice, the later escalation wins
	 */
	public static Map<FunctionalArea, LadderLiveState> of(EscalationLadder ladder, Engagement engagement, Instant now) {
		Map<FunctionalArea, LadderLiveState> result = new IdentityHashMap<>();
		for (LadderStatus status : ladder.evaluate(engagement, now)) {
			if (status.escalation().getArea() != null) {
				result.put(status.escalation().getArea(), of(status));
			}
		}
		return result;
	}

	private static RungState stateOf(AttemptOutcome outcome) {
		if (outcome == null) {
			return RungState.TIMED_OUT;
		}
		return switch (outcome) {
		case RESPONDED -> RungState.RESPONDED;
		case NO_ANSWER -> RungState.NO_ANSWER;
		case REDIRECTED -> RungState.REDIRECTED;
		case PENDING -> RungState.TIMED_OUT;
		};
	}

	/** @return the engine's status this state was mapped from */
	public LadderStatus status() {
		return status;
	}

	/** @return the state of a rung; {@link RungState#IDLE} when nothing happened there */
	public RungLiveState rung(EscalationLevel level) {
		RungLiveState rung = rungs.get(level);
		return rung != null ? rung : new RungLiveState(level, RungState.IDLE, null, null, null, false);
	}

	/** @return the current level (call now, or awaiting), or {@code null} when answered, exhausted or closed */
	public EscalationLevel currentLevel() {
		return currentLevel;
	}

	/** @return whether someone at the vice-president level was called */
	public boolean vicePresidentReached() {
		return vicePresidentReached;
	}

	/** @return whether the top of the ladder did not answer: flagged for management attention */
	public boolean flagged() {
		return status.isFlagged();
	}

	/** @return the warning fraction reached while awaiting (0.7, 0.9), or 0 */
	public double warning() {
		return status.warning();
	}

	/**
	 * @param now the instant to count from
	 * @return the time left until the next step while awaiting an answer (zero when overdue), or {@code null} when
	 *         no wait is running
	 */
	public Duration remaining(Instant now) {
		if (status.state() != LadderState.AWAITING_RESPONSE || status.dueAt() == null) {
			return null;
		}
		Duration left = Duration.between(now, status.dueAt());
		return left.isNegative() ? Duration.ZERO : left;
	}
}
