// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.team.TeamAdministration;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepositoryAddress;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A test class's own team repository database, migrated to the current schema, on the run's
 * {@link PostgresServer}. Users are created through the product's {@link TeamAdministration}; their names start
 * with the database's, since PostgreSQL roles are shared by every database of a server.
 */
public final class TestDatabase {

	/** The password of every user created by {@link #createUser(String, Role)}. */
	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger USER_NUMBER = new AtomicInteger();

	private final PostgresServer server;
	private final String name;

	TestDatabase(PostgresServer server, String name) {
		this.server = server;
		this.name = name;
	}

	/** @return the server */
	public PostgresServer server() {
		return server;
	}

	/** @return the database's name */
	public String name() {
		return name;
	}

	/** @return the repository's address, {@code postgresql://127.0.0.1:<port>/<name>?sslmode=disable} */
	public TeamRepositoryAddress address() {
		return TeamRepositoryAddress.parse("postgresql://127.0.0.1:" + server.port() + "/" + name + "?sslmode=disable");
	}

	/**
	 * @return a new connection of the server's superuser to this database
	 * @throws SQLException when the server refuses it
	 */
	public Connection superuserConnection() throws SQLException {
		return server.superuserConnection(name);
	}

	/** @return a data source of the server's superuser for this database */
	public PGSimpleDataSource superuserDataSource() {
		return server.dataSource(name, PostgresServer.SUPERUSER, server.superuserPassword());
	}

	/**
	 * @param user a user created by {@link #createUser(String, Role)}
	 * @return a data source of that user for this database
	 */
	public PGSimpleDataSource dataSource(String user) {
		return server.dataSource(name, user, PASSWORD);
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
