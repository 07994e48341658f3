// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.util.function.Consumer;

import org.advocacy.model.AdvocacyRepository;

/**
 * The repository a watcher evaluates and records into. The file store implements it with
 * {@link FileWatchedRepository}; a team repository implements it on its own store, recording each delivery in a
 * transaction of its own.
 */
public interface WatchedRepository {

	/**
	 * @return the repository as it is now, to evaluate
	 * @throws IOException if it cannot be read; the message names the repository and the problem
	 */
	AdvocacyRepository snapshot() throws IOException;

	/**
	 * Records a delivered notification durably before returning: applies the update to the repository as it is now
	 * (re-reading it when someone else changed it since the snapshot) and saves it.
	 *
	 * @param change the change to record, applied to the repository as it is now
	 * @throws IOException if the repository cannot be read or saved; nothing was recorded then
	 */
	void record(Consumer<AdvocacyRepository> change) throws IOException;

	/** @return the repository in words, for the status, such as the file's path */
	String describe();
}
