// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) on a port of this machine, started and stopped by a test. */
final class SmtpServer implements AutoCloseable {

	private final GreenMail greenMail;

	private SmtpServer(ServerSetup setup) {
		greenMail = new GreenMail(setup);
		greenMail.start();
	}

	/** @return a plain SMTP server on a free port */
	static SmtpServer plain() {
		return new SmtpServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
	}

	/** @return a plain SMTP server on that port */
	static SmtpServer plainOn(int port) {
		return new SmtpServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** @return an SMTPS server (TLS from the start) on a free port, with the certificate of {@code greenmail.tls.keystore.file} */
	static SmtpServer tls() {
		return new SmtpServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
	}

	int port() {
		return greenMail.getSmtp() != null ? greenMail.getSmtp().getPort() : greenMail.getSmtps().getPort();
	}

	/** @return the messages received so far */
	List<MimeMessage> received() {
		return List.of(greenMail.getReceivedMessages());
	}

	/** @return the copies delivered to the mailboxes of that domain, oldest first */
	List<MimeMessage> receivedFor(String domain) {
		return List.of(greenMail.getReceivedMessagesForDomain(domain));
	}

	/** @return the messages received so far, after waiting up to 5 seconds for at least {@code count} */
	List<MimeMessage> awaitReceived(int count) {
		greenMail.waitForIncomingEmail(5000, count);
		return received();
	}

	@Override
	public void close() {
		greenMail.stop();
	}
}
