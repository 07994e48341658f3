// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.notify.mail.InvalidSettingsException;
import org.advocacy.notify.mail.MailServer;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The mail server passwords of this computer's user, in Eclipse secure storage (encrypted, never in the repository
 * the team shares): one per server and user name, so that repositories on the same server share it and a changed user
 * name asks for its own.
 */
public final class MailPasswords {

	private static final String ROOT_NODE = "org.advocacy.ui.notify/smtp";
	private static final String PASSWORD = "password";

	private static Supplier<ISecurePreferences> storage = SecurePreferencesFactory::getDefault;

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
		ISecurePreferences root = root();
		String path = path(settings);
		return root.nodeExists(path) ? root.node(path).get(PASSWORD, null) : null;
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
		ISecurePreferences root = storage.get();
		return root != null && root.nodeExists(path(settings));
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
		ISecurePreferences root = root();
		String path = path(settings);
		if (password == null || password.isEmpty()) {
			if (root.nodeExists(path)) {
				root.node(path).removeNode();
			}
		} else {
			root.node(path).put(PASSWORD, password, true);
		}
		root.flush();
	}

	/**
	 * Uses another secure storage, such as one with a master password of its own; the tests use one so that no
	 * password prompt appears.
	 *
	 * @param replacement the storage to use from now on
	 */
	static void useStorage(ISecurePreferences replacement) {
		storage = () -> replacement;
	}

	private static ISecurePreferences root() throws StorageException {
		ISecurePreferences root = storage.get();
		if (root == null) {
			throw new StorageException(StorageException.NO_SECURE_MODULE,
					"Eclipse secure storage is not available, so the mail password cannot be kept.");
		}
		return root;
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
