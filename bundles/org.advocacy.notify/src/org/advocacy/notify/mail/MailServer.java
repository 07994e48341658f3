// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;

/**
 * Where and how to send mail: the repository's {@link NotificationSettings} together with the password, which is
 * never stored in the repository (the workbench keeps it in secure storage, the watcher receives it as a
 * credential).
 *
 * @param host             the SMTP server
 * @param port             its port
 * @param security         how the connection is secured
 * @param username         the user to sign in as, or empty for none
 * @param password         the password, or empty
 * @param sender           who notifications come from
 * @param timeout          how long to wait for the server to connect or answer
 * @param tlsSocketFactory the factory for TLS connections; {@code null} for the Java runtime's trusted
 *                         certificates. An organisation with its own certificate authority passes one that trusts it.
 */
public record MailServer(String host, int port, SmtpSecurity security, String username, String password,
		Mailbox sender, Duration timeout, SSLSocketFactory tlsSocketFactory) {

	/** How long to wait for the mail server when nothing else is said. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	public MailServer {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(security, "security");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(timeout, "timeout");
		username = username == null ? "" : username.strip();
		password = password == null ? "" : password;
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("The mail server's port must be between 1 and 65535: " + port);
		}
	}

	/**
	 * @param settings the repository's notification settings, may be {@code null}
	 * @param password the password, or {@code null} when the server needs none
	 * @return the mail server
	 * @throws InvalidSettingsException naming what is missing or wrong in the settings
	 */
	public static MailServer of(NotificationSettings settings, String password) throws InvalidSettingsException {
		if (settings == null || settings.getSmtpHost() == null || settings.getSmtpHost().isBlank()) {
			throw new InvalidSettingsException(
					"The repository's notification settings name no mail server (SMTP host): notifications cannot be sent.");
		}
		String host = settings.getSmtpHost().strip();
		if (!host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
			throw new InvalidSettingsException("The mail server \"" + HeaderText.oneLine(host)
					+ "\" in the notification settings is not a host name or address.");
		}
		int port = settings.getSmtpPort();
		if (port < 0 || port > 65535) {
			throw new InvalidSettingsException("The mail server port " + port
					+ " in the notification settings is not between 1 and 65535 (0 picks the usual port).");
		}
		Mailbox sender;
		try {
			sender = Mailbox.of(settings.getFromName(), settings.getFromAddress(), "The sender address in the notification settings");
		} catch (InvalidAddressException e) {
			throw new InvalidSettingsException(e.getMessage());
		}
		SmtpSecurity security = settings.getSecurity() == null ? SmtpSecurity.STARTTLS_REQUIRED : settings.getSecurity();
		return new MailServer(host, port == 0 ? usualPort(security) : port, security, settings.getUsername(), password,
				sender, DEFAULT_TIMEOUT, null);
	}

	/** @return the port mail servers usually listen on for that security: 587, 465 or 25 */
	public static int usualPort(SmtpSecurity security) {
		return switch (security) {
		case STARTTLS_REQUIRED, STARTTLS_IF_OFFERED -> 587;
		case TLS -> 465;
		case NONE -> 25;
		};
	}

	/** @return a copy that trusts the certificates of the given factory (an organisation's own authority, a test's) */
	public MailServer withTlsSocketFactory(SSLSocketFactory factory) {
		return new MailServer(host, port, security, username, password, sender, timeout, factory);
	}

	/** @return a copy that waits that long for the server */
	public MailServer withTimeout(Duration newTimeout) {
		return new MailServer(host, port, security, username, password, sender, newTimeout, tlsSocketFactory);
	}

	/** @return the server for messages: host, port and security, such as "smtp.example.com:587 (STARTTLS required)" */
	public String describe() {
		return host + ":" + port + " (" + security.getLiteral() + ")";
	}

	@Override
	public String toString() {
		return "MailServer[" + describe() + ", user=" + username + ", sender=" + sender + "]";
	}
}
