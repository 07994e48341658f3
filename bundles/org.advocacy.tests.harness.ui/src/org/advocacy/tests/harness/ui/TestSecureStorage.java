// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.advocacy.ui.preferences.SecurePasswords;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Makes the workbench keep passwords (the mail server's, team repository logins') in a secure storage file of the
 * test's own, protected by a fixed master password, so that no password prompt appears and nothing reaches the
 * user's real secure storage.
 */
public final class TestSecureStorage {

	private TestSecureStorage() {
	}

	/**
	 * @param folder where the secure storage file goes
	 * @throws IOException when the folder cannot be created or the storage opened
	 */
	public static void use(Path folder) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		Path file = Files.createDirectories(folder).resolve("secure_storage");
		SecurePasswords.useStorage(SecurePreferencesFactory.open(file.toUri().toURL(), options));
	}
}
