// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.advocacy.core.repository.FileLocation;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.notify.team.TeamWatchLocation;
import org.advocacy.notify.watch.FileWatchLocation;
import org.advocacy.notify.watch.WatchLocation;

/**
 * The one place that turns the repository named on the command line into what a watcher works with. A path or a
 * {@code file:} URI names a repository file: its lease and status are files beside it. A {@code postgresql://} URI
 * names a team repository ({@link TeamWatchLocation}): records are saves with a version check, the lease a session
 * advisory lock, the status a row every member reads; credentials come from the server's usual sources
 * ({@code ~/.pgpass}, {@code PGPASSFILE}), never the command line.
 */
final class WatchLocations {

	private WatchLocations() {
	}

	/**
	 * @param repository the repository as typed: a path, a {@code file:} URI or a {@code postgresql://} URI
	 * @param clock      the clock
	 * @return the watcher's location
	 * @throws IllegalArgumentException if it names no repository file, or a store this installation cannot open
	 * @throws RepositoryException      if the team repository cannot be opened; the message says why
	 */
	static WatchLocation open(String repository, Clock clock) throws RepositoryException {
		RepositoryLocation location = RepositoryLocation.parse(repository);
		if (location instanceof ServerLocation server) {
			if (!server.scheme().equals("postgresql") && !server.scheme().equals("postgres")) {
				throw new IllegalArgumentException("'" + server.display() + "' is neither a repository file nor a "
						+ "postgresql:// team repository.");
			}
			return TeamWatchLocation.open(server,
					new OpenOptions(CliContext.CLIENT + " (watcher)", clock, (where, problem) -> Optional.empty()));
		}
		Path file = ((FileLocation) location).file();
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("There is no repository file " + file.toAbsolutePath() + ".");
		}
		return new FileWatchLocation(file, clock);
	}
}
