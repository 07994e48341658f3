// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail ready to send, independent of how it is sent: a plain-text body with an HTML alternative, and
 * optionally an iCalendar part. The Message-ID is derived from what the message is about ({@link #messageIdFor}),
 * so if a message had to be sent again after a crash between the server's acceptance and the record of it, the
 * recipients' mail programs see the same message twice and show it once.
 *
 * @param from      the sender
 * @param replyTo   where replies go (the advocate), or {@code null} for the sender
 * @param to        the recipients, at least one
 * @param subject   the subject as written; made safe when the message is built
 * @param text      the plain-text body
 * @param html      the HTML body, the same content as {@code text}
 * @param calendar  an iCalendar invitation or cancellation, or {@code null}
 * @param messageId the Message-ID, with angle brackets
 */
public record OutgoingMail(Mailbox from, Mailbox replyTo, List<Mailbox> to, String subject, String text, String html,
		CalendarPart calendar, String messageId) {

	/**
	 * An iCalendar object carried as a {@code text/calendar} alternative, which mail programs show as an invitation
	 * with Accept and Decline.
	 *
	 * @param method  the iTIP method, {@code REQUEST} or {@code CANCEL}
	 * @param content the iCalendar text
	 */
	public record CalendarPart(String method, String content) {

		public CalendarPart {
			Objects.requireNonNull(method, "method");
			Objects.requireNonNull(content, "content");
		}
	}

	public OutgoingMail {
		Objects.requireNonNull(from, "from");
		to = List.copyOf(to);
		if (to.isEmpty()) {
			throw new IllegalArgumentException("A message needs at least one recipient");
		}
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(html, "html");
		Objects.requireNonNull(messageId, "messageId");
	}

	/**
	 * @param key  what the message is about, unique for each message that must go out once
	 * @param from the sender, whose domain ends the Message-ID
	 * @return a Message-ID that is the same for the same key and sender
	 */
	public static String messageIdFor(String key, Mailbox from) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".advocacy@" + from.domain() + ">";
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** @return the recipients' addresses, as recorded in the notification log */
	public List<String> recipientAddresses() {
		return to.stream().map(Mailbox::address).toList();
	}
}
