// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLException;

import org.advocacy.model.SmtpSecurity;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;

import jakarta.activation.UnsupportedDataTypeException;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends mail over SMTP with Jakarta Mail (Eclipse Angus Mail), securing the connection as the settings say:
 * STARTTLS that must succeed (the default: a server that does not offer it is refused rather than used in plain
 * text), STARTTLS when offered, TLS from the start (SMTPS), or none. The server's certificate is checked,
 * including that it names the host. A call returns only once the server has accepted the message; every failure
 * is a {@link DeliveryException} saying what happened, and whether trying again later may help.
 * <p>
 * Jakarta Mail finds its SMTP provider and its MIME handlers through the context class loader; inside OSGi that is
 * set to Angus Mail's own for the duration of a send. Thread-safe: every send opens its own session.
 */
public final class SmtpSender {

	private final MailServer server;
	private final Clock clock;

	/**
	 * @param server where and how to send
	 * @param clock  the clock for the Date header and the acceptance time
	 */
	public SmtpSender(MailServer server, Clock clock) {
		this.server = server;
		this.clock = clock;
	}

	/** @return the server this sender uses */
	public MailServer server() {
		return server;
	}

	/**
	 * Sends one message and waits until the server accepted or refused it.
	 *
	 * @param mail the message
	 * @return the accepted message's Message-ID and acceptance time
	 * @throws DeliveryException if the server cannot be reached, refuses the sign-in, the security the settings
	 *                           require, the sender or a recipient, or the message
	 */
	public Delivery send(OutgoingMail mail) throws DeliveryException {
		try {
			return withMailClassLoader(() -> {
				Session session = Session.getInstance(properties());
				MimeMessage message = MimeMessages.build(session, mail, Date.from(clock.instant()));
				String protocol = server.security() == SmtpSecurity.TLS ? "smtps" : "smtp";
				try (Transport transport = session.getTransport(protocol)) {
					transport.connect(server.host(), server.port(), server.username().isEmpty() ? null : server.username(),
							server.username().isEmpty() ? null : server.password());
					transport.sendMessage(message, message.getAllRecipients());
					String response = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "";
					return new Delivery(message.getMessageID(), clock.instant(), response == null ? "" : response.strip());
				}
			});
		} catch (MessagingException e) {
			throw translate(e);
		}
	}

	private Properties properties() {
		String prefix = server.security() == SmtpSecurity.TLS ? "mail.smtps." : "mail.smtp.";
		Properties properties = new Properties();
		String millis = Long.toString(server.timeout().toMillis());
		properties.put(prefix + "host", server.host());
		properties.put(prefix + "port", Integer.toString(server.port()));
		properties.put(prefix + "connectiontimeout", millis);
		properties.put(prefix + "timeout", millis);
		properties.put(prefix + "writetimeout", millis);
		properties.put(prefix + "auth", Boolean.toString(!server.username().isEmpty()));
		properties.put(prefix + "from", server.sender().address());
		properties.put(prefix + "localhost", server.sender().domain());
		properties.put(prefix + "ssl.checkserveridentity", "true");
		switch (server.security()) {
		case STARTTLS_REQUIRED -> {
			properties.put(prefix + "starttls.enable", "true");
			properties.put(prefix + "starttls.required", "true");
		}
		case STARTTLS_IF_OFFERED -> properties.put(prefix + "starttls.enable", "true");
		case TLS -> properties.put(prefix + "ssl.enable", "true");
		case NONE -> properties.put(prefix + "starttls.enable", "false");
		}
		if (server.tlsSocketFactory() != null) {
			properties.put(prefix + "ssl.socketFactory", server.tlsSocketFactory());
		}
		return properties;
	}

	private DeliveryException translate(MessagingException e) {
		String where = "The mail server " + server.describe();
		if (e instanceof AuthenticationFailedException) {
			return new DeliveryException(where + " refused the user name or password of the notification settings.",
					false, e);
		}
		if (e instanceof SMTPSendFailedException failed) {
			return new DeliveryException(where + " refused the message: " + reply(failed.getReturnCode(), e),
					failed.getReturnCode() / 100 == 4, e);
		}
		if (e instanceof SendFailedException failed) {
			Exception next = failed.getNextException();
			int code = next instanceof SMTPAddressFailedException address ? address.getReturnCode() : 550;
			return new DeliveryException(where + " refused a recipient: " + reply(code, next == null ? e : next),
					code / 100 == 4, e);
		}
		if (hasCause(e, SSLException.class)) {
			return new DeliveryException(where + " could not be reached securely (TLS): " + rootMessage(e)
					+ ". Check that its certificate is trusted and names the host.", false, e);
		}
		if (hasCause(e, MailConnectException.class) || hasCause(e, ConnectException.class)
				|| hasCause(e, UnknownHostException.class) || hasCause(e, NoRouteToHostException.class)
				|| hasCause(e, SocketTimeoutException.class)) {
			return new DeliveryException(where + " cannot be reached: " + rootMessage(e), true, e);
		}
		if (hasCause(e, UnsupportedDataTypeException.class)) {
			return new DeliveryException("The message for " + server.describe() + " could not be written: " + rootMessage(e),
					false, e);
		}
		if (hasCause(e, IOException.class)) {
			return new DeliveryException("The connection to the mail server " + server.describe()
					+ " failed while sending: " + rootMessage(e), true, e);
		}
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("STARTTLS")) {
			return new DeliveryException(where + " does not offer STARTTLS, which the notification settings require;"
					+ " nothing was sent in plain text.", false, e);
		}
		return new DeliveryException(where + " did not accept the message: " + rootMessage(e), false, e);
	}

	private static String reply(int code, Exception e) {
		return code + " " + HeaderText.oneLine(e.getMessage());
	}

	private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return HeaderText.oneLine(message);
	}

	private static <T> T withMailClassLoader(Callable<T> work) throws MessagingException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
		try {
			return work.call();
		} catch (MessagingException | RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new MessagingException(e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
