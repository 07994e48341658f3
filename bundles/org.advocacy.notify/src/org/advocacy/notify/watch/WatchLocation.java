// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.util.Optional;

/**
 * Everything a watcher of one repository works with, from one store: the repository it evaluates and records into,
 * the sending lease that makes it the only one sending, and where its status is published for the command line and
 * the workbench. A repository file keeps the lease and the status in files beside it ({@link FileWatchLocation}); a
 * team repository keeps them in its database.
 */
public interface WatchLocation extends AutoCloseable {

	/** @return the repository to evaluate and record into */
	WatchedRepository repository();

	/** @return a new sending lease of the repository; the watcher holding it closes it */
	SendingLease lease();

	/**
	 * @param status the status of the pass that just ended
	 * @throws IOException if it cannot be published; the previous status then stays
	 */
	void publish(WatcherStatus status) throws IOException;

	/**
	 * @return the status the last watcher of this repository published, or empty when none has run on it
	 * @throws IOException if it cannot be read; the message says where
	 */
	Optional<WatcherStatus> lastStatus() throws IOException;

	/** @return the repository in words, such as the file's path */
	String describe();

	/** Releases what the location holds open, such as a database connection; a file location holds nothing. */
	@Override
	default void close() {
	}
}
