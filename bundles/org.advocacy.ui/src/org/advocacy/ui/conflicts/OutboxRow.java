// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.conflicts;

import java.time.Instant;

import org.advocacy.core.repository.outbox.OutboxContents;
import org.advocacy.core.repository.outbox.PendingChange;
import org.advocacy.core.repository.outbox.Replay;

/**
 * One line of the Conflicts view: a change that conflicts and waits for the user's decision, a change waiting to
 * be sent, or an outbox file that cannot be read.
 *
 * @param document   what the user calls the document (the file name for an unreadable file)
 * @param since      when the change was put into the outbox, or {@code null}
 * @param status     why it waits, in words
 * @param unresolved the merge to decide, or {@code null} when there is nothing to decide
 */
record OutboxRow(String document, Instant since, String status, Replay.Unresolved unresolved) {

	static OutboxRow conflicting(Replay.Unresolved unresolved) {
		var conflict = unresolved.decision().conflict();
		String who = conflict.changedBy() == null ? "someone else" : conflict.changedBy();
		int count = unresolved.decision().merge().conflicts().size();
		return new OutboxRow(unresolved.change().label(), unresolved.change().queuedAt(),
				(count == 1 ? "1 conflict" : count + " conflicts") + " with what " + who
						+ (conflict.deleted() ? " deleted" : " saved") + " meanwhile: decide to save it",
				unresolved);
	}

	static OutboxRow waiting(PendingChange change) {
		return new OutboxRow(change.label(), change.queuedAt(), "Waiting to be saved: " + change.reason(), null);
	}

	static OutboxRow unreadable(OutboxContents.UnreadableFile file) {
		return new OutboxRow(file.file().getFileName().toString(), null,
				"Cannot be read, left in " + file.file().getParent() + ": " + file.problem(), null);
	}
}
