// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.TeamAdministration;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamConnector;
import org.advocacy.team.schema.Migration;
import org.advocacy.team.schema.SchemaException;
import org.advocacy.team.schema.SchemaMigrator;

/**
 * The administrator's {@code team init}, {@code migrate} and {@code grant}: they connect as the location's
 * {@code user} (a PostgreSQL superuser, or the database's owner with CREATEROLE and BYPASSRLS) and work through
 * {@link TeamAdministration}.
 */
final class TeamSchemaCommands {

	private TeamSchemaCommands() {
	}

	/** {@code team init <repository> [--team T]}: creates the schema in an empty database, and a first team. */
	static int init(Arguments parsed, CliContext context) throws RepositoryException, SchemaException {
		ServerLocation location = TeamCommand.serverLocation(context, parsed.positional(0), "team init");
		return administer(location, context, "create the team repository", (connection, administration) -> {
			int before = SchemaMigrator.appliedVersion(connection);
			if (before > 0) {
				throw new IllegalArgumentException(location.display() + " already holds a team repository (schema "
						+ "version " + before + "); 'advocacy team migrate' brings it up to date.");
			}
			List<Migration> applied = administration.migrate();
			context.out().println("Created the team repository in " + location.display() + ": schema version "
					+ SchemaMigrator.clientVersion() + " (" + names(applied) + ").");
			createTeam(parsed, administration, context);
		});
	}

	/** {@code team migrate <repository>}: applies the schema scripts the repository lacks. */
	static int migrate(Arguments parsed, CliContext context) throws RepositoryException, SchemaException {
		ServerLocation location = TeamCommand.serverLocation(context, parsed.positional(0), "team migrate");
		return administer(location, context, "migrate the team repository", (connection, administration) -> {
			int before = SchemaMigrator.appliedVersion(connection);
			if (before == 0) {
				throw new IllegalArgumentException(location.display() + " holds no team repository; "
						+ "'advocacy team init' creates one.");
			}
			List<Migration> applied = administration.migrate();
			context.out().println(applied.isEmpty()
					? location.display() + " is up to date: schema version " + before + "."
					: "Migrated " + location.display() + " from schema version " + before + " to "
							+ SchemaMigrator.clientVersion() + " (" + names(applied) + ").");
			createTeam(parsed, administration, context);
		});
	}

	/**
	 * {@code team grant <repository> <login> <team> <role> [--new-login]}: gives a user a role in a team; with
	 * {@code --new-login} it first creates the login (or sets its password) with the password read from the first
	 * line of the standard input, so that it never appears in the command line or the shell's history.
	 */
	static int grant(Arguments parsed, CliContext context) throws RepositoryException, SchemaException {
		ServerLocation location = TeamCommand.serverLocation(context, parsed.positional(0), "team grant");
		String login = parsed.positional(1);
		String team = parsed.positional(2);
		Role role;
		try {
			role = Role.parse(parsed.positional(3));
		} catch (IllegalArgumentException e) {
			throw new UsageException("team grant: " + e.getMessage() + ".");
		}
		char[] password = parsed.flag("new-login") ? newPassword(context, login) : null;
		return administer(location, context, "grant " + login + " a role", (connection, administration) -> {
			if (password != null) {
				administration.createLogin(login, password);
				Arrays.fill(password, '\0');
			}
			administration.grant(login, team, role);
			context.out().println((password != null ? "Created the login " + login + "; it is " : login + " is ")
					+ role.databaseName().replace('_', '-') + " in the team " + team + " of " + location.display()
					+ ".");
		});
	}

	private static char[] newPassword(CliContext context, String login) {
		String line;
		try {
			line = context.in().readLine();
		} catch (IOException e) {
			line = null;
		}
		if (line == null || line.isEmpty()) {
			throw new UsageException("team grant: --new-login reads the password of " + login
					+ " from the standard input (one line); there was none.");
		}
		return line.toCharArray();
	}

	private static void createTeam(Arguments parsed, TeamAdministration administration, CliContext context)
			throws SQLException {
		if (parsed.has("team")) {
			administration.createTeam(parsed.option("team", ""));
			context.out().println("The team " + parsed.option("team", "") + " exists.");
		}
	}

	private static String names(List<Migration> migrations) {
		return migrations.stream().map(Migration::name).collect(Collectors.joining(", "));
	}

	private static int administer(ServerLocation location, CliContext context, String what, AdminWork work)
			throws RepositoryException, SchemaException {
		try (Connection connection = new TeamConnector(location, context.openOptions()).connect()) {
			work.run(connection, new TeamAdministration(connection));
			return CliCommand.OK;
		} catch (SQLException e) {
			throw new RepositoryException("Cannot " + what + " in " + location.display() + ": " + e.getMessage(), e);
		}
	}

	/** Work of the administrator on one connection. */
	private interface AdminWork {

		void run(Connection connection, TeamAdministration administration) throws SQLException, SchemaException;
	}
}
