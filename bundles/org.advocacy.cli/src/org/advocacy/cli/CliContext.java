// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.ServerLocation;

/**
 * What commands work with: where results and problems go, the clock that says what "now" is, the stores that open
 * repositories, and the process's standard input and environment.
 *
 * @param out         results
 * @param err         problems and usage
 * @param clock       the current time
 * @param store       repository files
 * @param in          the standard input (a new user's password for {@code team grant --new-login})
 * @param environment the process's environment ({@value #PASSWORD_VARIABLE})
 */
record CliContext(PrintStream out, PrintStream err, Clock clock, RepositoryStore store, BufferedReader in,
		Map<String, String> environment) {

	/** The program as a team repository's history records it. */
	static final String CLIENT = "advocacy command line";

	/** The environment variable PostgreSQL's own tools take a password from. */
	static final String PASSWORD_VARIABLE = "PGPASSWORD";

	/**
	 * Reads a repository location as typed. For a server, the password comes from {@value #PASSWORD_VARIABLE}
	 * when it is set, as with PostgreSQL's own tools, else the driver reads {@code ~/.pgpass} (or
	 * {@code PGPASSFILE}); a password never appears on the command line, and no message shows it.
	 *
	 * @param text what the user typed: a {@code *.advocacy} file or {@code postgresql://host[:port]/database}
	 * @return the location
	 * @throws IllegalArgumentException naming the text and what is wrong with it
	 */
	RepositoryLocation location(String text) {
		RepositoryLocation location = RepositoryLocation.parse(text);
		String password = environment.get(PASSWORD_VARIABLE);
		if (location instanceof ServerLocation server && password != null && !password.isEmpty()
				&& server.parameter("password") == null) {
			Map<String, String> parameters = new LinkedHashMap<>(server.parameters());
			parameters.put("password", password);
			return new ServerLocation(server.scheme(), server.hosts(), server.database(), parameters);
		}
		return location;
	}

	/**
	 * Opens the repository a location names with the store it picks: a {@code *.advocacy} file, or a team
	 * repository URI such as {@code postgresql://host/database}.
	 *
	 * @param text what the user typed
	 * @return the open repository; the caller closes it
	 * @throws RepositoryException naming the location and why it cannot be opened
	 */
	Repository open(String text) throws RepositoryException {
		return open(location(text));
	}

	/**
	 * @param location a location read by {@link #location(String)}
	 * @return the open repository; the caller closes it
	 * @throws RepositoryException naming the location and why it cannot be opened
	 */
	Repository open(RepositoryLocation location) throws RepositoryException {
		return RepositoryProviders.open(location, openOptions());
	}

	/** @return how this program opens repositories: its name and its clock; it never asks for a password */
	OpenOptions openOptions() {
		return OpenOptions.of(CLIENT).withClock(clock);
	}
}
