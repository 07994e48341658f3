// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The passwords of team repository logins, kept in Eclipse secure storage (encrypted, on this computer, for this
 * user), one per login, server and database; never in preferences or the recent list.
 */
public final class TeamPasswords {

	private static final String ROOT_NODE = "org.advocacy.ui/team";
	private static final String PASSWORD = "password";

	private static Supplier<ISecurePreferences> storage = SecurePreferencesFactory::getDefault;

	private TeamPasswords() {
	}

	/**
	 * @param connection a connection
	 * @return the password kept for its login, server and database, or {@code null} when none is
	 * @throws StorageException when secure storage cannot be read (no master password given, for one)
	 */
	public static char[] get(TeamConnection connection) throws StorageException {
		ISecurePreferences root = root();
		String path = path(connection);
		String password = root.nodeExists(path) ? root.node(path).get(PASSWORD, null) : null;
		return password == null ? null : password.toCharArray();
	}

	/**
	 * Asks without decrypting anything, so that no master password prompt appears.
	 *
	 * @param connection a connection
	 * @return whether a password is kept for it
	 */
	public static boolean isKept(TeamConnection connection) {
		ISecurePreferences root = storage.get();
		return root != null && root.nodeExists(path(connection));
	}

	/**
	 * Keeps a password for a connection's login, or forgets it when the password is {@code null} or empty.
	 *
	 * @param connection the connection
	 * @param password   the password, or {@code null}
	 * @throws StorageException when secure storage cannot encrypt it
	 * @throws IOException      when secure storage cannot be saved
	 */
	public static void put(TeamConnection connection, char[] password) throws StorageException, IOException {
		ISecurePreferences root = root();
		String path = path(connection);
		if (password == null || password.length == 0) {
			if (root.nodeExists(path)) {
				root.node(path).removeNode();
			}
		} else {
			root.node(path).put(PASSWORD, new String(password), true);
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
					"Eclipse secure storage is not available, so the password cannot be kept.");
		}
		return root;
	}

	/** @return the node of a login, such as {@code org.advocacy.ui/team/dana@db.example.com:5432/advocacy} */
	private static String path(TeamConnection connection) {
		return ROOT_NODE + "/" + EncodingUtils.encodeSlashes(
				connection.user() + "@" + connection.host() + ":" + connection.port() + "/" + connection.database());
	}
}
