// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.List;
import java.util.Objects;

/**
 * Who is working on a repository, as the store knows them.
 *
 * @param name  the user name (the server's login, or the operating system user for a file)
 * @param role  what they may do
 * @param teams the teams they belong to (empty for a file)
 */
public record RepositoryUser(String name, Role role, List<String> teams) {

	/** Takes an unmodifiable copy of the teams. */
	public RepositoryUser {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		teams = List.copyOf(teams);
	}

	/** @return the operating system user with every right: the user of a repository file */
	public static RepositoryUser localOwner() {
		String name = System.getProperty("user.name");
		return new RepositoryUser(name == null || name.isBlank() ? "local user" : name, Role.OWNER, List.of());
	}

	/** @return e.g. "alice (advocate)", for a status line */
	public String describe() {
		return name + " (" + role.label() + ")";
	}
}
