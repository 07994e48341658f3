// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.calendar;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATIONS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__NOTIFICATIONS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.compose.EngagementFacts;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A meeting the repository schedules — a get-well plan's status meetings or the weekly management review — as its
 * invitations see it: a title and purpose, a UID that stays the same for the life of the meeting, and the
 * notification log its invitations are recorded in (the engagement's, or the repository's for the review).
 * <p>
 * What attendees must receive follows from that log alone, so the watcher and the workbench agree: the first
 * invitation has SEQUENCE 0; whenever what attendees see changes (its {@linkplain MeetingInvitation#fingerprint()
 * fingerprint}), an update with the next SEQUENCE; when it is called off after being invited, a cancellation. The
 * sequence is the number of invitations and cancellations of the meeting logged so far, and the last one logged says
 * which version attendees have — so a meeting moved and moved back is invited again.
 */
public final class ScheduledMeeting {

	/** What an invitation message does to the attendees' calendars. */
	public enum Method {
		/** Adds or updates the meeting ({@code METHOD:REQUEST}). */
		REQUEST,
		/** Removes it ({@code METHOD:CANCEL}). */
		CANCEL
	}

	/**
	 * One version of the meeting's invitation.
	 *
	 * @param method      an invitation (or update) or a cancellation
	 * @param sequence    its SEQUENCE
	 * @param dedupeKey   the key it is logged under
	 * @param alreadySent whether the log records it as sent
	 */
	public record CalendarMessage(Method method, int sequence, String dedupeKey, boolean alreadySent) {

		/** @return the kind of notification it is logged as */
		public NotificationKind kind() {
			return method == Method.CANCEL ? NotificationKind.MEETING_CANCELLATION : NotificationKind.MEETING_INVITATION;
		}
	}

	private final MeetingSchedule schedule;
	private final EObject logOwner;
	private final EReference logFeature;
	private final MeetingInvitation invitation;

	private ScheduledMeeting(MeetingSchedule schedule, EObject logOwner, EReference logFeature, String summary,
			String description) {
		this.schedule = schedule;
		this.logOwner = logOwner;
		this.logFeature = logFeature;
		this.invitation = new MeetingInvitation(schedule, ObjectIds.of(schedule) + "@advocacy", summary, description);
	}

	/** @return every scheduled meeting of the repository: each plan's status meetings, then the management review */
	public static List<ScheduledMeeting> in(AdvocacyRepository repository) {
		List<ScheduledMeeting> meetings = new ArrayList<>();
		repository.getEngagements().forEach(engagement -> ofPlan(engagement).ifPresent(meetings::add));
		ofReview(repository).ifPresent(meetings::add);
		return meetings;
	}

	/** @return the status meetings of the engagement's get-well plan, if it schedules them */
	public static Optional<ScheduledMeeting> ofPlan(Engagement engagement) {
		GetWellPlan plan = engagement.getGetWellPlan();
		if (plan == null || plan.getStatusMeetingSchedule() == null) {
			return Optional.empty();
		}
		String planName = plan.getName() == null || plan.getName().isBlank() ? EngagementFacts.title(engagement)
				: plan.getName().strip();
		return Optional.of(new ScheduledMeeting(plan.getStatusMeetingSchedule(), engagement, ENGAGEMENT__NOTIFICATIONS,
				"Status meeting: " + planName + " (" + EngagementFacts.key(engagement) + ")",
				"The regular status meeting of the get-well plan for " + EngagementFacts.reference(engagement)
						+ ": progress against commitments, critical-path tasks, risks and the plan's colour."));
	}

	/** @return the weekly management review, if the repository schedules it */
	public static Optional<ScheduledMeeting> ofReview(AdvocacyRepository repository) {
		if (repository.getReviewSchedule() == null) {
			return Optional.empty();
		}
		return Optional.of(new ScheduledMeeting(repository.getReviewSchedule(), repository,
				ADVOCACY_REPOSITORY__NOTIFICATIONS, "Management review of customer advocacy",
				"The internal management review: new situations, updates on open ones, closures to confirm, and"
						+ " management's commitments to root-cause improvements."));
	}

