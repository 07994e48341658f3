// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.ProductLine;

/**
 * Derives the {@link EngagementHeader} of an engagement and the {@link CustomerHeader} of a customer. This is the
 * one definition of a header: the file store derives its headers (and its header cache) with it, the team store
 * derives the header row it writes with every save with it, so equal content gives equal headers in both.
 * <p>
 * Due times come from the escalation engine ({@link CustomerUpdates}, {@link EscalationLadder}) evaluated at
 * {@code asOf}; they are independent of that instant except where the engine measures from "now" because the
 * engagement lacks an opening time, and for who covers an away person at the next step. The colour code is the one
 * {@link EngagementColours} gives at {@code asOf}: the advocate's override, or the engine's colour as of the save.
 * Stores pass the instant of the save. An engagement whose calendars cannot be evaluated (no time zone, no working day) gets no due times;
 * validation reports the calendar.
 */
public final class EngagementHeaders {

	private EngagementHeaders() {
	}

	/**
	 * @param engagement an engagement inside a repository, or at least with its customer and organization
	 *                   reachable, so that service targets and calendars apply
	 * @param asOf       the instant of the save
	 * @return its header, with version 0 and no last change (see {@link EngagementHeader#stored})
	 */
	public static EngagementHeader of(Engagement engagement, Instant asOf) {
		Objects.requireNonNull(asOf, "asOf");
		Customer customer = engagement.getCustomer();
		EngagementColour colour = new EngagementColours(asOf).of(engagement);
		Instant nextUpdate = null;
		LadderStatus nextStep = null;
		int active = 0;
		try {
			UpdateStatus update = new CustomerUpdates().evaluate(engagement, asOf);
			nextUpdate = update.nextDueAt();
			for (LadderStatus ladder : new EscalationLadder().evaluate(engagement, asOf)) {
				if (awaitsAnswer(ladder)) {
					active++;
					if (nextStep == null || ladder.dueAt() != null
							&& (nextStep.dueAt() == null || ladder.dueAt().isBefore(nextStep.dueAt()))) {
						nextStep = ladder;
					}
				}
			}
		} catch (IllegalArgumentException unusableCalendar) {
			nextUpdate = null;
			nextStep = null;
			active = 0;
		}
		Totals totals = Totals.of(engagement);
		return new EngagementHeader(ObjectIds.require(engagement), engagement.getKey(), engagement.getTitle(),
				engagement.getState(), colour.colour(), colour.overridden(), engagement.getUrgency(),
				NamedReference.to(customer), customer == null ? null : NamedReference.to(customer.getSegment()),
				NamedReference.to(engagement.getAdvocate()), NamedReference.to(engagement.getReason()),
				NamedReference.to(engagement.getBusinessUnit()), NamedReference.to(engagement.getProductLine()),
				engagement.getOpenedAt(), engagement.getClosedAt(), nextUpdate, heldDraftReadyAt(engagement),
				nextStep == null ? null : nextStep.dueAt(),
				nextStep == null || nextStep.next() == null ? null : nextStep.next().person().getName(),
				nextStep != null && nextStep.isFlagged(), active, totals.hours, totals.effort, totals.expenses, 0, null,
				null);
	}

	/**
	 * @param customer a customer inside a repository
	 * @param version  the store's version of the customer document
	 * @return its header
	 */
	public static CustomerHeader of(Customer customer, long version) {
		List<NamedReference> lines = new ArrayList<>(customer.getProductLines().size());
		for (ProductLine line : customer.getProductLines()) {
			NamedReference reference = NamedReference.to(line);
			if (reference != null) {
				lines.add(reference);
			}
		}
		return new CustomerHeader(ObjectIds.require(customer), customer.getName(),
				NamedReference.to(customer.getSegment()), NamedReference.to(customer.getBusinessUnit()), lines, version);
	}

	private static boolean awaitsAnswer(LadderStatus ladder) {
		return ladder.state() == LadderState.AWAITING_RESPONSE || ladder.state() == LadderState.DUE_NOW
				|| ladder.state() == LadderState.EXHAUSTED;
	}

	private static Instant heldDraftReadyAt(Engagement engagement) {
		Instant earliest = null;
		for (CustomerCommunication communication : engagement.getCommunications()) {
			Instant until = communication.getHoldUntil();
			if (communication.getState() == CommunicationState.ON_HOLD && until != null
					&& (earliest == null || until.isBefore(earliest))) {
				earliest = until;
			}
		}
		return engagement.getState() == EngagementState.RETURNED_TO_SOP
				|| engagement.getState() == EngagementState.DECLINED ? null : earliest;
	}

	/** Effort and expenses summed exactly and rounded half-even to cents, as the review metrics round them. */
	private record Totals(double hours, BigDecimal effort, BigDecimal expenses) {

		static Totals of(Engagement engagement) {
			double hours = 0;
			BigDecimal effort = BigDecimal.ZERO;
			for (EffortEntry entry : engagement.getEffortEntries()) {
				hours += entry.getHours();
				if (entry.getHourlyRate() != null) {
					effort = effort.add(BigDecimal.valueOf(entry.getHours()).multiply(entry.getHourlyRate()));
				}
			}
			BigDecimal expenses = BigDecimal.ZERO;
			for (Expense expense : engagement.getExpenses()) {
				if (expense.getAmount() != null) {
					expenses = expenses.add(expense.getAmount());
				}
			}
			return new Totals(hours, cents(effort), cents(expenses));
		}

		private static BigDecimal cents(BigDecimal amount) {
			return amount.setScale(2, RoundingMode.HALF_EVEN);
		}
	}
}
