// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.Engagement;
import org.eclipse.emf.ecore.EObject;

/**
 * What needs the advocates now, found headers first: escalation steps due or exhausted and ladders nearing their
 * timeout, customer updates overdue and held drafts ready, root-cause commitments overdue. Only the engagements
 * whose header says a ladder awaits an answer, or an update or a draft is due, are loaded and evaluated by the
 * escalation engine (a team repository loads a handful of bodies instead of all; a file is parsed once either way),
 * so the result is the engine's own.
 *
 * @param ladders     the ladders due, exhausted or past a warning threshold, soonest due first
 * @param updates     the customer updates overdue or with a held draft ready, most overdue first
 * @param commitments the overdue root-cause commitments, most overdue first
 */
public record DueWork(List<LadderStatus> ladders, List<UpdateStatus> updates, List<OverdueCommitment> commitments) {

	/** Takes unmodifiable copies. */
	public DueWork {
		ladders = List.copyOf(ladders);
		updates = List.copyOf(updates);
		commitments = List.copyOf(commitments);
	}

	/**
	 * @param repository an open repository
	 * @param now        the instant to decide for
	 * @return what is due at {@code now}
	 * @throws RepositoryException      when the repository cannot be read
	 * @throws IllegalArgumentException if a business calendar to use has no time zone or no working weekday
	 */
	public static DueWork find(Repository repository, Instant now) throws RepositoryException {
		HeaderListing headers = repository.listHeaders(Watermark.BEGINNING);
		RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
		List<Engagement> candidates = new ArrayList<>();
		for (EngagementHeader header : headers.engagements()) {
			if (mayNeedAttention(header, now)) {
				candidates.add((Engagement) loaded(repository, model, header.documentId()));
			}
		}
		repository.loadAll(model, DocumentKind.REVIEW);
		List<LadderStatus> ladders = new EscalationLadder().activeLadders(candidates, now).stream()
				.filter(status -> status.isDue() || status.isWarning()).toList();
		return new DueWork(ladders, new CustomerUpdates().needingAttention(candidates, now),
				OverdueCommitments.find(model.root(), now));
	}

	/** @return whether the header says a ladder awaits an answer, or an update or a held draft is due */
	private static boolean mayNeedAttention(EngagementHeader header, Instant now) {
		return !header.isClosed() && (header.activeLadders() > 0 || header.isDue(now));
	}

	private static EObject loaded(Repository repository, RepositoryModel model, DocumentId id)
			throws RepositoryException {
		Optional<EObject> present = model.document(id);
		return present.isPresent() ? present.get() : repository.load(model, id);
	}
}
