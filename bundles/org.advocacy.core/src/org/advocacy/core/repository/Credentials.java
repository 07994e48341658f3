// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for a server. The password is a character array so the caller can wipe it with
 * {@link #clear()} once the store connected; it never appears in {@link #toString()}.
 *
 * @param user     the user name
 * @param password the password, or an empty array to rely on the server's other methods (~/.pgpass, Kerberos)
 */
public record Credentials(String user, char[] password) {

	/** @throws NullPointerException if the user or password is missing */
	public Credentials {
		Objects.requireNonNull(user, "user");
		Objects.requireNonNull(password, "password");
	}

	/** Overwrites the password in memory. */
	public void clear() {
		Arrays.fill(password, '\0');
	}

	@Override
	public String toString() {
		return "Credentials[user=" + user + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Credentials that && user.equals(that.user) && Arrays.equals(password, that.password);
	}

	@Override
	public int hashCode() {
		return user.hashCode();
	}
}
