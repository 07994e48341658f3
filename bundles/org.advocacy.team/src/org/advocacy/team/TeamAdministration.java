// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.advocacy.team.schema.Migration;
import org.advocacy.team.schema.SchemaException;
import org.advocacy.team.schema.SchemaMigrator;

/**
 * What the repository's administrator does (a PostgreSQL superuser, or a role owning the database with
 * CREATEROLE and BYPASSRLS): create or migrate the schema, create teams and users, and grant them a role in a
 * team. Every name is passed to the server as a value and quoted there, never spliced into SQL here.
 */
public final class TeamAdministration {

	/** The roles a team member can have. */
	public enum Role {
		/** Works engagements of their teams and the shared customers. */
		ADVOCATE,
		/** Also writes reviews, the catalog and the organization. */
		MANAGER,
		/** Reads and writes every team's documents. */
		DIRECTOR,
		/** Reads their teams' documents and writes nothing. */
		READ_ONLY;

		/** @return the name the database uses, such as {@code read_only} */
		public String databaseName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * @param text a role as typed, such as {@code read-only} or {@code Manager}
		 * @return the role
		 * @throws IllegalArgumentException listing the roles when the text is none of them
		 */
		public static Role parse(String text) {
			String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
			for (Role role : values()) {
				if (role.name().equals(normalized)) {
					return role;
				}
			}
			throw new IllegalArgumentException(
					"unknown role '" + text + "': use advocate, manager, director or read-only");
		}
	}

	private final Connection admin;

	/** @param admin a connection of the administrator; used in auto-commit mode */
	public TeamAdministration(Connection admin) {
		this.admin = admin;
	}

	/**
	 * Creates the schema or brings it up to date.
	 *
	 * @return the scripts applied now
	 * @throws SchemaException when the schema is newer than this client or an applied script changed
	 * @throws SQLException    when a script fails (it is rolled back)
	 */
	public List<Migration> migrate() throws SchemaException, SQLException {
		return new SchemaMigrator().migrate(admin);
	}

	/**
	 * Creates a team unless it exists.
	 *
	 * @param team the team's name
	 * @throws SQLException when the server refuses
	 */
	public void createTeam(String team) throws SQLException {
		call("SELECT advocacy.create_team(?)", team);
	}

	/**
	 * Creates a user (a LOGIN role) or sets a new password for an existing one. Only the SCRAM-SHA-256 verifier
	 * is sent to the server.
	 *
	 * @param login    the user's login name
	 * @param password the password
	 * @throws SQLException when the server refuses
	 */
	public void createLogin(String login, char[] password) throws SQLException {
		call("SELECT advocacy.create_login(?, ?)", login, ScramVerifier.of(password));
	}

	/**
	 * Makes a user a member of a team in a role (creating the team when needed), with the role's session settings
	 * (statement and idle-in-transaction timeouts, the check for vanished clients).
	 *
	 * @param login an existing login role
	 * @param team  the team
	 * @param role  the role in that team
	 * @throws SQLException when the user does not exist or the server refuses
	 */
	public void grant(String login, String team, Role role) throws SQLException {
		call("SELECT advocacy.grant_access(?, ?, ?)", login, team, role.databaseName());
	}

	/**
	 * Ends a user's membership in a team.
	 *
	 * @param login the login role
	 * @param team  the team
	 * @throws SQLException when the server refuses
	 */
	public void revoke(String login, String team) throws SQLException {
		call("SELECT advocacy.revoke_access(?, ?)", login, team);
	}

	private void call(String sql, String... arguments) throws SQLException {
		try (PreparedStatement statement = admin.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setString(i + 1, arguments[i]);
			}
			statement.execute();
		}
	}
}
