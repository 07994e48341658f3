// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.mail;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.eclipse.angus.mail.util.MailStreamProvider;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a port of this machine, started and stopped by a test.
 * <p>
 * Jakarta Mail finds its stream provider (Angus Mail) through the context class loader, which inside OSGi sees only
 * what the test's own bundle imports. While the server runs, the thread that started it — and so the server's own
 * threads, and the test reading the messages received — has Angus Mail's class loader as its context class loader;
 * {@link #close()} restores the previous one.
 */
public final class SmtpServer implements AutoCloseable {

	private final GreenMail greenMail;
	private final Thread starter = Thread.currentThread();
	private final ClassLoader previousContextLoader = starter.getContextClassLoader();

	private SmtpServer(ServerSetup setup) {
		starter.setContextClassLoader(MailStreamProvider.class.getClassLoader());
		greenMail = new GreenMail(setup);
		greenMail.start();
	}

	/** @return a plain SMTP server on a free port */
	public static SmtpServer plain() {
		return new SmtpServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
	}

	/** @return a plain SMTP server on that port */
	public static SmtpServer plainOn(int port) {
		return new SmtpServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** @return an SMTPS server (TLS from the start) on a free port, with the certificate of {@code greenmail.tls.keystore.file} */
	public static SmtpServer tls() {
		return new SmtpServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
	}

	/**
	 * Requires signing in as that user with that password: any other password is refused.
	 *
	 * @return this server
	 */
	public SmtpServer withUser(String login, String password) {
		greenMail.setUser(login + "@example.com", login, password);
		return this;
	}

	/** @return the port it listens on */
	public int port() {
		return greenMail.getSmtp() != null ? greenMail.getSmtp().getPort() : greenMail.getSmtps().getPort();
	}

	/** @return the messages received so far */
	public List<MimeMessage> received() {
		return List.of(greenMail.getReceivedMessages());
	}

	/** @return the copies delivered to the mailboxes of that domain, oldest first */
	public List<MimeMessage> receivedFor(String domain) {
		return List.of(greenMail.getReceivedMessagesForDomain(domain));
	}

	/** @return the messages received so far, after waiting up to 5 seconds for at least {@code count} */
	public List<MimeMessage> awaitReceived(int count) {
		greenMail.waitForIncomingEmail(5000, count);
		return received();
	}

	@Override
	public void close() {
		try {
			greenMail.stop();
		} finally {
			starter.setContextClassLoader(previousContextLoader);
		}
	}
}
