// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EObject;

/**
 * The root-cause commitments of every management review (including those asked for the next one, the
 * {@link AgendaDraft}), each with the engine's overdue verdict ({@link OverdueCommitments}) and the engagements whose
 * situation summaries hold the root causes it addresses. The roll-up of recurring causes is {@link RecurringCauses}.
 *
 * @param rows one row per commitment, overdue first (most overdue first), then by promised date
 */
public record CommitmentRows(List<Row> rows) {

	/**
	 * One commitment.
	 *
	 * @param review      the review it was made in, or the draft of the next review it was asked for
	 * @param commitment  the commitment
	 * @param overdue     the engine's verdict when it is overdue, else {@code null}
	 * @param engagements the engagements whose root causes it addresses
	 */
	public record Row(ManagementReview review, RootCauseCommitment commitment, OverdueCommitment overdue,
			List<Engagement> engagements) {

		/** @return whether the promised update is overdue */
		public boolean isOverdue() {
			return overdue != null;
		}

		/** @return whether it was asked for the next review, which has not been held yet */
		public boolean isForNextReview() {
			return AgendaDraft.isDraft(review);
		}
	}

	/** Takes an immutable copy of the rows. */
	public CommitmentRows {
		rows = List.copyOf(rows);
	}

	/**
	 * @param repository the repository
	 * @param today      the day to judge overdue promises on
	 * @return the rows
	 */
	public static CommitmentRows of(AdvocacyRepository repository, LocalDate today) {
		Map<RootCauseCommitment, OverdueCommitment> overdue = new IdentityHashMap<>();
		for (OverdueCommitment late : OverdueCommitments.find(repository, today)) {
			overdue.put(late.commitment(), late);
		}
		List<Row> rows = new ArrayList<>();
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				Set<Engagement> engagements = new LinkedHashSet<>();
				for (RootCause cause : commitment.getRootCauses()) {
					Engagement engagement = engagementOf(cause);
					if (engagement != null) {
						engagements.add(engagement);
					}
				}
				rows.add(new Row(review, commitment, overdue.get(commitment), List.copyOf(engagements)));
			}
		}
		rows.sort(Comparator.comparing((Row row) -> !row.isOverdue()).thenComparing(
				row -> row.commitment().getPromisedUpdateOn(), Comparator.nullsLast(Comparator.naturalOrder())));
		return new CommitmentRows(rows);
	}

	/**
	 * @param engagement an engagement
	 * @return the rows of the commitments that address a root cause of that engagement, in the same order
	 */
	public List<Row> of(Engagement engagement) {
		return rows.stream().filter(row -> row.engagements().contains(engagement)).toList();
	}

	private static Engagement engagementOf(EObject object) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (container instanceof Engagement engagement) {
				return engagement;
			}
		}
		return null;
	}
}
