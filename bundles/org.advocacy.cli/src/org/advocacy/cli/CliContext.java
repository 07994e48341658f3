// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;

/**
 * What commands work with: where results and problems go, the clock that says what "now" is, the stores that
 * open repositories, and the process's environment (where the watcher finds its secrets).
 *
 * @param out   results
 * @param err   problems and usage
 * @param clock the current time
 * @param store repository files
 * @param environment the environment variables
 */
record CliContext(PrintStream out, PrintStream err, Clock clock, RepositoryStore store,
		Map<String, String> environment) {

	/** The program as a team repository's history records it. */
	static final String CLIENT = "advocacy command line";

	/**
	 * Opens the repository a location names with the store it picks: a {@code *.advocacy} file, or a team
	 * repository URI such as {@code postgresql://host/database} (credentials from the server's usual sources,
	 * e.g. {@code ~/.pgpass}; never on the command line).
	 *
	 * @param location what the user typed
	 * @return the open repository; the caller closes it
	 * @throws RepositoryException naming the location and why it cannot be opened
	 */
	Repository open(String location) throws RepositoryException {
		return RepositoryProviders.open(location,
				new OpenOptions(CLIENT, clock, (server, problem) -> Optional.empty()));
	}
}
