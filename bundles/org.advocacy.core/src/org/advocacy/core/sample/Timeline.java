// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.EngagementState;
import org.advocacy.model.Urgency;

/**
 * The key dates of one engagement, derived from its state relative to "now": when it was opened, when the
 * criteria were agreed, where its get-well plan sits on the calendar and when it was closed. Everything is in
 * the past of "now" except the future part of an active plan.
 */
final class Timeline {

	/** Where a standard engagement must sit relative to the latest management review. */
	enum Anchor {
		NONE, OPENED_BEFORE_REVIEW, CLOSED_BEFORE_REVIEW
	}

	final WorkingDayIndex days;
	final Instant openedAt;
	final Instant criteriaAgreedAt;
	final Instant closedAt;
	/** The working-day index of the plan start, or -1 without a plan. */
	final int planStart;
	/** The end of the engagement's activity: its closing, or "now" for open ones. */
	final Instant end;

	Timeline(SampleContext context, EngagementState state, Urgency urgency, Anchor anchor, WorkingDayIndex days,
			PlanShape plan, boolean detailed) {
		this.days = days;
		Instant now = context.now;
		int today = days.today();
		int start = -1;
		Instant opened;
		Instant agreed = null;
		Instant closed = null;
		switch (state) {
		case REQUESTED -> opened = SampleContext.minute(now.minus(Duration.ofMinutes(context.between(45, 1800))));
		case DECLINED -> {
			opened = openedOn(context, today - (detailed ? context.between(8, 40) : context.between(3, 480)), urgency);
			closed = SampleContext.minute(opened.plus(Duration.ofMinutes(context.between(4 * 60, 52 * 60))));
		}
		case ASSESSING -> {
			opened = urgency == Urgency.URGENT_24X7
					? SampleContext.minute(now.minus(Duration.ofMinutes(context.between(26 * 60, 72 * 60))))
					: openedOn(context, today - context.between(2, 4), urgency);
			agreed = SampleContext.minute(opened.plus(Duration.ofMinutes(context.between(2 * 60, 20 * 60))));
		}
		case ENGAGED -> {
			opened = anchor == Anchor.OPENED_BEFORE_REVIEW
					? SampleContext.minute(context.latestReview.minus(Duration.ofMinutes(context.between(20 * 60, 60 * 60))))
					: openedOn(context, today - context.between(3, 6), urgency);
			start = today + context.between(2, 5);
		}
		case EXECUTING_PLAN -> {
			int done = (int) Math.round(plan.span() * (0.25 + 0.5 * context.random.nextDouble()));
			start = today - Math.max(3, done);
			opened = openedOn(context, start - context.between(4, 10), urgency);
		}
		case CLOSE_OUT -> {
			start = today - context.between(1, 6) - (plan.span() - 1);
			opened = openedOn(context, start - context.between(4, 10), urgency);
		}
		case RETURNED_TO_SOP -> {
			int closedDay = anchor == Anchor.CLOSED_BEFORE_REVIEW
					? days.indexOnOrBefore(LocalDate.ofInstant(context.latestReview, days.zone).minusDays(context.between(1, 3)))
					: today - (detailed ? context.between(6, 60) : context.between(3, 480));
			start = closedDay - context.between(2, 8) - (plan.span() - 1);
			opened = openedOn(context, start - context.between(4, 10), urgency);
			closed = days.at(closedDay, context.between(10, 16), 5 * context.between(0, 11));
		}
		default -> throw new IllegalArgumentException(state.toString());
		}
		if (start >= 0 || state == EngagementState.ENGAGED) {
			// agreed with the customer during business hours of the next working day
			agreed = days.at(days.indexOf(opened) + 1, context.between(9, 16), context.between(0, 59));
			Instant latest = now.minus(Duration.ofMinutes(30));
			if (agreed.isAfter(latest)) {
				agreed = SampleContext.minute(latest);
			}
		}
		this.openedAt = opened;
		this.criteriaAgreedAt = agreed;
		this.closedAt = closed;
		this.planStart = start;
		this.end = closed != null ? closed : now;
	}

	private Instant openedOn(SampleContext context, int day, Urgency urgency) {
		int hour = urgency == Urgency.URGENT_24X7 ? context.between(0, 23) : context.between(8, 16);
		return days.at(day, hour, context.between(0, 59));
	}

	/** @return the working-day index of an instant in this engagement's calendar */
	int index(Instant instant) {
		return days.indexOf(instant);
	}
}
