// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.Person;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.compose.LadderNotices;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.compose.ReminderNotices;
import org.advocacy.notify.compose.StandAloneMessage;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;

/**
 * Finds the notifications due in a repository at an instant, from the engines' own evaluation: the escalation
 * ladders ({@link EscalationLadder}: a step due, a warning threshold passed, a ladder exhausted), the customer-update
 * cadence ({@link CustomerUpdates}), the root-cause commitments ({@link OverdueCommitments}, and those whose date is
 * near) and the meeting invitations ({@link MeetingNotices}). What the notification log already records is left
 * out. A pure function of the repository and the instant.
 */
public final class DueNotifications {

	/** How many days before a commitment's promised update date its manager is reminded, when nothing else is said. */
	public static final int DEFAULT_COMMITMENT_LEAD_DAYS = 1;

	private final EscalationLadder ladder;
	private final Mailbox sender;
	private final int commitmentLeadDays;

	/**
	 * @param ladder             the ladder engine (its warning thresholds)
	 * @param sender             who notifications come from
	 * @param commitmentLeadDays how many days before a promised update date to remind the manager
	 */
	public DueNotifications(EscalationLadder ladder, Mailbox sender, int commitmentLeadDays) {
		this.ladder = ladder;
		this.sender = sender;
		this.commitmentLeadDays = commitmentLeadDays;
	}

	/**
	 * What is due, split into what can be sent and what cannot.
	 *
	 * @param ready      notifications ready to send
	 * @param unsendable notifications due that cannot be sent, with the reason
	 */
	public record Result(List<Notification> ready, List<Unsendable> unsendable) {

		public Result {
			ready = List.copyOf(ready);
			unsendable = List.copyOf(unsendable);
		}

		/** @return the dedupe keys of everything due */
		public List<String> keys() {
			List<String> keys = new ArrayList<>();
			ready.forEach(notification -> keys.add(notification.dedupeKey()));
			unsendable.forEach(problem -> keys.add(problem.dedupeKey()));
			return keys;
		}
	}

	/**
	 * @param repository the repository
	 * @param now        the instant to evaluate at
	 * @return what is due and not yet sent
	 * @throws IllegalArgumentException if a business calendar has no time zone or no working weekday
	 */
	public Result find(AdvocacyRepository repository, Instant now) {
		NotificationLog log = new NotificationLog(repository);
		Collector out = new Collector(log);
		for (LadderStatus status : ladder.activeLadders(repository, now)) {
			if (status.state() == LadderState.DUE_NOW) {
				ladderStep(status, now, out);
			} else if (status.state() == LadderState.EXHAUSTED) {
				String last = status.last() == null ? "none" : ObjectIds.of(status.last());
				toAdvocate(status.engagement(), NotificationKind.LADDER_EXHAUSTED,
						"ladder-exhausted/" + ObjectIds.of(status.escalation()) + "/" + last, LadderNotices.exhausted(status), out);
			} else if (status.state() == LadderState.AWAITING_RESPONSE && status.isWarning()) {
				toAdvocate(status.engagement(), NotificationKind.LADDER_WARNING, "ladder-warning/" + ObjectIds.of(status.last())
						+ "/" + Math.round(status.warning() * 100), LadderNotices.warning(status), out);
			}
		}
		for (UpdateStatus status : new CustomerUpdates().needingAttention(repository, now)) {
			if (status.isOverdue()) {
				toAdvocate(status.engagement(), NotificationKind.CUSTOMER_UPDATE_OVERDUE, "update-overdue/"
						+ ObjectIds.of(status.engagement()) + "/" + status.nextDueAt(), ReminderNotices.updateOverdue(status), out);
			}
		}
		commitments(repository, now, out);
		new MeetingNotices(sender).find(repository, now, log, out.ready, out.unsendable);
		return new Result(out.ready, out.unsendable);
	}

	private void ladderStep(LadderStatus status, Instant now, Collector out) {
		String escalationId = ObjectIds.of(status.escalation());
		String key = "ladder-step/" + escalationId + "/" + (status.last() == null ? "start" : ObjectIds.of(status.last()));
		if (out.log.wasSent(key)) {
			return;
		}
		LadderContact callee = status.next();
		if (!People.hasEmail(callee.person())) {
			toAdvocate(status.engagement(), NotificationKind.LADDER_STEP, key, LadderNotices.stepForAdvocate(status, callee), out);
			return;
		}
		Instant answerBy = status.workingTime().plus(now, status.timeout());
		LadderContact after = ladder.contactAbove(status.escalation(), callee.level(), answerBy);
		StandAloneMessage message = LadderNotices.stepDue(status, callee, answerBy, after);
		String personId = ObjectIds.of(callee.person());
		String substituteId = callee.isSubstitute() ? ObjectIds.of(callee.substituteFor()) : null;
		send(NotificationKind.LADDER_STEP, key, message, List.of(callee.person()), status.engagement().getAdvocate(),
				(current, delivery) -> {
					Escalation escalation = ObjectIds.find(current, escalationId, Escalation.class);
					Person person = ObjectIds.find(current, personId, Person.class);
					Person substitute = substituteId == null ? null : ObjectIds.find(current, substituteId, Person.class);
					LadderAttempt attempt = new LadderContact(callee.level(), person, substitute).newAttempt(ContactChannel.EMAIL,
							now);
					attempt.setNotes("E-mailed by the escalation watcher; Message-ID " + delivery.messageId() + ".");
					escalation.getAttempts().add(attempt);
					((Engagement) escalation.eContainer()).getNotifications()
							.add(NotificationLog.record(NotificationKind.LADDER_STEP, key,
									List.of(People.email(person)), message.subject(), delivery));
				}, out);
	}

