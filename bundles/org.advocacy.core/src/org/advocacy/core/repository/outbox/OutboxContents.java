// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What an outbox holds: the changes waiting, oldest first, and the files in it that could not be read (left in
 * place for someone to look at, never deleted).
 *
 * @param changes    the changes waiting
 * @param unreadable the files that could not be read, with the reason
 */
public record OutboxContents(List<PendingChange> changes, List<UnreadableFile> unreadable) {

	/**
	 * A file in the outbox that is not a readable pending change.
	 *
	 * @param file    the file
	 * @param problem what is wrong with it
	 */
	public record UnreadableFile(Path file, String problem) {
		/** @return "file: problem", for a message */
		public String describe() {
			return "The outbox file " + file + " cannot be read: " + problem;
		}
	}

	/** Takes unmodifiable copies. */
	public OutboxContents {
		changes = List.copyOf(changes);
		unreadable = List.copyOf(unreadable);
	}

	/** @return whether nothing waits and nothing is unreadable */
	public boolean isEmpty() {
		return changes.isEmpty() && unreadable.isEmpty();
	}
}
