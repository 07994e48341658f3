// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.Person;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.calendar.MeetingInvitation;
import org.advocacy.notify.compose.EngagementFacts;
import org.advocacy.notify.compose.LadderNotices;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.compose.StandAloneMessage;
import org.advocacy.notify.compose.Times;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.OutgoingMail.CalendarPart;

/**
 * The calendar invitations of meetings: each get-well plan's status meetings and the weekly management review. A
 * meeting is invited once; when what attendees see changes (time, zone, repeats, place, people), an update goes out
 * with the next SEQUENCE; when it is cancelled after being invited, a cancellation. The sequence is the number of
 * invitations and cancellations of that meeting the notification log holds.
 */
final class MeetingNotices {

	private final Mailbox sender;

	MeetingNotices(Mailbox sender) {
		this.sender = sender;
	}

	void find(AdvocacyRepository repository, Instant now, NotificationLog log, List<Notification> ready,
			List<Unsendable> unsendable) {
		for (Engagement engagement : repository.getEngagements()) {
			GetWellPlan plan = engagement.getGetWellPlan();
			if (plan == null || plan.getStatusMeetingSchedule() == null) {
				continue;
			}
			String planName = plan.getName() == null || plan.getName().isBlank() ? EngagementFacts.title(engagement)
					: plan.getName().strip();
			String engagementId = ObjectIds.of(engagement);
			meeting(plan.getStatusMeetingSchedule(), "Status meeting: " + planName + " (" + EngagementFacts.key(engagement) + ")",
					"The regular status meeting of the get-well plan for " + EngagementFacts.reference(engagement)
							+ ": progress against commitments, critical-path tasks, risks and the plan's colour.",
					current -> ObjectIds.find(current, engagementId, Engagement.class).getNotifications(), now, log, ready,
					unsendable);
		}
		if (repository.getReviewSchedule() != null) {
			meeting(repository.getReviewSchedule(), "Management review of customer advocacy",
					"The internal management review: new situations, updates on open ones, closures to confirm, and"
							+ " management's commitments to root-cause improvements.",
					AdvocacyRepository::getNotifications, now, log, ready, unsendable);
		}
	}

	private void meeting(MeetingSchedule schedule, String summary, String description,
			Function<AdvocacyRepository, List<NotificationRecord>> logOf, Instant now, NotificationLog log,
			List<Notification> ready, List<Unsendable> unsendable) {
		String id = ObjectIds.of(schedule);
		MeetingInvitation invitation = new MeetingInvitation(schedule, id + "@advocacy", summary, description);
		String prefix = "meeting/" + id + "/";
		int sent = log.countStartingWith(prefix);
		if (schedule.isCancelled() && sent == 0 || invitation.invitees().isEmpty()) {
			return;
		}
		if (!invitation.problems().isEmpty()) {
			unsendable.add(new Unsendable(prefix + "incomplete", NotificationKind.MEETING_INVITATION, summary, List.of(),
					String.join(" ", invitation.problems())));
			return;
		}
		String fingerprint = invitation.fingerprint();
		boolean cancel = schedule.isCancelled();
		String key = cancel ? prefix + "cancel/" + fingerprint
				: prefix + "request/" + fingerprint + "/" + log.countStartingWith(prefix + "cancel/");
		if (log.wasSent(key)) {
			return;
		}
		NotificationKind kind = cancel ? NotificationKind.MEETING_CANCELLATION : NotificationKind.MEETING_INVITATION;
		String subject = (cancel ? "Cancelled: " : sent == 0 ? "Invitation: " : "Updated invitation: ") + summary;
		StandAloneMessage message = message(schedule, invitation, subject, cancel);
		List<String> addresses = invitation.invitees().stream().map(MeetingInvitation.Invitee::address).toList();
		try {
			List<Mailbox> to = new ArrayList<>();
			for (MeetingInvitation.Invitee invitee : invitation.invitees()) {
				to.add(Mailbox.of(invitee.name(), invitee.address(), invitee.name() + "'s e-mail address"));
			}
			Person organizer = schedule.getOrganizer();
			Mailbox replyTo = People.hasEmail(organizer) ? People.mailbox(organizer) : null;
			CalendarPart calendar = cancel ? new CalendarPart("CANCEL", invitation.cancel(sent, now))
					: new CalendarPart("REQUEST", invitation.request(sent, now));
			OutgoingMail mail = new OutgoingMail(sender, replyTo, to, subject, message.text(), message.html(), calendar,
					OutgoingMail.messageIdFor(key, sender));
			ready.add(new Notification(kind, key, mail, message.chatText(), (current, delivery) -> logOf.apply(current)
					.add(NotificationLog.record(kind, key, addresses, subject, delivery))));
		} catch (InvalidAddressException e) {
			unsendable.add(new Unsendable(key, kind, subject, addresses, e.getMessage()));
		}
	}

	private static StandAloneMessage message(MeetingSchedule schedule, MeetingInvitation invitation, String subject,
			boolean cancel) {
		Person organizer = schedule.getOrganizer();
		String first = Times.at(schedule.getFirstStart(), invitation.zone());
		List<String> facts = new ArrayList<>();
		facts.add("When: " + first + ", for " + schedule.getDurationMinutes() + " minutes"
				+ (schedule.getRepeatEveryWeeks() == 1 ? ", every week"
						: schedule.getRepeatEveryWeeks() > 1 ? ", every " + schedule.getRepeatEveryWeeks() + " weeks" : "")
				+ (schedule.getRepeatUntil() == null || schedule.getRepeatEveryWeeks() == 0 ? ""
						: " until " + Times.day(schedule.getRepeatUntil()))
				+ " (" + invitation.zone().getId() + " time).");
		if (schedule.getLocation() != null && !schedule.getLocation().isBlank()) {
			facts.add("Where: " + schedule.getLocation().strip());
		}
		facts.add("Invited: " + String.join(", ", invitation.invitees().stream().map(
				invitee -> invitee.name().isEmpty() ? invitee.address() : invitee.name()).toList()) + ".");
		return new StandAloneMessage(subject,
				(cancel ? "This meeting is cancelled: " : "You are invited to ") + invitation.summary()
						+ (organizer == null ? "." : ", organised by " + People.name(organizer) + "."),
				facts,
				cancel ? "Remove the meeting from your calendar; the attached cancellation does it in most calendar programs."
						: "Accept or decline in your calendar program, which shows the attached invitation.",
				invitation.description(),
				cancel ? "No further meetings take place." : "The first meeting starts " + first + ".",
				organizer == null ? List.of("Reply to this e-mail.") : LadderNotices.callBack(organizer, "organizer"),
				"Changes and cancellations arrive as updates of this invitation.");
	}
}
