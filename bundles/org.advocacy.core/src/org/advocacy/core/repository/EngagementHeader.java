// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

/**
 * One engagement as lists, filters, due times, the review agenda and board and the five metrics see it, without
 * its body. Both stores make headers with {@link EngagementHeaders#of}, so equal engagements have equal headers in a
 * file and on a server; the store adds its own bookkeeping ({@link #version}, {@link #changedBy}, {@link #changedAt}).
 * <p>
 * Due times are what the escalation engine computes from the engagement with the organization and reference data
 * it was saved with; they do not depend on "now" (compare them with the current instant to tell what is overdue).
 * A change of calendars or service targets reaches an engagement's header when the engagement is saved again.
 * Money is rounded half-even to cents per engagement, exactly as the metrics do.
 *
 * @param id               the engagement's UUID
 * @param key              the case number, e.g. {@code ADV-0042}; {@code null} before the store allocated one
 * @param title            the title
 * @param state            the lifecycle state
 * @param colour           the colour code as of the save ({@link org.advocacy.core.schedule.EngagementColours}):
 *                         the advocate's override, else the engine's colour; {@code null} only when an override
 *                         names no colour
 * @param colourOverridden whether the advocate set the colour by hand instead of the engine working it out
 * @param urgency          urgent (24x7) or business hours, or {@code null}
 * @param customer         the customer, or {@code null}
 * @param segment          the customer's segment, or {@code null}
 * @param advocate         the advocate, or {@code null}
 * @param reason           the reason for engagement, or {@code null}
 * @param businessUnit     the business unit, or {@code null}
 * @param productLine      the product line, or {@code null}
 * @param openedAt         when it was opened, or {@code null}
 * @param closedAt         when it was closed, or {@code null}
 * @param nextUpdateDue    when the customer must next hear from the advocate; {@code null} when closed
 * @param heldDraftReadyAt the earliest end of a hold on an emotionally charged draft, or {@code null}
 * @param nextStepDue      when the next escalation step is due on the soonest of its unanswered ladders, or
 *                         {@code null} when no ladder awaits an answer
 * @param nextStepContact  who to call at that step, or {@code null} when nobody is left on the ladder
 * @param ladderExhausted  whether that ladder ran out without an answer (flagged for management)
 * @param activeLadders    how many escalation ladders await an answer
 * @param effortHours      the hours of effort recorded
 * @param effortCost       hours × hourly rate, in money with two decimals
 * @param expenses         the expenses, in money with two decimals
 * @param version          the store's version of the engagement document (0 before the store saved it)
 * @param changedBy        who saved it last, or {@code null} when the store does not know (files)
 * @param changedAt        when it was saved last, or {@code null} when the store does not know (files)
 */
public record EngagementHeader(String id, String key, String title, EngagementState state, StatusColour colour,
		boolean colourOverridden, Urgency urgency, NamedReference customer, NamedReference segment,
		NamedReference advocate, NamedReference reason, NamedReference businessUnit, NamedReference productLine,
		Instant openedAt, Instant closedAt, Instant nextUpdateDue, Instant heldDraftReadyAt, Instant nextStepDue,
		String nextStepContact, boolean ladderExhausted, int activeLadders, double effortHours, BigDecimal effortCost,
		BigDecimal expenses, long version, String changedBy, Instant changedAt) {

	/** @throws NullPointerException if the id or a money total is missing */
	public EngagementHeader {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(effortCost, "effortCost");
		Objects.requireNonNull(expenses, "expenses");
	}

	/**
	 * @param newVersion   the store's version of the document
	 * @param newChangedBy who saved it, or {@code null}
	 * @param newChangedAt when, or {@code null}
	 * @return this header with the store's bookkeeping
	 */
	public EngagementHeader stored(long newVersion, String newChangedBy, Instant newChangedAt) {
		return new EngagementHeader(id, key, title, state, colour, colourOverridden, urgency, customer, segment,
				advocate, reason, businessUnit, productLine, openedAt, closedAt, nextUpdateDue, heldDraftReadyAt,
				nextStepDue, nextStepContact, ladderExhausted, activeLadders, effortHours, effortCost, expenses,
				newVersion, newChangedBy, newChangedAt);
	}

	/** @return this header without the store's bookkeeping: what {@link EngagementHeaders#of} derives */
	public EngagementHeader content() {
		return stored(0, null, null);
	}

	/** @return the document this header describes */
	public DocumentId documentId() {
		return DocumentId.engagement(id);
	}

	/** @return whether the engagement is over: returned to standard procedures or declined */
	public boolean isClosed() {
		return state == EngagementState.RETURNED_TO_SOP || state == EngagementState.DECLINED;
	}

	/** @return effort plus expenses: the engagement's cost to the business */
	public BigDecimal totalCost() {
		return effortCost.add(expenses);
	}

	/**
	 * @param now the current instant
	 * @return whether a customer update or an escalation step is due at {@code now}, or a held draft is ready
	 */
	public boolean isDue(Instant now) {
		return !isClosed() && (reached(nextUpdateDue, now) || reached(nextStepDue, now)
				|| reached(heldDraftReadyAt, now));
	}

	private static boolean reached(Instant due, Instant now) {
		return due != null && !due.isAfter(now);
	}
}
