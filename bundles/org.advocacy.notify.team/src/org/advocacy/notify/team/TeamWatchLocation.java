// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.team;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.notify.watch.SendingLease;
import org.advocacy.notify.watch.WatchLocation;
import org.advocacy.notify.watch.WatchedRepository;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.team.TeamConnector;
import org.advocacy.team.TeamRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A team repository on PostgreSQL as a watcher's location: the repository through the repository API
 * ({@link TeamWatchedRepository}: headers first, each record saved with its version checked and merged with
 * concurrent edits), the lease a session advisory lock on a connection of its own ({@link AdvisoryLockLease}), the
 * status a row every member can read ({@link StatusTable}). The watcher's login needs the manager role in the teams
 * it watches, or the director role for all of them: it records notifications in engagements and in the catalog.
 * Close it when done: it holds the repository's connection.
 */
public final class TeamWatchLocation implements WatchLocation, AutoCloseable {

	private final ServerLocation location;
	private final TeamRepository repository;
	private final PGSimpleDataSource dataSource;
	private final TeamWatchedRepository watched;
	private final StatusTable statusTable;

	private TeamWatchLocation(ServerLocation location, TeamRepository repository, PGSimpleDataSource dataSource) {
		this.location = location;
		this.repository = repository;
		this.dataSource = dataSource;
		this.watched = new TeamWatchedRepository(repository);
		this.statusTable = new StatusTable(dataSource, location.display());
	}

	/**
	 * Connects to a team repository for watching.
	 *
	 * @param location a {@code postgresql://} location
	 * @param options  the client's name, clock and credentials
	 * @return the location; close it when done
	 * @throws RepositoryException naming the location when it cannot be opened or holds no team repository
	 */
	public static TeamWatchLocation open(ServerLocation location, OpenOptions options) throws RepositoryException {
		TeamRepository repository = new TeamRepository(location, options);
		TeamConnector connector = new TeamConnector(location, options);
		try (Connection signedIn = connector.connect()) {
			return new TeamWatchLocation(location, repository, connector.dataSource());
		} catch (SQLException | RepositoryException | RuntimeException e) {
			repository.close();
			if (e instanceof RepositoryException refused) {
				throw refused;
			}
			throw new RepositoryException("Cannot open " + location.display() + " for watching: " + e.getMessage(), e);
		}
	}

	@Override
	public WatchedRepository repository() {
		return watched;
	}

	@Override
	public SendingLease lease() {
		return new AdvisoryLockLease(dataSource, location.display());
	}

	@Override
	public void publish(WatcherStatus status) throws IOException {
		statusTable.publish(status);
	}

	@Override
	public Optional<WatcherStatus> lastStatus() throws IOException {
		return statusTable.read();
	}

	@Override
	public String describe() {
		return location.display();
	}

	@Override
	public void close() {
		repository.close();
	}
}