	private void commitments(AdvocacyRepository repository, Instant now, Collector out) {
		List<RootCauseCommitment> overdue = new ArrayList<>();
		for (OverdueCommitment found : OverdueCommitments.find(repository, now)) {
			overdue.add(found.commitment());
			String key = "commitment-overdue/" + ObjectIds.of(found.commitment()) + "/" + found.commitment().getPromisedUpdateOn();
			toRepository(found.commitment().getAccountableManager(), NotificationKind.COMMITMENT_UPDATE_OVERDUE, key,
					ReminderNotices.commitmentOverdue(found.review(), found.commitment()), out);
		}
		LocalDate today = LocalDate.ofInstant(now, zoneOf(repository));
		LocalDate horizon = today.plusDays(commitmentLeadDays);
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				LocalDate promised = commitment.getPromisedUpdateOn();
				CommitmentStatus state = commitment.getStatus();
				if (promised == null || overdue.contains(commitment) || promised.isAfter(horizon)
						|| state == CommitmentStatus.DONE || state == CommitmentStatus.DROPPED) {
					continue;
				}
				String key = "commitment-due/" + ObjectIds.of(commitment) + "/" + promised;
				toRepository(commitment.getAccountableManager(), NotificationKind.COMMITMENT_UPDATE_DUE, key,
						ReminderNotices.commitmentDue(review, commitment), out);
			}
		}
	}

	private void toAdvocate(Engagement engagement, NotificationKind kind, String key, StandAloneMessage message,
			Collector out) {
		if (out.log.wasSent(key)) {
			return;
		}
		Person advocate = engagement.getAdvocate();
		if (advocate == null) {
			out.unsendable.add(new Unsendable(key, kind, message.subject(), List.of(),
					"The engagement " + engagement.getKey() + " has no advocate to notify."));
			return;
		}
		String engagementId = ObjectIds.of(engagement);
		send(kind, key, message, List.of(advocate), null, (current, delivery) -> ObjectIds
				.find(current, engagementId, Engagement.class).getNotifications()
				.add(NotificationLog.record(kind, key, List.of(People.email(advocate)), message.subject(), delivery)), out);
	}

	private void toRepository(Person recipient, NotificationKind kind, String key, StandAloneMessage message,
			Collector out) {
		if (out.log.wasSent(key)) {
			return;
		}
		if (recipient == null) {
			out.unsendable.add(new Unsendable(key, kind, message.subject(), List.of(), "Nobody is named accountable."));
			return;
		}
		send(kind, key, message, List.of(recipient), null, (current, delivery) -> current.getNotifications()
				.add(NotificationLog.record(kind, key, List.of(People.email(recipient)), message.subject(), delivery)), out);
	}

	private void send(NotificationKind kind, String key, StandAloneMessage message, List<Person> recipients,
			Person replyTo, RepositoryUpdate update, Collector out) {
		try {
			List<Mailbox> to = new ArrayList<>();
			for (Person recipient : recipients) {
				to.add(People.mailbox(recipient));
			}
			Mailbox reply = replyTo != null && People.hasEmail(replyTo) ? People.mailbox(replyTo) : null;
			OutgoingMail mail = new OutgoingMail(sender, reply, to, message.subject(), message.text(), message.html(), null,
					OutgoingMail.messageIdFor(key, sender));
			out.ready.add(new Notification(kind, key, mail, message.chatText(), update));
		} catch (InvalidAddressException e) {
			out.unsendable.add(new Unsendable(key, kind, message.subject(),
					recipients.stream().map(People::name).toList(), e.getMessage()));
		}
	}

	private static ZoneId zoneOf(AdvocacyRepository repository) {
		BusinessCalendar calendar = repository.getOrganization() == null ? null
				: repository.getOrganization().getDefaultCalendar();
		return calendar == null || calendar.getTimeZone() == null ? ZoneOffset.UTC : calendar.getTimeZone();
	}

	/** What one evaluation found so far. */
	private static final class Collector {

		final NotificationLog log;
		final List<Notification> ready = new ArrayList<>();
		final List<Unsendable> unsendable = new ArrayList<>();

		Collector(NotificationLog log) {
			this.log = log;
		}
	}
}
