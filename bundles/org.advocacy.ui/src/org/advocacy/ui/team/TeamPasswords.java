// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.io.IOException;

import org.advocacy.ui.preferences.SecurePasswords;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The passwords of team repository logins, kept in Eclipse secure storage (encrypted, on this computer, for this
 * user), one per login, server and database; never in preferences or the recent list.
 */
public final class TeamPasswords {

	private static final String ROOT_NODE = "org.advocacy.ui/team";

	private TeamPasswords() {
	}

	/**
	 * @param connection a connection
	 * @return the password kept for its login, server and database, or {@code null} when none is
	 * @throws StorageException when secure storage cannot be read (no master password given, for one)
	 */
	public static char[] get(TeamConnection connection) throws StorageException {
		String password = SecurePasswords.get(node(connection));
		return password == null ? null : password.toCharArray();
	}

	/**
	 * Asks without decrypting anything, so that no master password prompt appears.
	 *
	 * @param connection a connection
	 * @return whether a password is kept for it
	 */
	public static boolean isKept(TeamConnection connection) {
		return SecurePasswords.isKept(node(connection));
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
		SecurePasswords.put(node(connection), password == null ? null : new String(password));
	}

	/** @return the node of a login, such as {@code org.advocacy.ui/team/dana@db.example.com:5432/advocacy} */
	private static String node(TeamConnection connection) {
		return ROOT_NODE + "/" + EncodingUtils.encodeSlashes(
				connection.user() + "@" + connection.host() + ":" + connection.port() + "/" + connection.database());
	}
}
