// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Turns an {@link OutgoingMail} into a MIME message: {@code multipart/alternative} with the plain text, the HTML
 * and, for invitations, the {@code text/calendar} part, all in UTF-8 and written by {@link MailContentHandlers}.
 * Headers are written with {@link HeaderText}:
 * on one line, non-ASCII text as encoded words. The Message-ID is the one the mail carries.
 */
final class MimeMessages {

	private MimeMessages() {
	}

	/**
	 * @param session the mail session
	 * @param mail    the mail
	 * @param sentAt  the Date header
	 * @return the message, with its headers saved
	 * @throws MessagingException if the message cannot be built
	 */
	static MimeMessage build(Session session, OutgoingMail mail, Date sentAt) throws MessagingException {
		MimeMessage message = new FixedIdMessage(session, mail.messageId());
		message.setFrom(address(mail.from()));
		if (mail.replyTo() != null) {
			message.setReplyTo(new InternetAddress[] { address(mail.replyTo()) });
		}
		for (Mailbox recipient : mail.to()) {
			message.addRecipient(RecipientType.TO, address(recipient));
		}
		message.setHeader("Subject", HeaderText.headerValue(mail.subject()));
		message.setSentDate(sentAt);
		message.setHeader("Auto-Submitted", mail.calendar() == null ? "auto-generated" : "no");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(part(mail.text(), "text/plain; charset=UTF-8"));
		alternatives.addBodyPart(part(mail.html(), "text/html; charset=UTF-8"));
		if (mail.calendar() != null) {
			alternatives.addBodyPart(part(mail.calendar().content(),
					"text/calendar; charset=UTF-8; method=" + mail.calendar().method()));
		}
		message.setDataHandler(MailContentHandlers.dataHandler(alternatives, alternatives.getContentType()));
		message.saveChanges();
		return message;
	}

	/**
	 * @return the address with its display name; a name that {@linkplain HeaderText#needsEncoding needs encoding}
	 *         is always written as encoded words, never as a quoted string a mail program might decode
	 */
	static InternetAddress address(Mailbox mailbox) throws MessagingException {
		try {
			if (mailbox.name().isEmpty()) {
				return new InternetAddress(mailbox.address(), true);
			}
			if (HeaderText.needsEncoding(mailbox.name())) {
				InternetAddress address = new InternetAddress(mailbox.address(), true);
				return new InternetAddress(
						HeaderText.encodedWords(mailbox.name()).replace("\r\n ", " ") + " <" + address.getAddress() + ">",
						true);
			}
			return new InternetAddress(mailbox.address(), mailbox.name(), StandardCharsets.UTF_8.name());
		} catch (UnsupportedEncodingException e) {
			throw new MessagingException("UTF-8 is always supported", e);
		}
	}

	private static MimeBodyPart part(String content, String type) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(MailContentHandlers.dataHandler(content, type));
		part.setHeader("Content-Transfer-Encoding", "quoted-printable");
		return part;
	}

	/** A message whose Message-ID is set by the caller instead of generated when it is saved. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}
	}
}