	/** @return when and where it takes place, and who attends */
	public MeetingSchedule schedule() {
		return schedule;
	}

	/** @return the meeting as an iCalendar invitation */
	public MeetingInvitation invitation() {
		return invitation;
	}

	/** @return the object whose notification log records the invitations: an engagement, or the repository */
	public EObject logOwner() {
		return logOwner;
	}

	/** @return the notification log of the {@link #logOwner()} */
	public EReference logFeature() {
		return logFeature;
	}

	/**
	 * @param log the repository's notification log
	 * @return the invitation, update or cancellation attendees have not received yet; empty when they have the
	 *         current version, or the meeting was called off before anyone was invited
	 */
	public Optional<CalendarMessage> due(NotificationLog log) {
		String prefix = keyPrefix();
		int sent = log.countStartingWith(prefix);
		Optional<String> last = log.latestStartingWith(prefix).map(NotificationRecord::getDedupeKey);
		if (schedule.isCancelled()) {
			if (last.isEmpty() || last.get().startsWith(prefix + "cancel/")) {
				return Optional.empty();
			}
			return Optional.of(new CalendarMessage(Method.CANCEL, sent, prefix + "cancel/" + sent, false));
		}
		String request = prefix + "request/" + invitation.fingerprint() + "/";
		if (last.isPresent() && last.get().startsWith(request)) {
			return Optional.empty();
		}
		return Optional.of(new CalendarMessage(Method.REQUEST, sent, request + sent, false));
	}

	/**
	 * @param log the repository's notification log
	 * @return the meeting's current version: what is {@linkplain #due(NotificationLog) due}, else the version last
	 *         sent; empty only for a meeting called off before anyone was invited
	 */
	public Optional<CalendarMessage> current(NotificationLog log) {
		Optional<CalendarMessage> due = due(log);
		if (due.isPresent()) {
			return due;
		}
		return log.latestStartingWith(keyPrefix()).map(NotificationRecord::getDedupeKey).map(key -> new CalendarMessage(
				key.startsWith(keyPrefix() + "cancel/") ? Method.CANCEL : Method.REQUEST, sequenceOf(key), key, true));
	}

	/**
	 * @param message the version to write
	 * @param stamp   when it is created (its DTSTAMP)
	 * @return the iCalendar text
	 * @throws IllegalStateException if the schedule lacks a start or a duration ({@link MeetingInvitation#problems()})
	 */
	public String calendar(CalendarMessage message, Instant stamp) {
		return message.method() == Method.CANCEL ? invitation.cancel(message.sequence(), stamp)
				: invitation.request(message.sequence(), stamp);
	}

	/** @return the subject line of that version's e-mail: "Invitation: …", "Updated invitation: …" or "Cancelled: …" */
	public String subject(CalendarMessage message) {
		String prefix = message.method() == Method.CANCEL ? "Cancelled: "
				: message.sequence() == 0 ? "Invitation: " : "Updated invitation: ";
		return prefix + invitation.summary();
	}

	/**
	 * @param record the record of an invitation the mail server accepted
	 * @return the change adding it to the meeting's notification log
	 */
	public ModelChange logged(NotificationRecord record) {
		return ModelChange.add(logOwner, logFeature, record);
	}

	/** @return the start of the dedupe keys of this meeting's invitations, such as {@code meeting/<uuid>/} */
	public String keyPrefix() {
		return "meeting/" + ObjectIds.of(schedule) + "/";
	}

	private static int sequenceOf(String key) {
		try {
			return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
		} catch (NumberFormatException e) {
			throw new IllegalStateException("The meeting invitation logged as " + key + " carries no sequence number", e);
		}
	}
}
