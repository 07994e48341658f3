// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.advocacy.notify.watch.FileWatchLocation;
import org.advocacy.notify.watch.WatchLocation;

/**
 * The one place that turns the repository named on the command line into what a watcher works with. A path or a
 * {@code file:} URI names a repository file: its lease and status are files beside it. A team repository's store
 * adds its URI scheme here, with a location whose records are transactions and whose lease is a database lock.
 */
final class WatchLocations {

	private WatchLocations() {
	}

	/**
	 * @param repository the repository as typed: a path or a {@code file:} URI
	 * @param clock      the clock
	 * @return the watcher's location
	 * @throws IllegalArgumentException if it names no repository file, or a store this installation cannot open
	 */
	static WatchLocation open(String repository, Clock clock) {
		Path file = file(repository);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("There is no repository file " + file.toAbsolutePath() + ".");
		}
		return new FileWatchLocation(file, clock);
	}

	private static Path file(String repository) {
		if (repository.startsWith("file:")) {
			return Path.of(URI.create(repository));
		}
		if (repository.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
			throw new IllegalArgumentException("'" + repository + "' is not a repository file, and this installation"
					+ " watches repository files only.");
		}
		return Path.of(repository);
	}
}
