// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.NotificationKind;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.calendar.MeetingInvitation;
import org.advocacy.notify.calendar.MeetingMailer;
import org.advocacy.notify.calendar.ScheduledMeeting;
import org.advocacy.notify.calendar.ScheduledMeeting.CalendarMessage;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;
import org.eclipse.emf.ecore.EObject;

/**
 * The calendar invitations due: for each {@link ScheduledMeeting} (each get-well plan's status meetings and the
 * weekly management review), the invitation, update or cancellation its attendees have not received yet. A meeting
 * nobody with an e-mail address is invited to is left alone; one without a start or duration is reported.
 */
final class MeetingNotices {

	private final Mailbox sender;

	MeetingNotices(Mailbox sender) {
		this.sender = sender;
	}

	void find(AdvocacyRepository repository, Instant now, NotificationLog log, List<Notification> ready,
			List<Unsendable> unsendable) {
		for (ScheduledMeeting meeting : ScheduledMeeting.in(repository)) {
			MeetingInvitation invitation = meeting.invitation();
			if (invitation.invitees().isEmpty()) {
				continue;
			}
			if (!invitation.problems().isEmpty()) {
				if (!meeting.schedule().isCancelled()) {
					unsendable.add(new Unsendable(meeting.keyPrefix() + "incomplete", NotificationKind.MEETING_INVITATION,
							invitation.summary(), List.of(), String.join(" ", invitation.problems())));
				}
				continue;
			}
			meeting.due(log).ifPresent(message -> add(meeting, message, now, ready, unsendable));
		}
	}

	private void add(ScheduledMeeting meeting, CalendarMessage message, Instant now, List<Notification> ready,
			List<Unsendable> unsendable) {
		List<String> addresses = meeting.invitation().invitees().stream().map(MeetingInvitation.Invitee::address).toList();
		try {
			MeetingMailer.Composed composed = MeetingMailer.compose(meeting, message, sender, now);
			String ownerId = ObjectIds.of(meeting.logOwner());
			ready.add(new Notification(message.kind(), message.dedupeKey(), composed.mail(), composed.chatText(),
					(current, delivery) -> ModelChange.add(ObjectIds.find(current, ownerId, EObject.class), meeting.logFeature(),
							MeetingMailer.record(message, composed, delivery)).apply()));
		} catch (InvalidAddressException e) {
			unsendable.add(new Unsendable(message.dedupeKey(), message.kind(), meeting.subject(message), addresses,
					e.getMessage()));
		}
	}
}
