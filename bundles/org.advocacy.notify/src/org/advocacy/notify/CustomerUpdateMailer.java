// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__NOTIFICATIONS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.core.escalation.CustomerDrafts;
import org.advocacy.core.exports.HtmlText;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.Person;
import org.advocacy.notify.compose.EngagementFacts;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.compose.Times;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;

/**
 * Sends a reviewed customer update by e-mail to the customer contacts chosen on the draft, from the advocate (the
 * notification settings' address with the advocate's name, replies to the advocate), with the advocate's contacts
 * as signature. The 24-hour hold of emotionally charged drafts is respected: a draft on hold, or one that reads as
 * charged and has not sat yet, is refused ({@link CustomerDrafts}). Once the mail server accepted the message, the
 * returned changes mark the draft sent at that time, set the next update's due date and log the Message-ID; the
 * caller applies them as one command.
 */
public final class CustomerUpdateMailer {

	private final SmtpSender smtp;
	private final Clock clock;

	/**
	 * @param smtp  the mail sender (its server's sender address is the From address)
	 * @param clock the clock
	 */
	public CustomerUpdateMailer(SmtpSender smtp, Clock clock) {
		this.smtp = smtp;
		this.clock = clock;
	}

	/**
	 * A customer update the mail server accepted.
	 *
	 * @param delivery what the server accepted
	 * @param changes  the changes to apply as one command
	 */
	public record SentUpdate(Delivery delivery, List<ModelChange> changes) {

		public SentUpdate {
			changes = List.copyOf(changes);
		}
	}

	/**
	 * Sends the draft to the customer contacts chosen on it.
	 *
	 * @param draft a draft of an engagement, reviewed by the advocate
	 * @return what was sent and the changes to record it
	 * @throws DraftNotSendableException if the draft is on hold, must sit first, or was sent or discarded already
	 * @throws InvalidAddressException   if it has no recipient, or a recipient's address cannot be used
	 * @throws DeliveryException         if the mail server did not accept it; nothing is to be recorded then
	 */
	public SentUpdate send(CustomerCommunication draft)
			throws DraftNotSendableException, InvalidAddressException, DeliveryException {
		OutgoingMail mail = compose(draft, draft.getRecipients());
		Delivery delivery = smtp.send(mail);
		return new SentUpdate(delivery, recorded(draft, mail, delivery));
	}

	/**
	 * Writes the e-mail of a draft without sending it, for a preview, or to send it elsewhere (off the thread that
	 * owns the model) and {@link #recorded record} it afterwards.
	 *
	 * @param draft      a draft of an engagement, reviewed by the advocate
	 * @param recipients the customer contacts it goes to
	 * @return the e-mail: from the advocate at the notification settings' address, replies to the advocate
	 * @throws DraftNotSendableException if the draft is on hold, must sit first, or was sent or discarded already
	 * @throws InvalidAddressException   if there is no recipient, or a recipient's address cannot be used
	 */
	public OutgoingMail compose(CustomerCommunication draft, List<CustomerContact> recipients)
			throws DraftNotSendableException, InvalidAddressException {
		Instant now = clock.instant();
		String subject = draft.getSubject() == null || draft.getSubject().isBlank() ? "" : draft.getSubject().strip();
		switch (CustomerDrafts.sendStep(draft, now)) {
		case WAIT -> throw new DraftNotSendableException("The update \"" + subject + "\" is on hold until "
				+ Times.at(draft.getHoldUntil(), People.zone(advocate(draft))) + " to let it sit; revise it meanwhile.");
		case HOLD -> throw new DraftNotSendableException("The update \"" + subject + "\" reads as emotionally charged ("
				+ String.join(", ", charged(draft)) + "): put it on hold for 24 hours and revise it before it goes out.");
		case NONE -> throw new DraftNotSendableException("The update \"" + subject + "\" was "
				+ draft.getState().getLiteral().toLowerCase(Locale.ROOT) + " already.");
		case SEND -> {
			// composed below
		}
		}
		if (!(draft.eContainer() instanceof Engagement engagement)) {
			throw new IllegalArgumentException("The update \"" + subject + "\" belongs to no engagement");
		}
		if (subject.isEmpty()) {
			subject = "Update on " + EngagementFacts.title(engagement) + " (" + EngagementFacts.key(engagement) + ")";
		}
		List<Mailbox> to = mailboxes(recipients, subject);
		Mailbox sender = smtp.server().sender();
		Mailbox from = engagement.getAdvocate() == null ? sender : new Mailbox(People.name(engagement.getAdvocate()), sender.address());
		Mailbox replyTo = People.hasEmail(engagement.getAdvocate()) ? People.mailbox(engagement.getAdvocate()) : null;
		String body = draft.getSummary() == null ? "" : draft.getSummary().strip();
		List<String> signature = signature(engagement);
		return new OutgoingMail(from, replyTo, to, subject, text(body, signature), html(subject, body, signature), null,
				OutgoingMail.messageIdFor(dedupeKey(draft), sender));
	}

