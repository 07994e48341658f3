// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;

/**
 * The customer-update cadence of one engagement at one instant. A value computed from the model; it is never stored.
 *
 * @param engagement   the engagement
 * @param state        on track, overdue or closed
 * @param lastSentAt   when the last update was sent, or {@code null} when none was
 * @param nextDueAt    when the next update is or was due; {@code null} when the engagement is closed
 * @param cadence      how often the customer must hear from the advocate
 * @param workingTime  the clock the cadence runs on (24x7 or a business calendar)
 * @param readyDrafts  drafts put on hold (emotionally charged) whose hold has ended: ready to revise and send, or
 *                     discard
 * @param reason       one line a support manager understands
 */
public record UpdateStatus(Engagement engagement, UpdateState state, Instant lastSentAt, Instant nextDueAt,
		Duration cadence, WorkingTime workingTime, List<CustomerCommunication> readyDrafts, String reason) {

	public UpdateStatus {
		readyDrafts = List.copyOf(readyDrafts);
	}

	/** @return whether the update is overdue */
	public boolean isOverdue() {
		return state == UpdateState.OVERDUE;
	}
}
