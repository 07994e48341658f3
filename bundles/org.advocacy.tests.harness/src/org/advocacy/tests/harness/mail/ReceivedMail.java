// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Reads a received message's parts as a mail program would: decoded, by their content type. */
public final class ReceivedMail {

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
}