	/**
	 * @param draft    the draft e-mailed
	 * @param mail     the e-mail {@link #compose composed} from it
	 * @param delivery what the mail server accepted
	 * @return the changes recording it, to apply as one command: the draft sent at the acceptance time, the next
	 *         update's due date, the Message-ID in the engagement's notification log
	 */
	public static List<ModelChange> recorded(CustomerCommunication draft, OutgoingMail mail, Delivery delivery) {
		Engagement engagement = (Engagement) draft.eContainer();
		List<ModelChange> changes = new ArrayList<>(CustomerDrafts.send(draft, delivery.acceptedAt()));
		changes.add(ModelChange.add(engagement, ENGAGEMENT__NOTIFICATIONS, NotificationLog.record(
				NotificationKind.CUSTOMER_UPDATE, dedupeKey(draft), mail.recipientAddresses(), mail.subject(), delivery)));
		return changes;
	}

	private static String dedupeKey(CustomerCommunication draft) {
		return "customer-update/" + ObjectIds.of(draft);
	}

	private static List<Mailbox> mailboxes(List<CustomerContact> recipients, String subject) throws InvalidAddressException {
		if (recipients.isEmpty()) {
			throw new InvalidAddressException("The update \"" + subject + "\" has no recipient: choose the customer contacts"
					+ " it goes to.");
		}
		List<Mailbox> to = new ArrayList<>();
		for (CustomerContact contact : recipients) {
			String name = contact.getName() == null ? "" : contact.getName().strip();
			to.add(Mailbox.of(name, contact.getEmail(), "The e-mail address of the customer contact "
					+ (name.isEmpty() ? "without a name" : name)));
		}
		return to;
	}

	private static List<String> signature(Engagement engagement) {
		List<String> lines = new ArrayList<>();
		if (engagement.getAdvocate() != null) {
			lines.add(People.nameAndTitle(engagement.getAdvocate()) + ", your customer advocate");
			lines.addAll(People.reachAt(engagement.getAdvocate()));
		}
		lines.add("Our reference: " + EngagementFacts.key(engagement));
		return lines;
	}

	private static String text(String body, List<String> signature) {
		return body + "\n\n-- \n" + String.join("\n", signature) + "\n";
	}

	private static String html(String subject, String body, List<String> signature) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>")
				.append(HtmlText.escape(subject)).append("</title></head><body>\n");
		for (String paragraph : body.split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(HtmlText.escape(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>\n");
			}
		}
		html.append("<p style=\"color:#555\">");
		for (int i = 0; i < signature.size(); i++) {
			html.append(i == 0 ? "" : "<br/>").append(HtmlText.escape(signature.get(i)));
		}
		return html.append("</p>\n</body></html>\n").toString();
	}

	private static List<String> charged(CustomerCommunication draft) {
		List<String> phrases = new ArrayList<>(CustomerDrafts.chargedWording(draft.getSubject()));
		CustomerDrafts.chargedWording(draft.getSummary()).stream().filter(phrase -> !phrases.contains(phrase))
				.forEach(phrases::add);
		return phrases.isEmpty() ? List.of("marked as charged") : phrases;
	}

	private static Person advocate(CustomerCommunication draft) {
		return draft.eContainer() instanceof Engagement engagement ? engagement.getAdvocate() : null;
	}
}
