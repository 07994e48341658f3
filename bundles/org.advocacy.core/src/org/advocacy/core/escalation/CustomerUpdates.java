// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;

/**
 * The customer-update cadence: "frequent updates, regardless of status, from one voice". The next update of an
 * engagement is due one cadence ({@link ServiceTargets#updateCadence}: the customer's segment target for the
 * engagement's urgency, else the repository default) after the last update sent, or after the engagement opened
 * when none was sent. Urgent engagements count the cadence 24x7; business-hours engagements count it on the working
 * hours of the advocate's calendar, else the organization's default calendar.
 * <p>
 * While the engagement waits on the customer the clock can be paused ({@link ClockPauses}): paused time does not
 * count towards the cadence, but a pause counts for at most the pause limit, after which the clock runs again and
 * the reason flags the pause, so a paused clock cannot hide neglect.
 * <p>
 * Also reports drafts held back because they were written in the heat of the moment, once their hold has ended,
 * so the advocate revises and sends or discards them. Closed engagements have nothing due. A pure function of the
 * model and the instant passed in; stateless and thread-safe.
 */
public final class CustomerUpdates {

	private final ClockPauses pauses;

	/** The cadence with pauses allowed {@link ClockPauses#DEFAULT_LIMIT_DAYS} business days. */
	public CustomerUpdates() {
		this(new ClockPauses());
	}

	/** @param pauses how pauses of the update clock count */
	public CustomerUpdates(ClockPauses pauses) {
		this.pauses = pauses;
	}

