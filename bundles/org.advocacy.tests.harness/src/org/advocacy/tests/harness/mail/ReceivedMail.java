// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Reads a received message as a mail program would: its parts decoded, by their content type; its subject and
 * recipient; the UID of the meeting its invitation is about.
 */
public final class ReceivedMail {

	private static final Pattern UID = Pattern.compile("\r\nUID:([^\r]+)\r\n");

	private ReceivedMail() {
	}

	/**
	 * @return the decoded text of each part, keyed by base content type (text/plain, text/html, text/calendar); line
	 *         breaks as {@code \n} except in the iCalendar part, whose folded lines need their CRLF
	 */
	public static Map<String, String> parts(MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		try (InputStream in = message.getRawInputStream()) {
			in.transferTo(raw);
		}
		MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(raw.toByteArray(), message.getContentType()));
		Map<String, String> parts = new LinkedHashMap<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			try (InputStream in = part.getInputStream()) {
				String type = new ContentType(part.getContentType()).getBaseType().toLowerCase();
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				parts.put(type, type.equals("text/calendar") ? content : content.replace("\r\n", "\n"));
			}
		}
		return parts;
	}

	/** @return the full content type of the part with that base type */
	public static String contentTypeOf(MimeMessage message, String baseType) throws MessagingException, IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		try (InputStream in = message.getRawInputStream()) {
			in.transferTo(raw);
		}
		MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(raw.toByteArray(), message.getContentType()));
		for (int i = 0; i < multipart.getCount(); i++) {
			String type = multipart.getBodyPart(i).getContentType();
			if (new ContentType(type).getBaseType().equalsIgnoreCase(baseType)) {
				return type;
			}
		}
		return null;
	}

	/**
	 * @param message a received message
	 * @return its decoded subject, for a stream's filter or map
	 * @throws IllegalStateException when the message cannot be read
	 */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		} catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param message a received message
	 * @return the e-mail address of its first recipient
	 * @throws IllegalStateException when the message cannot be read
	 */
	public static String firstRecipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		} catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param calendar an iCalendar text, with its CRLF line breaks
	 * @return the UID of its event, which an update or a cancellation of the same meeting repeats
	 * @throws AssertionError when it has none
	 */
	public static String calendarUid(String calendar) {
		Matcher matcher = UID.matcher(calendar);
		if (!matcher.find()) {
			throw new AssertionError("no UID in " + calendar);
		}
		return matcher.group(1);
	}
}
