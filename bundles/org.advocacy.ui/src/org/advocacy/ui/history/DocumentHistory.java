// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.util.List;

import org.advocacy.core.repository.HistoryEntry;

/**
 * What the History view shows of one document, read in the background: its versions, newest first, and the
 * ladder attempts of its escalations as the newest version has them; or why there is nothing to show.
 *
 * @param versions the saved versions, newest first
 * @param trail    the ladder attempts, in the order they were made
 * @param problem  why the history cannot be shown (the store keeps none, the server cannot be reached), or
 *                 {@code null}
 */
record DocumentHistory(List<HistoryEntry> versions, List<TrailEntry> trail, String problem) {

	DocumentHistory {
		versions = List.copyOf(versions);
		trail = List.copyOf(trail);
	}

	static DocumentHistory unavailable(String problem) {
		return new DocumentHistory(List.of(), List.of(), problem);
	}
}
