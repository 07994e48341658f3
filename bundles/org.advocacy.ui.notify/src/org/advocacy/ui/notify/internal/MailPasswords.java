// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.io.IOException;
import java.util.Objects;

import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.notify.mail.InvalidSettingsException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.ui.preferences.SecurePasswords;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The mail server passwords of this computer's user, in Eclipse secure storage (encrypted, never in the repository
 * the team shares): one per server and user name, so that repositories on the same server share it and a changed user
 * name asks for its own.
 */
public final class MailPasswords {

	private static final String ROOT_NODE = "org.advocacy.ui.notify/smtp";

	private MailPasswords() {
	}

	/**
	 * @param settings the repository's mail settings, may be {@code null}
	 * @return the password kept for their server and user, or {@code null} when none is
	 * @throws StorageException if secure storage cannot be read (no master password given, for one)
	 */
	public static String get(NotificationSettings settings) throws StorageException {
		if (settings == null || isBlank(settings.getSmtpHost())) {
			return null;
		}
		return SecurePasswords.get(path(settings));
	}

	/**
	 * Asks without decrypting anything, so that no master password prompt appears.
	 *
	 * @param settings the repository's mail settings, may be {@code null}
	 * @return whether a password is kept for their server and user
	 */
	public static boolean isKept(NotificationSettings settings) {
		if (settings == null || isBlank(settings.getSmtpHost())) {
			return false;
		}
		return SecurePasswords.isKept(path(settings));
	}

	/**
	 * @param settings the repository's mail settings, may be {@code null}
	 * @return the mail server they name, with the password kept for it
	 * @throws InvalidSettingsException naming what is missing or wrong in the settings
	 * @throws StorageException         if secure storage cannot be read
	 */
	public static MailServer server(NotificationSettings settings) throws InvalidSettingsException, StorageException {
		return MailServer.of(settings, get(settings));
	}

	/**
	 * Keeps a password for the settings' server and user, or forgets it when the password is empty.
	 *
	 * @param settings the mail settings the password is for
	 * @param password the password, or empty
	 * @throws StorageException if secure storage cannot encrypt it
	 * @throws IOException      if secure storage cannot be saved
	 */
	public static void put(NotificationSettings settings, String password) throws StorageException, IOException {
		SecurePasswords.put(path(settings), password);
	}

	/** @return the node of a server and user, such as {@code org.advocacy.ui.notify/smtp/ana@smtp.example.com:587} */
	private static String path(NotificationSettings settings) {
		SmtpSecurity security = settings.getSecurity() == null ? SmtpSecurity.STARTTLS_REQUIRED : settings.getSecurity();
		int port = settings.getSmtpPort() == 0 ? MailServer.usualPort(security) : settings.getSmtpPort();
		String user = Objects.toString(settings.getUsername(), "").strip();
		return ROOT_NODE + "/" + EncodingUtils.encodeSlashes(user + "@" + settings.getSmtpHost().strip() + ":" + port);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
