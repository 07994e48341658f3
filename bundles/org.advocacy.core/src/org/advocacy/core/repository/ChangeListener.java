// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * Receives a repository's change feed (see {@link Repository#subscribe}). Called on a thread of the store, never
 * on a UI thread, one call at a time and in order; implementations hand work to their own thread and return
 * quickly.
 */
public interface ChangeListener {

	/**
	 * Documents changed (saved by anyone, this session included).
	 *
	 * @param batch the changes and the watermark after them
	 */
	void changed(ChangeBatch batch);

	/**
	 * The store lost or regained its connection. After a reconnection the store catches up from the last
	 * watermark delivered before calling {@link #changed} again, so nothing is missed.
	 *
	 * @param connected whether the feed is connected now
	 * @param detail    why, in words for a status line (e.g. "server restarted; reconnecting in 2 s")
	 */
	default void connectionChanged(boolean connected, String detail) {
	}
}
