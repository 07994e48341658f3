// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.RepositoryUnavailableException.WriteOutcome;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.internal.SqlStates;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connects to a team repository: turns a {@code postgresql://} location into a pgjdbc data source and finds the
 * credentials that work.
 * <p>
 * The location's parameters are pgjdbc's connection properties. TLS with the server's certificate and host name
 * checked is {@code ?sslmode=verify-full&sslrootcert=/path/to/root.crt}; that is what a team should use off the
 * local machine (pgjdbc's default, {@code prefer}, encrypts when it can but checks nothing). {@code user} names the
 * login; a password is taken from {@code ~/.pgpass} (or {@code PGPASSFILE}) by the driver, else asked for through
 * {@link OpenOptions#credentials()}. {@code team} is not passed to the driver: it names the team that new
 * engagements and reviews go to when the user belongs to several.
 */
public final class TeamConnector {

	/** The location parameter naming the team new engagements and reviews belong to. */
	public static final String TEAM_PARAMETER = "team";

	private static final int DEFAULT_PORT = 5432;
	private static final int ATTEMPTS = 3;

	private final ServerLocation location;
	private final OpenOptions options;
	private PGSimpleDataSource dataSource;

	/**
	 * @param location the repository's location
	 * @param options  the client's name and where credentials come from
	 */
	public TeamConnector(ServerLocation location, OpenOptions options) {
		this.location = location;
		this.options = options;
	}

	/**
	 * Connects, asking for credentials when the server refuses the ones it has (up to three times).
	 *
	 * @return a connection; {@link #dataSource()} then opens more with the same credentials
	 * @throws RepositoryException naming the location and the server's reason when no connection can be made
	 */
	public Connection connect() throws RepositoryException {
		PGSimpleDataSource candidate = dataSource(location, null);
		String problem = null;
		for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
			try {
				Connection connection = candidate.getConnection();
				dataSource = candidate;
				return connection;
			} catch (SQLException e) {
				if (!isAuthenticationFailure(e)) {
					throw unreachable(e);
				}
				problem = e.getMessage();
				Optional<Credentials> credentials = attempt < ATTEMPTS ? options.credentials().apply(location, problem)
						: Optional.empty();
				if (credentials.isEmpty()) {
					break;
				}
				candidate = dataSource(location, credentials.get());
				credentials.get().clear();
			}
		}
		throw new RepositoryException("Cannot sign in to " + location.display() + ": " + problem);
	}

	/** @return the data source that worked for {@link #connect()} */
	public PGSimpleDataSource dataSource() {
		if (dataSource == null) {
			throw new IllegalStateException("connect() first");
		}
		return dataSource;
	}

	/** @return the team named by the location's {@value #TEAM_PARAMETER} parameter, or {@code null} */
	public String team() {
		return location.parameter(TEAM_PARAMETER);
	}

	/**
	 * @param location    a {@code postgresql://} location
	 * @param credentials the user and password to use, or {@code null} for the location's {@code user} parameter
	 *                    (else the operating-system user) with {@code ~/.pgpass}
	 * @return a data source for it; nothing connects yet
	 * @throws IllegalArgumentException when a parameter is not a pgjdbc connection property
	 */
	public static PGSimpleDataSource dataSource(ServerLocation location, Credentials credentials) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(location.hosts().stream().map(ServerLocation.Host::name).toArray(String[]::new));
		dataSource.setPortNumbers(location.hosts().stream()
				.mapToInt(host -> host.port() == -1 ? DEFAULT_PORT : host.port()).toArray());
		dataSource.setDatabaseName(location.database());
		dataSource.setApplicationName("Advocacy Workbench");
		dataSource.setUser(System.getProperty("user.name"));
		for (Map.Entry<String, String> parameter : location.parameters().entrySet()) {
			if (TEAM_PARAMETER.equals(parameter.getKey())) {
				continue;
			}
			try {
				dataSource.setProperty(parameter.getKey(), parameter.getValue());
			} catch (SQLException | RuntimeException e) {
				throw new IllegalArgumentException("'" + parameter.getKey() + "' in " + location.display()
						+ " is not a PostgreSQL connection parameter this client knows", e);
			}
		}
		if (credentials != null) {
			dataSource.setUser(credentials.user());
			if (credentials.password().length > 0) {
				dataSource.setPassword(new String(credentials.password()));
			}
		}
		return dataSource;
	}

	/** Wrong password or user (28P01, 28000), or the server asked for a password the client did not have (08004). */
	private static boolean isAuthenticationFailure(SQLException failure) {
		String state = SqlStates.of(failure);
		return state.equals("28P01") || state.equals("28000") || state.equals("08004");
	}

	private RepositoryUnavailableException unreachable(SQLException failure) {
		return new RepositoryUnavailableException("Cannot reach the team repository " + location.display() + ": "
				+ failure.getMessage(), WriteOutcome.NO_WRITE, failure);
	}
}
