// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EObject;

/**
 * The root-cause commitments of every management review, each with the engine's overdue verdict
 * ({@link OverdueCommitments}) and the engagements whose situation summaries hold the root causes it addresses,
 * plus the roll-up of recurring causes: per root-cause category, the commitments and the distinct customers.
 *
 * @param rows      one row per commitment, overdue first (most overdue first), then by promised date
 * @param recurring the roll-up by root-cause category, the most customers first
 */
public record CommitmentRows(List<Row> rows, List<RecurringCause> recurring) {

	/**
	 * One commitment.
	 *
	 * @param review      the review it was made in
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
	}

	/**
	 * Root causes of one category that commitments address.
	 *
	 * @param category    the category
	 * @param commitments how many commitments address causes of that category
	 * @param customers   how many distinct customers had such a cause
	 */
	public record RecurringCause(RootCauseCategory category, int commitments, int customers) {
	}

	/**
	 * @param repository the repository
	 * @param today      the day to judge overdue promises on
	 * @return the rows and the roll-up
	 */
	public static CommitmentRows of(AdvocacyRepository repository, LocalDate today) {
		Map<RootCauseCommitment, OverdueCommitment> overdue = new IdentityHashMap<>();
		for (OverdueCommitment late : OverdueCommitments.find(repository, today)) {
			overdue.put(late.commitment(), late);
		}
		List<Row> rows = new ArrayList<>();
		Map<RootCauseCategory, Integer> commitmentsPerCategory = new java.util.EnumMap<>(RootCauseCategory.class);
		Map<RootCauseCategory, Set<Customer>> customersPerCategory = new java.util.EnumMap<>(RootCauseCategory.class);
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				Set<Engagement> engagements = new LinkedHashSet<>();
				Set<RootCauseCategory> categories = new LinkedHashSet<>();
				for (RootCause cause : commitment.getRootCauses()) {
					Engagement engagement = engagementOf(cause);
					if (engagement != null) {
						engagements.add(engagement);
					}
					if (cause.getCategory() != null) {
						categories.add(cause.getCategory());
						if (engagement != null && engagement.getCustomer() != null) {
							customersPerCategory.computeIfAbsent(cause.getCategory(),
									c -> Collections.newSetFromMap(new IdentityHashMap<>()))
									.add(engagement.getCustomer());
						}
					}
				}
				categories.forEach(category -> commitmentsPerCategory.merge(category, 1, Integer::sum));
				rows.add(new Row(review, commitment, overdue.get(commitment), List.copyOf(engagements)));
			}
		}
		rows.sort(java.util.Comparator.comparing((Row row) -> !row.isOverdue())
				.thenComparing(row -> row.commitment().getPromisedUpdateOn(),
						java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		List<RecurringCause> recurring = new ArrayList<>();
		commitmentsPerCategory.forEach((category, count) -> recurring.add(new RecurringCause(category, count,
				customersPerCategory.getOrDefault(category, Set.of()).size())));
		recurring.sort(java.util.Comparator.comparingInt(RecurringCause::customers).reversed()
				.thenComparing(RecurringCause::category));
		return new CommitmentRows(List.copyOf(rows), List.copyOf(recurring));
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
