// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.Person;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.calendar.ScheduledMeeting.CalendarMessage;
import org.advocacy.notify.calendar.ScheduledMeeting.Method;
import org.advocacy.notify.compose.LadderNotices;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.compose.StandAloneMessage;
import org.advocacy.notify.compose.Times;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.OutgoingMail.CalendarPart;

/**
 * A meeting's invitation as an e-mail to everyone invited: a message that stands alone (what the meeting is for, when
 * in its own time zone, where, who else comes) with the iCalendar invitation or cancellation as the part calendar
 * programs show with Accept and Decline; replies go to the organizer. The watcher sends what is
 * {@linkplain ScheduledMeeting#due(NotificationLog) due} on its own; the workbench sends the meeting's current version
 * at once and logs it under the same key ({@link #record}), so the watcher does not send it again.
 */
public final class MeetingMailer {

	private MeetingMailer() {
	}

	/**
	 * An invitation ready to send.
	 *
	 * @param mail     the e-mail with its calendar part
	 * @param subject  its subject line
	 * @param chatText the short text for a chat channel
	 */
	public record Composed(OutgoingMail mail, String subject, String chatText) {
	}

	/**
	 * @param message  the version sent
	 * @param composed its e-mail
	 * @param delivery what the mail server accepted
	 * @return the record to add to the meeting's notification log ({@link ScheduledMeeting#logged})
	 */
	public static NotificationRecord record(CalendarMessage message, Composed composed, Delivery delivery) {
		return NotificationLog.record(message.kind(), message.dedupeKey(), composed.mail().recipientAddresses(),
				composed.subject(), delivery);
	}

	/**
	 * @param meeting the meeting
	 * @param message the version to send
	 * @param sender  who it comes from
	 * @param now     when it is created
	 * @return the e-mail to everyone invited who has an address
	 * @throws InvalidAddressException if nobody invited has an e-mail address, or an address cannot be used
	 */
	public static Composed compose(ScheduledMeeting meeting, CalendarMessage message, Mailbox sender, Instant now)
			throws InvalidAddressException {
		MeetingInvitation invitation = meeting.invitation();
		if (invitation.invitees().isEmpty()) {
			throw new InvalidAddressException("Nobody invited to \"" + invitation.summary() + "\" has an e-mail address.");
		}
		List<Mailbox> to = new ArrayList<>();
		for (MeetingInvitation.Invitee invitee : invitation.invitees()) {
			to.add(Mailbox.of(invitee.name(), invitee.address(), invitee.name() + "'s e-mail address"));
		}
		Person organizer = meeting.schedule().getOrganizer();
		Mailbox replyTo = People.hasEmail(organizer) ? People.mailbox(organizer) : null;
		String subject = meeting.subject(message);
		StandAloneMessage notice = notice(meeting.schedule(), invitation, subject, message.method() == Method.CANCEL);
		CalendarPart calendar = new CalendarPart(message.method().name(), meeting.calendar(message, now));
		OutgoingMail mail = new OutgoingMail(sender, replyTo, to, subject, notice.text(), notice.html(), calendar,
				OutgoingMail.messageIdFor(message.dedupeKey(), sender));
		return new Composed(mail, subject, notice.chatText());
	}

	private static StandAloneMessage notice(MeetingSchedule schedule, MeetingInvitation invitation, String subject,
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
