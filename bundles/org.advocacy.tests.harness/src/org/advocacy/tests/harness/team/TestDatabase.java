// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.TeamAdministration;
import org.advocacy.team.TeamRepository;
import org.advocacy.team.TeamAdministration.Role;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A test class's own team repository database, migrated to the current schema, on the run's
 * {@link PostgresServer}. Users are created through the product's {@link TeamAdministration}; their names start
 * with the database's, since PostgreSQL roles are shared by every database of a server.
 *
 * @param server the server
 * @param name   the database's name
 */
public record TestDatabase(PostgresServer server, String name) {

	/** The password of every user created by {@link #createUser(String, Role)}. */
	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger USER_NUMBER = new AtomicInteger();

	/** @return the repository's location, {@code postgresql://127.0.0.1:<port>/<name>?sslmode=disable} */
	public ServerLocation location() {
		return ServerLocation.parse("postgresql://127.0.0.1:" + server.port() + "/" + name + "?sslmode=disable");
	}

	/**
	 * Opens the repository as a user created by {@link #createUser(String, Role)}.
	 *
	 * @param user   the user
	 * @param client the program's name recorded in the history
	 * @return the open repository
	 * @throws RepositoryException when it cannot be opened
	 */
	public TeamRepository open(String user, String client) throws RepositoryException {
		return new TeamRepository(location(), new OpenOptions(client, Clock.systemUTC(),
				(where, problem) -> Optional.of(new Credentials(user, PASSWORD.toCharArray()))));
	}

	/**
	 * Opens the repository as the server's superuser (a director of every team).
	 *
	 * @param client the program's name recorded in the history
	 * @return the open repository
	 * @throws RepositoryException when it cannot be opened
	 */
	public TeamRepository openAsSuperuser(String client) throws RepositoryException {
		return new TeamRepository(location(), new OpenOptions(client, Clock.systemUTC(), (where,
				problem) -> Optional.of(new Credentials(PostgresServer.SUPERUSER, server.superuserPassword().toCharArray()))));
	}

	/**
	 * @return a new connection of the server's superuser to this database
	 * @throws SQLException when the server refuses it
	 */
	public Connection superuserConnection() throws SQLException {
		return server.superuserConnection(name);
	}

	/**
	 * @param user a user created by {@link #createUser(String, Role)}
	 * @return a data source of that user for this database
	 */
	public PGSimpleDataSource dataSource(String user) {
		return server.dataSource(name, user, PASSWORD);
	}

	/**
	 * Creates a team unless it exists.
	 *
	 * @param team the team's name
	 * @throws SQLException when the server refuses
	 */
	public void createTeam(String team) throws SQLException {
		try (Connection connection = superuserConnection()) {
			new TeamAdministration(connection).createTeam(team);
		}
	}

	/**
	 * Creates a user with {@link #PASSWORD} and grants it a role in a team (creating the team when needed).
	 *
	 * @param team the team
	 * @param role the role
	 * @return the user's login name
	 * @throws SQLException when the server refuses
	 */
	public String createUser(String team, Role role) throws SQLException {
		String login = name + "_" + role.databaseName() + "_" + USER_NUMBER.incrementAndGet();
		try (Connection connection = superuserConnection()) {
			TeamAdministration administration = new TeamAdministration(connection);
			administration.createLogin(login, PASSWORD.toCharArray());
			administration.grant(login, team, role);
		}
		return login;
	}
}
