// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;

/**
 * What the customer-experience practices of the whitepaper make due at an instant, beside the ladder and the update
 * cadence: a customer meeting less than a day away without a dry-run (none planned, or one that should have taken
 * place and was not recorded as held), and a free trial whose switch-off date is near or past while the customer has
 * not decided. Days are the advocate's days (their time zone, else UTC).
 */
public final class EngagementReminders {

	/** How long before a customer meeting its dry-run must have been planned or held. */
	public static final Duration DRY_RUN_WARNING = Duration.ofDays(1);

	/** How many days before a trial's switch-off date the advocate is reminded to ask the customer to decide. */
	public static final int SWITCH_OFF_LEAD_DAYS = 14;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

	/** What a reminder is about. */
	public enum Kind {
		/** A customer meeting less than a day away without a dry-run. */
		DRY_RUN_MISSING,
		/** A free trial whose switch-off date is near or past. */
		TRIAL_ENDING
	}

	/**
	 * Something the advocate must see to now.
	 *
	 * @param engagement the engagement
	 * @param subject    the customer meeting or the offer it is about
	 * @param kind       what it is about
	 * @param dueAt      since when it is due
	 * @param reason     one line a support manager understands, naming the engagement, what and when
	 */
	public record Reminder(Engagement engagement, Object subject, Kind kind, Instant dueAt, String reason) {
	}

	/**
	 * @param repository the repository
	 * @param now        the instant to decide for
	 * @return the reminders of every open engagement, soonest due first
	 */
	public List<Reminder> due(AdvocacyRepository repository, Instant now) {
		List<Reminder> due = new ArrayList<>();
		for (Engagement engagement : repository.getEngagements()) {
			if (!Engagements.isClosed(engagement)) {
				due.addAll(due(engagement, now));
			}
		}
		due.sort(Comparator.comparing(Reminder::dueAt));
		return due;
	}

	/**
	 * @param engagement an engagement
	 * @param now        the instant to decide for
	 * @return its reminders: meetings without a dry-run first, then trials ending
	 */
	public List<Reminder> due(Engagement engagement, Instant now) {
		List<Reminder> due = new ArrayList<>();
		for (CustomerMeeting meeting : engagement.getCustomerMeetings()) {
			String missing = missingDryRun(meeting, now);
			if (missing != null) {
				due.add(new Reminder(engagement, meeting, Kind.DRY_RUN_MISSING,
						meeting.getPlannedAt().minus(DRY_RUN_WARNING), key(engagement) + ": the customer meeting on "
								+ WHEN.format(meeting.getPlannedAt().atZone(zone(engagement))) + " is in "
								+ Engagements.words(Duration.between(now, meeting.getPlannedAt())) + " and " + missing));
			}
		}
		LocalDate today = LocalDate.ofInstant(now, zone(engagement));
		for (Offer offer : engagement.getOffers()) {
			LocalDate switchOff = offer.getSwitchOffOn();
			if (offer.getStatus() == OfferStatus.TRIAL && switchOff != null
					&& !today.isBefore(switchOff.minusDays(SWITCH_OFF_LEAD_DAYS))) {
				long days = ChronoUnit.DAYS.between(today, switchOff);
				String service = offer.getService() == null || offer.getService().isBlank() ? "the service offered"
						: offer.getService().strip();
				String reason = days >= 0
						? "the free trial of " + service + " is switched off on " + switchOff + " ("
								+ (days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days")
								+ ") unless the customer buys it: go through its value with them now"
						: "the free trial of " + service + " ended on " + switchOff
								+ ": record whether the customer bought it or it was switched off";
				due.add(new Reminder(engagement, offer, Kind.TRIAL_ENDING,
						switchOff.minusDays(SWITCH_OFF_LEAD_DAYS).atStartOfDay(zone(engagement)).toInstant(),
						key(engagement) + ": " + reason + "."));
			}
		}
		return due;
	}

	/**
	 * @return why the meeting lacks its dry-run ("has no dry-run…", "its dry-run … was not held…"), or {@code null}
	 *         when it is rehearsed, planned before it, held already, or more than a day away
	 */
	private static String missingDryRun(CustomerMeeting meeting, Instant now) {
		Instant planned = meeting.getPlannedAt();
		if (planned == null || meeting.getHeldAt() != null || !planned.isAfter(now)
				|| !Duration.between(now, planned).minus(DRY_RUN_WARNING).isNegative()) {
			return null;
		}
		DryRun dryRun = meeting.getDryRun();
		if (dryRun == null) {
			return "has no dry-run: rehearse it with every participant covering their part.";
		}
		if (dryRun.getHeldAt() != null) {
			return null;
		}
		Instant rehearsal = dryRun.getPlannedAt();
		if (rehearsal == null || !rehearsal.isBefore(planned)) {
			return "its dry-run is not planned before it: rehearse it with every participant covering their part.";
		}
		return rehearsal.isAfter(now) ? null
				: "its dry-run, planned " + WHEN.format(rehearsal.atZone(zone(meetingEngagement(meeting))))
						+ ", is not recorded as held: hold it, or record that it took place.";
	}

	private static Engagement meetingEngagement(CustomerMeeting meeting) {
		return meeting.eContainer() instanceof Engagement engagement ? engagement : null;
	}

	private static ZoneId zone(Engagement engagement) {
		return engagement != null && engagement.getAdvocate() != null && engagement.getAdvocate().getTimeZone() != null
				? engagement.getAdvocate().getTimeZone() : ZoneOffset.UTC;
	}

	private static String key(Engagement engagement) {
		return engagement.getKey() == null ? "An engagement" : engagement.getKey();
	}
}
