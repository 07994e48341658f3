// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Instant;
import java.util.List;

/**
 * What a watcher did in its last pass, for the command line and the workbench: whether it is the one sending, what
 * it sent, what waits for another try and why, and what it could not send at all.
 *
 * @param repository    the repository watched
 * @param state         whether the watcher sends, stands by, or could not run
 * @param lastRunAt     when the last pass ran, or {@code null} before the first
 * @param summary       the last pass in one sentence
 * @param sentLastRun   notifications sent in the last pass
 * @param sentTotal     notifications sent since the watcher started
 * @param queue         notifications waiting for another try, with the reason of their last failure
 * @param problems      what went wrong in the last pass besides the queue (a record that could not be saved, a chat
 *                      message that failed)
 */
public record WatcherStatus(String repository, State state, Instant lastRunAt, String summary, int sentLastRun,
		long sentTotal, List<QueuedNotification> queue, List<String> problems) {

	/** Where a watcher stands. */
	public enum State {
		/** It has not run yet. */
		NOT_STARTED,
		/** It holds the sending lease and sends what is due. */
		SENDING,
		/** Another watcher holds the sending lease; this one sends nothing and takes over when it is freed. */
		STANDBY,
		/** Its last pass could not run (the repository or the settings cannot be used). */
		FAILED
	}

	public WatcherStatus {
		queue = List.copyOf(queue);
		problems = List.copyOf(problems);
	}

	/** @return the status of a watcher that has not run yet */
	public static WatcherStatus notStarted(String repository) {
		return new WatcherStatus(repository, State.NOT_STARTED, null, "The watcher has not run yet.", 0, 0, List.of(),
				List.of());
	}
}
