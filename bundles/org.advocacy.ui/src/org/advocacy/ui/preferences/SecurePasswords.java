// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Passwords of this computer's user in Eclipse secure storage (encrypted, never in preferences or a repository), one
 * per node: the mail server's, a team repository login's. Callers name the node; encode slashes in what they put into
 * it ({@code EncodingUtils.encodeSlashes}).
 */
public final class SecurePasswords {

	private static final String PASSWORD = "password";

	private static Supplier<ISecurePreferences> storage = SecurePreferencesFactory::getDefault;

	private SecurePasswords() {
	}

	/**
	 * @param node the node, such as {@code org.advocacy.ui/team/dana@db.example.com:5432/advocacy}
	 * @return the password kept there, or {@code null} when none is
	 * @throws StorageException when secure storage cannot be read (no master password given, for one)
	 */
	public static String get(String node) throws StorageException {
		ISecurePreferences root = root();
		return root.nodeExists(node) ? root.node(node).get(PASSWORD, null) : null;
	}

	/**
	 * Asks without decrypting anything, so that no master password prompt appears.
	 *
	 * @param node the node
	 * @return whether a password is kept there
	 */
	public static boolean isKept(String node) {
		ISecurePreferences root = storage.get();
		return root != null && root.nodeExists(node);
	}

	/**
	 * Keeps a password, or forgets it when the password is {@code null} or empty.
	 *
	 * @param node     the node
	 * @param password the password, or {@code null}
	 * @throws StorageException when secure storage cannot encrypt it
	 * @throws IOException      when secure storage cannot be saved
	 */
	public static void put(String node, String password) throws StorageException, IOException {
		ISecurePreferences root = root();
		if (password == null || password.isEmpty()) {
			if (root.nodeExists(node)) {
				root.node(node).removeNode();
			}
		} else {
			root.node(node).put(PASSWORD, password, true);
		}
		root.flush();
	}

	/**
	 * Uses another secure storage, such as one with a master password of its own; the tests use one so that no
	 * password prompt appears.
	 *
	 * @param replacement the storage to use from now on
	 */
	public static void useStorage(ISecurePreferences replacement) {
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
}
