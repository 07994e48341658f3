// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.SituationSummary;

/**
 * The roll-up of recurring root causes for the management review: every root cause recorded in any engagement's
 * situation summary (draft or reviewed, open or closed engagement), grouped by category, with how many engagements
 * and how many distinct customers had a cause of that category and how many of those causes management has
 * committed to fix. A category that hits many customers and has few commitments is what the review should ask
 * about (whitepaper: findings are recorded "in a form that allows roll-up analysis"). Pure data, built once per
 * snapshot of the model.
 *
 * @param categories the categories that have causes: the most customers first, then the most engagements, then
 *                   the most causes
 */
public record RecurringCauses(List<Category> categories) {

	private static final Comparator<Category> MOST_WIDESPREAD_FIRST = Comparator
			.comparingInt(Category::customers).reversed()
			.thenComparing(Comparator.comparingInt(Category::engagements).reversed())
			.thenComparing(Comparator.comparingInt((Category category) -> category.causes().size()).reversed())
			.thenComparing(Category::category);

	/**
	 * One root cause as recorded in one engagement.
	 *
	 * @param cause       the root cause
	 * @param engagement  the engagement whose situation summary records it
	 * @param commitments the management commitments that address it, in the order of the reviews; empty when none
	 */
	public record Cause(RootCause cause, Engagement engagement, List<RootCauseCommitment> commitments) {

		/** Takes an immutable copy of the commitments. */
		public Cause {
			commitments = List.copyOf(commitments);
		}

		/** @return whether management committed to fixing it */
		public boolean isCommitted() {
			return !commitments.isEmpty();
		}
	}

	/**
	 * The causes of one category.
	 *
	 * @param category    the category
	 * @param causes      the causes, by engagement case number
	 * @param engagements how many distinct engagements recorded a cause of the category
	 * @param customers   how many distinct customers those engagements are for
	 * @param committed   how many of the causes have a commitment
	 */
	public record Category(RootCauseCategory category, List<Cause> causes, int engagements, int customers,
			int committed) {

		/** Takes an immutable copy of the causes. */
		public Category {
			causes = List.copyOf(causes);
		}

		/** @return the category's name */
		public String label() {
			return category.getLiteral();
		}
	}

	/** Takes an immutable copy of the categories. */
	public RecurringCauses {
		categories = List.copyOf(categories);
	}

	/**
	 * @param repository the repository
	 * @return every root cause of every engagement, by category
	 */
	public static RecurringCauses of(AdvocacyRepository repository) {
		Map<RootCause, List<RootCauseCommitment>> commitmentsOf = new IdentityHashMap<>();
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				for (RootCause cause : commitment.getRootCauses()) {
					commitmentsOf.computeIfAbsent(cause, c -> new ArrayList<>()).add(commitment);
				}
			}
		}
		Map<RootCauseCategory, List<Cause>> byCategory = new EnumMap<>(RootCauseCategory.class);
		List<Engagement> engagements = new ArrayList<>(repository.getEngagements());
		engagements.sort(Comparator.comparing(Engagement::getKey, Comparator.nullsLast(Comparator.naturalOrder())));
		for (Engagement engagement : engagements) {
			SituationSummary summary = engagement.getSituationSummary();
			if (summary != null) {
				for (RootCause cause : summary.getRootCauses()) {
					byCategory.computeIfAbsent(cause.getCategory(), category -> new ArrayList<>())
							.add(new Cause(cause, engagement, commitmentsOf.getOrDefault(cause, List.of())));
				}
			}
		}
		List<Category> categories = new ArrayList<>();
		byCategory.forEach((category, causes) -> categories.add(category(category, causes)));
		categories.sort(MOST_WIDESPREAD_FIRST);
		return new RecurringCauses(categories);
	}

	private static Category category(RootCauseCategory category, List<Cause> causes) {
		Set<Engagement> engagements = identitySet();
		Set<Customer> customers = identitySet();
		int committed = 0;
		for (Cause cause : causes) {
			engagements.add(cause.engagement());
			if (cause.engagement().getCustomer() != null) {
				customers.add(cause.engagement().getCustomer());
			}
			if (cause.isCommitted()) {
				committed++;
			}
		}
		return new Category(category, causes, engagements.size(), customers.size(), committed);
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}

	/** @return the number of root causes recorded */
	public int causeCount() {
		return categories.stream().mapToInt(category -> category.causes().size()).sum();
	}
}
