// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import java.util.List;

import org.advocacy.core.merge.MergingSaver;

/**
 * What pushing an outbox to its repository did: which changes were saved (and left the outbox), which conflict
 * with what others saved meanwhile and wait for the user's decision, which the repository refused, and whether the
 * repository was still out of reach (the rest then waits for the next attempt).
 *
 * @param saved       the changes saved, merged with others' changes where needed
 * @param unresolved  the changes whose merge needs the user's decision; still in the outbox
 * @param refused     the changes the repository refused (e.g. the user's role may not change them); still in the
 *                    outbox
 * @param unreachable whether the repository could not be reached, so that some changes were not tried
 */
public record Replay(List<PendingChange> saved, List<Unresolved> unresolved, List<Refused> refused,
		boolean unreachable) {

	/**
	 * A change whose merge has conflicts. Decide them (e.g. with the merge dialog), then
	 * {@link Outbox#complete(Unresolved, org.advocacy.core.repository.RepositoryModel, MergingSaver)}.
	 *
	 * @param change   the pending change
	 * @param decision the merge to decide, on the model the outbox was replayed into
	 */
	public record Unresolved(PendingChange change, MergingSaver.Outcome.NeedsDecision decision) {
	}

	/**
	 * A change the repository refused.
	 *
	 * @param change  the pending change
	 * @param problem why, as the repository said
	 */
	public record Refused(PendingChange change, String problem) {
	}

	/** Takes unmodifiable copies. */
	public Replay {
		saved = List.copyOf(saved);
		unresolved = List.copyOf(unresolved);
		refused = List.copyOf(refused);
	}
}
