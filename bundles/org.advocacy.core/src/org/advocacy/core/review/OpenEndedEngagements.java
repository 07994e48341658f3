// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.escalation.Engagements;
import org.advocacy.model.ActionItem;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;

/**
 * "No open-ended engagements": an advocate must not become the de-facto account manager. Flags the open engagements
 * with no progress for too long — no customer update sent, no task or action item crossed off, no work logged, no
 * call on an escalation ladder since {@link Limits#stalledAfter()} — and those open longer than
 * {@link Limits#maxAge()}, for the management review's board and agenda. A pure function of the model and the
 * instant passed in.
 */
public final class OpenEndedEngagements {

	/** By default an engagement without progress for two weeks is flagged. */
	public static final Duration DEFAULT_STALLED_AFTER = Duration.ofDays(14);

	/** By default an engagement open for more than 90 days is flagged. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);

	/**
	 * When an open engagement is flagged.
	 *
	 * @param stalledAfter how long without progress
	 * @param maxAge       how long open at most
	 */
	public record Limits(Duration stalledAfter, Duration maxAge) {

		/** The defaults: two weeks without progress, 90 days open. */
		public static final Limits DEFAULTS = new Limits(DEFAULT_STALLED_AFTER, DEFAULT_MAX_AGE);

		/** @throws IllegalArgumentException if a limit is not positive */
		public Limits {
			if (stalledAfter.isNegative() || stalledAfter.isZero() || maxAge.isNegative() || maxAge.isZero()) {
				throw new IllegalArgumentException("The limits for open-ended engagements must be positive: "
						+ stalledAfter.toDays() + " days without progress, " + maxAge.toDays() + " days open.");
			}
		}

		/**
		 * @param stalledDays days without progress
		 * @param maxAgeDays  days open at most
		 * @return the limits
		 */
		public static Limits ofDays(long stalledDays, long maxAgeDays) {
			return new Limits(Duration.ofDays(stalledDays), Duration.ofDays(maxAgeDays));
		}
	}

	/**
	 * An open engagement flagged as open-ended.
	 *
	 * @param engagement   the engagement
	 * @param lastProgress its latest progress, or its opening when there was none
	 * @param stalled      whether it had no progress for longer than the limit
	 * @param tooOld       whether it is open longer than the limit
	 * @param summary      which limit it passed and by how much, e.g. "open for 120 days (the limit is 90)"
	 */
	public record Flag(Engagement engagement, Instant lastProgress, boolean stalled, boolean tooOld, String summary) {

		/** @return one line for the review: what is wrong and what to do about it */
		public String reason() {
			return "Open-ended: " + summary + ". Agree what it takes to close, or return it to standard procedures.";
		}
	}

	private OpenEndedEngagements() {
	}

	/**
	 * @param engagements the engagements of a repository
	 * @param now         the instant to decide for
	 * @param limits      when to flag
	 * @param zone        the time zone dates in the reasons are written in
	 * @return the open engagements that are flagged, in the order given
	 */
	public static List<Flag> flagged(List<? extends Engagement> engagements, Instant now, Limits limits,
			ZoneId zone) {
		Objects.requireNonNull(limits, "limits");
		List<Flag> flags = new ArrayList<>();
		for (Engagement engagement : engagements) {
			Instant opened = engagement.getOpenedAt();
			if (opened == null || Engagements.isClosed(engagement) || opened.isAfter(now)) {
				continue;
			}
			Instant last = lastProgress(engagement, now, zone);
			Duration idle = Duration.between(last, now);
			Duration age = Duration.between(opened, now);
			boolean stalled = idle.compareTo(limits.stalledAfter()) > 0;
			boolean tooOld = age.compareTo(limits.maxAge()) > 0;
			if (stalled || tooOld) {
				flags.add(new Flag(engagement, last, stalled, tooOld, summary(last, opened, idle, age, stalled, tooOld,
						limits, zone)));
			}
		}
		return flags;
	}

	private static String summary(Instant last, Instant opened, Duration idle, Duration age, boolean stalled,
			boolean tooOld, Limits limits, ZoneId zone) {
		List<String> parts = new ArrayList<>(2);
		if (stalled) {
			parts.add((last.equals(opened) ? "no progress since it opened on " : "no progress since ")
					+ last.atZone(zone).toLocalDate() + " (" + idle.toDays() + " days; the limit is "
					+ limits.stalledAfter().toDays() + ")");
		}
		if (tooOld) {
			parts.add("open for " + age.toDays() + " days (the limit is " + limits.maxAge().toDays() + ")");
		}
		return String.join(" and ", parts);
	}

	/**
	 * @return the latest instant, not after {@code now}, at which an update was sent, a ladder call made or answered,
	 *         a task or action item crossed off, or work logged; the opening when there was none
	 */
	static Instant lastProgress(Engagement engagement, Instant now, ZoneId zone) {
		Latest latest = new Latest(engagement.getOpenedAt(), now);
		for (CustomerCommunication update : engagement.getCommunications()) {
			latest.offer(update.getSentAt());
		}
		for (Escalation escalation : engagement.getEscalations()) {
			for (LadderAttempt attempt : escalation.getAttempts()) {
				latest.offer(attempt.getContactedAt());
				latest.offer(attempt.getRespondedAt());
			}
		}
		if (engagement.getGetWellPlan() != null) {
			for (PhaseOfValue phase : engagement.getGetWellPlan().getPhases()) {
				for (PlanTask task : phase.getTasks()) {
					latest.offer(task.getCrossedOffAt());
				}
			}
		}
		if (engagement.getSituationSummary() != null) {
			for (ActionItem action : engagement.getSituationSummary().getActionItems()) {
				latest.offer(action.getCrossedOffAt());
			}
		}
		for (EffortEntry effort : engagement.getEffortEntries()) {
			if (effort.getDate() != null) {
				latest.offer(effort.getDate().atStartOfDay(zone).toInstant());
			}
		}
		return latest.value;
	}

	/** The latest of some instants, none after a bound. */
	private static final class Latest {
		private Instant value;
		private final Instant bound;

		Latest(Instant start, Instant bound) {
			this.value = start;
			this.bound = bound;
		}

		void offer(Instant instant) {
			if (instant != null && instant.isAfter(value) && !instant.isAfter(bound)) {
				value = instant;
			}
		}
	}
}
