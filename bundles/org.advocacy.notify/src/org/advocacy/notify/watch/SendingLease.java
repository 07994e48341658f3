// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;

/**
 * The right to send notifications for one repository. Only the watcher holding it sends; any other watcher of the
 * same repository stands by and takes over when the holder stops (its process ends and the lease is freed). The
 * file store implements it with a lock file ({@link FileSendingLease}); a team repository with a database lock.
 */
public interface SendingLease extends AutoCloseable {

	/**
	 * Takes the lease if it is free; keeps it if this lease already holds it.
	 *
	 * @return whether this lease holds it now
	 * @throws IOException if the lease cannot be checked
	 */
	boolean tryAcquire() throws IOException;

	/** @return whether this lease holds it */
	boolean isHeld();

	/** @return the lease in words, for the status, such as the lock file's path */
	String describe();

	/** Gives the lease up, if held. */
	@Override
	void close() throws IOException;
}
