// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.TeamAdministration;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.team.PostgresServer;

/**
 * A throwaway PostgreSQL server (the tests' {@link PostgresServer}, Debian's binaries) with one migrated team
 * repository database, for the team repository's benchmarks. Everything runs on the loopback interface.
 */
final class TeamServer implements AutoCloseable {

	static final String DATABASE = "advocacy_bench";
	static final String PASSWORD = "benchmark password";

	private final PostgresServer server;

	TeamServer() throws Exception {
		server = PostgresServer.start();
		try (Connection admin = server.superuserConnection("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		try (Connection admin = superuser()) {
			new TeamAdministration(admin).migrate();
		}
	}

	/** @return a new superuser connection to the benchmark database */
	Connection superuser() throws SQLException {
		return server.superuserConnection(DATABASE);
	}

	/** Creates a user with {@link #PASSWORD} in a team. */
	void createUser(String login, String team, Role role) throws SQLException {
		try (Connection admin = superuser()) {
			TeamAdministration administration = new TeamAdministration(admin);
			administration.createLogin(login, PASSWORD.toCharArray());
			administration.grant(login, team, role);
		}
	}

	/** @return the database as a user sees it, over plain TCP on 127.0.0.1 */
	ServerLocation location() {
		return ServerLocation.parse("postgresql://127.0.0.1:" + server.port() + "/" + DATABASE + "?sslmode=disable");
	}

	/** @return a connection of a user made by {@link #createUser} */
	Connection connection(String login) throws SQLException {
		return server.dataSource(DATABASE, login, PASSWORD).getConnection();
	}

	/** Opens the repository as a user made by {@link #createUser} (or the superuser with its password). */
	TeamRepository open(String login, String client) throws RepositoryException {
		String password = login.equals(PostgresServer.SUPERUSER) ? server.superuserPassword() : PASSWORD;
		return new TeamRepository(location(), new OpenOptions(client, Clock.systemUTC(),
				(where, problem) -> Optional.of(new Credentials(login, password.toCharArray()))));
	}

	@Override
	public void close() {
		server.close();
	}
}
