// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.advocacy.model.SmtpSecurity;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** What a real SMTP server receives from the sender: recipients, headers, encodings, and nothing it should not. */
class MailDeliveryTest {

	private static final Clock CLOCK = Clock.fixed(Fixture.T0, ZoneOffset.UTC);

	@TempDir
	Path folder;

	private static MailServer server(int port, SmtpSecurity security) throws InvalidAddressException {
		return new MailServer("127.0.0.1", port, security, "", "", Mailbox.of("Customer Advocacy", "advocacy@example.com",
				"sender"), Duration.ofSeconds(5), null);
	}

	private static OutgoingMail mail(String subject, Mailbox to, Mailbox replyTo) throws InvalidAddressException {
		Mailbox from = Mailbox.of("Customer Advocacy", "advocacy@example.com", "sender");
		return new OutgoingMail(from, replyTo, List.of(to), subject, "Plain text: Grüße", "<p>HTML: Grüße</p>", null,
				OutgoingMail.messageIdFor("test/" + subject, from));
	}

	@Test
	void deliversToTheRecipientWithEncodedNonAsciiNamesAndTheGivenMessageId() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Mailbox to = Mailbox.of("Jürgen Müller", "juergen@mueller.example", "recipient");
			Mailbox replyTo = Mailbox.of("Zoë Ångström", "zoe@example.com", "advocate");
			OutgoingMail mail = mail("Update für Müller & Söhne — Bestellungen", to, replyTo);

			Delivery delivery = new SmtpSender(server(smtp.port(), SmtpSecurity.NONE), CLOCK).send(mail);

