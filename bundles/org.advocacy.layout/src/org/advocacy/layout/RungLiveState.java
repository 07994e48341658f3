// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.time.Instant;

import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderAttempt;

/**
 * The live state of one rung on the selected engagement.
 *
 * @param level       the ladder level
 * @param state       the state
 * @param attempt     the latest attempt at this level, or {@code null} when nobody here was called
 * @param contactedAt when this level was called, or {@code null}
 * @param respondedAt when this level answered, or {@code null}
 * @param current     whether this is the ladder's current level (call now, or awaiting the answer)
 */
public record RungLiveState(EscalationLevel level, RungState state, LadderAttempt attempt, Instant contactedAt,
		Instant respondedAt, boolean current) {
}