	private static final Comparator<UpdateStatus> BY_DUE_TIME = Comparator
			.comparing(UpdateStatus::nextDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(status -> status.engagement().getKey(), Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * @param engagement the engagement
	 * @param now        the instant to decide for
	 * @return its update cadence at {@code now}
	 * @throws IllegalArgumentException if the business calendar to use has no time zone or no working weekday
	 */
	public UpdateStatus evaluate(Engagement engagement, Instant now) {
		return evaluate(engagement, now, new WorkingTimes());
	}

	/**
	 * @return the cadence of every open engagement of the repository, soonest due first
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<UpdateStatus> openEngagements(AdvocacyRepository repository, Instant now) {
		return openEngagements(repository.getEngagements(), now);
	}

	/**
	 * @param engagements engagements of a repository
	 * @param now         the instant to decide for
	 * @return the cadence of those that are open, soonest due first
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<UpdateStatus> openEngagements(Collection<? extends Engagement> engagements, Instant now) {
		WorkingTimes times = new WorkingTimes();
		List<UpdateStatus> result = new ArrayList<>();
		for (Engagement engagement : engagements) {
			if (!Engagements.isClosed(engagement)) {
				result.add(evaluate(engagement, now, times));
			}
		}
		result.sort(BY_DUE_TIME);
		return result;
	}

	/**
	 * @return the open engagements whose customer update is overdue or that have a held draft ready, most overdue
	 *         first
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<UpdateStatus> needingAttention(AdvocacyRepository repository, Instant now) {
		return needingAttention(repository.getEngagements(), now);
	}

	/**
	 * @param engagements engagements of a repository
	 * @param now         the instant to decide for
	 * @return those open whose customer update is overdue or that have a held draft ready, most overdue first
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public List<UpdateStatus> needingAttention(Collection<? extends Engagement> engagements, Instant now) {
		List<UpdateStatus> result = new ArrayList<>();
		for (UpdateStatus status : openEngagements(engagements, now)) {
			if (status.isOverdue() || !status.readyDrafts().isEmpty()) {
				result.add(status);
			}
		}
		return result;
	}

	/**
	 * When the customer must hear from the advocate again after an update sent at {@code sentAt}: one update cadence
	 * later, on the engagement's update clock (24x7 for urgent engagements, the advocate's business calendar
	 * otherwise). Drafts use it as their follow-up date.
	 *
	 * @param engagement the engagement
	 * @param sentAt     when the update is sent
	 * @return when the next update is due
	 * @throws IllegalArgumentException if the business calendar to use has no time zone or no working weekday
	 */
	public Instant nextUpdateAfter(Engagement engagement, Instant sentAt) {
		return new WorkingTimes().forUpdates(engagement).plus(sentAt, ServiceTargets.updateCadence(engagement));
	}

	private UpdateStatus evaluate(Engagement engagement, Instant now, WorkingTimes times) {
		Duration cadence = ServiceTargets.updateCadence(engagement);
		WorkingTime clock = times.forUpdates(engagement);
		if (Engagements.isClosed(engagement)) {
			return new UpdateStatus(engagement, UpdateState.CLOSED, null, null, cadence, clock, List.of(),
					"The engagement is closed; no customer updates are due.");
		}
		Instant lastSent = null;
		List<CustomerCommunication> ready = new ArrayList<>(0);
		for (CustomerCommunication communication : engagement.getCommunications()) {
			CommunicationState state = communication.getState();
			Instant sentAt = communication.getSentAt();
			if (state == CommunicationState.SENT && sentAt != null && (lastSent == null || sentAt.isAfter(lastSent))) {
				lastSent = sentAt;
			} else if (state == CommunicationState.ON_HOLD && communication.getHoldUntil() != null
					&& !communication.getHoldUntil().isAfter(now)) {
				ready.add(communication);
			}
		}
		Instant from = lastSent != null ? lastSent : engagement.getOpenedAt() != null ? engagement.getOpenedAt() : now;
		Instant due = dueAfterPauses(clock, from, cadence, pauses.intervals(engagement));
		boolean overdue = !now.isBefore(due);
		String every = "the customer gets an update every " + Engagements.words(cadence) + " (" + clock.description() + ")";
		String since = lastSent != null ? "the last one was sent" : "none has been sent since the engagement opened,";
		String reason = (overdue ? "Customer update overdue: " + every + "; " + since + " longer ago than that."
				: "Next customer update due one cadence after " + (lastSent != null ? "the last one" : "the engagement opened")
						+ ": " + every + ".")
				+ drafts(ready.size()) + paused(engagement, now);
		return new UpdateStatus(engagement, overdue ? UpdateState.OVERDUE : UpdateState.ON_TRACK, lastSent, due, cadence,
				clock, ready, reason);
	}

	/**
	 * Adds one cadence of working time to {@code from}, leaving out the times the clock was paused (each for at most
	 * the pause limit).
	 */
	private static Instant dueAfterPauses(WorkingTime clock, Instant from, Duration cadence,
			List<ClockPauses.Interval> intervals) {
		Duration remaining = cadence;
		Instant cursor = from;
		for (ClockPauses.Interval interval : intervals) {
			if (!interval.countsTo().isAfter(cursor)) {
				continue;
			}
			if (interval.start().isAfter(cursor)) {
				Duration run = clock.elapsed(cursor, interval.start());
				if (run.compareTo(remaining) >= 0) {
					return clock.plus(cursor, remaining);
				}
				remaining = remaining.minus(run);
			}
			cursor = interval.countsTo();
		}
		return clock.plus(cursor, remaining);
	}

	/** @return the pause going on, in words, flagged when it lasted too long; empty when there is none */
	private String paused(Engagement engagement, Instant now) {
		for (ClockPauses.Interval interval : pauses.intervals(engagement)) {
			if (interval.pause().getEnd() == null && !interval.start().isAfter(now)) {
				return ClockPauses.isTooLong(interval, now) ? " " + pauses.warning(engagement, interval)
						: " The clock is paused since " + ClockPauses.when(engagement, interval.start())
								+ ", waiting on the customer: " + ClockPauses.reason(interval.pause())
								+ "; it runs again when resumed, at the latest from "
								+ ClockPauses.when(engagement, interval.limitEnd()) + ".";
			}
		}
		return "";
	}

	private static String drafts(int ready) {
		return switch (ready) {
		case 0 -> "";
		case 1 -> " A held draft is ready to revise and send, or discard.";
		default -> " " + ready + " held drafts are ready to revise and send, or discard.";
		};
	}
}