			MimeMessage received = smtp.awaitReceived(1).get(0);
			assertEquals(mail.messageId(), delivery.messageId());
			assertEquals(mail.messageId(), received.getMessageID());
			assertEquals(Fixture.T0, delivery.acceptedAt());
			assertTrue(delivery.serverResponse().startsWith("250"), delivery.serverResponse());
			Address[] recipients = received.getRecipients(RecipientType.TO);
			assertEquals(1, recipients.length);
			assertEquals("juergen@mueller.example", ((InternetAddress) recipients[0]).getAddress());
			assertEquals("Jürgen Müller", ((InternetAddress) recipients[0]).getPersonal());
			assertEquals("Zoë Ångström", ((InternetAddress) received.getReplyTo()[0]).getPersonal());
			String rawSubject = received.getHeader("Subject")[0];
			assertTrue(rawSubject.startsWith("=?UTF-8?B?"), rawSubject);
			assertEquals("Update für Müller & Söhne — Bestellungen", received.getSubject());
			assertTrue(received.getHeader("Reply-To")[0].contains("=?UTF-8?"), "non-ASCII names are RFC 2047 words");
			Map<String, String> parts = ReceivedMail.parts(received);
			assertEquals(List.of("text/plain", "text/html"), List.copyOf(parts.keySet()));
			assertEquals("Plain text: Grüße", parts.get("text/plain"));
			assertEquals("<p>HTML: Grüße</p>", parts.get("text/html"));
			assertTrue(received.getContentType().startsWith("multipart/alternative"), received.getContentType());
		}
	}

	@Test
	void neutralisesHeaderInjectionInSubjectsAndNames() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Mailbox to = Mailbox.of("Eve\r\nBcc: mallory@evil.example", "bob@example.com", "recipient");
			String subject = "Outage\r\nBcc: mallory@evil.example\nX-Injected: yes =?UTF-8?Q?=0D=0ABcc:_mallory@evil.example?=";

			new SmtpSender(server(smtp.port(), SmtpSecurity.NONE), CLOCK).send(mail(subject, to, null));

			List<MimeMessage> received = smtp.awaitReceived(1);
			TimeUnit.MILLISECONDS.sleep(200);
			assertEquals(1, smtp.received().size(), "only the one recipient received the message");
			MimeMessage message = received.get(0);
			assertNull(message.getHeader("Bcc"));
			assertNull(message.getHeader("X-Injected"));
			assertEquals(1, message.getAllRecipients().length);
			assertEquals("Outage Bcc: mallory@evil.example X-Injected: yes =?UTF-8?Q?=0D=0ABcc:_mallory@evil.example?=",
					message.getSubject(), "the encoded-word lookalike is shown literally, on one line");
			assertFalse(MimeUtility.unfold(message.getSubject()).contains("\n"));
			assertEquals("Eve Bcc: mallory@evil.example", ((InternetAddress) message.getRecipients(RecipientType.TO)[0])
					.getPersonal());
		}
	}

	@Test
	void refusesAddressesThatAreNotOnePlainAddress() {
		for (String address : List.of("bob@example.com\r\nBcc: mallory@evil.example", "bob@example.com, mallory@evil.example",
				"Bob <bob@example.com>", "not-an-address", "", "bob@example.com%0ABcc:x@y")) {
			InvalidAddressException refused = assertThrows(InvalidAddressException.class,
					() -> Mailbox.of("Bob", address, "Bob Ott's e-mail address"), address);
			assertTrue(refused.getMessage().startsWith("Bob Ott's e-mail address"), refused.getMessage());
		}
	}

	@Test
	void refusesToSendInPlainTextWhenStartTlsIsRequiredButNotOffered() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Mailbox to = Mailbox.of("Bob", "bob@example.com", "recipient");
			DeliveryException refused = assertThrows(DeliveryException.class,
					() -> new SmtpSender(server(smtp.port(), SmtpSecurity.STARTTLS_REQUIRED), CLOCK).send(mail("Secret", to, null)));
			assertTrue(refused.getMessage().contains("STARTTLS"), refused.getMessage());
			assertFalse(refused.isTemporary());
			assertTrue(smtp.received().isEmpty());

			new SmtpSender(server(smtp.port(), SmtpSecurity.STARTTLS_IF_OFFERED), CLOCK).send(mail("Not secret", to, null));
			assertEquals(1, smtp.awaitReceived(1).size(), "STARTTLS if offered sends in plain text to a server without it");
		}
	}

	@Test
	void sendsOverTlsToAServerWithATrustedSelfSignedCertificate() throws Exception {
		Path keystore = SelfSignedCertificate.create(folder);
		System.setProperty("greenmail.tls.keystore.file", keystore.toString());
		try (SmtpServer smtp = SmtpServer.tls()) {
			Mailbox to = Mailbox.of("Bob", "bob@example.com", "recipient");
			DeliveryException untrusted = assertThrows(DeliveryException.class,
					() -> new SmtpSender(server(smtp.port(), SmtpSecurity.TLS), CLOCK).send(mail("Untrusted", to, null)));
			assertTrue(untrusted.getMessage().contains("TLS"), untrusted.getMessage());
			assertTrue(smtp.received().isEmpty());

			MailServer trusting = server(smtp.port(), SmtpSecurity.TLS).withTlsSocketFactory(trusting(keystore));
			new SmtpSender(trusting, CLOCK).send(mail("Over TLS", to, null));
			assertEquals("Over TLS", smtp.awaitReceived(1).get(0).getSubject());
		}
	}

	@Test
	void anUnreachableServerIsATemporaryFailure() throws Exception {
		int port;
		try (SmtpServer smtp = SmtpServer.plain()) {
			port = smtp.port();
		}
		Mailbox to = Mailbox.of("Bob", "bob@example.com", "recipient");
		DeliveryException failed = assertThrows(DeliveryException.class,
				() -> new SmtpSender(server(port, SmtpSecurity.NONE), CLOCK).send(mail("Nobody there", to, null)));
		assertTrue(failed.isTemporary());
		assertTrue(failed.getMessage().contains("cannot be reached"), failed.getMessage());
		assertTrue(failed.getMessage().contains("127.0.0.1:" + port), failed.getMessage());
	}

	private static SSLSocketFactory trusting(Path keystoreFile) throws Exception {
		KeyStore keystore = KeyStore.getInstance("PKCS12");
		try (InputStream in = new FileInputStream(keystoreFile.toFile())) {
			keystore.load(in, SelfSignedCertificate.PASSWORD.toCharArray());
		}
		Certificate certificate = keystore.getCertificate(SelfSignedCertificate.ALIAS);
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("test-server", certificate);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context.getSocketFactory();
	}
}
