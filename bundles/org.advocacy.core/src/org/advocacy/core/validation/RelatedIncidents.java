// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__RELATED_ENGAGEMENTS;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.repository.CaseNumbers;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;

/**
 * A similar but separate incident becomes a new engagement linked to the earlier one, never a re-opened one — the
 * whitepaper's rule against open-ended engagements. This class prepares that new engagement; the caller adds it
 * with one command.
 */
public final class RelatedIncidents {

	private RelatedIncidents() {
	}

	/**
	 * The new engagement and the changes that put it into the repository.
	 *
	 * @param engagement the new engagement: requested now, for the same customer, already linked to the earlier one
	 * @param changes    adding it to the repository and linking the earlier engagement back to it
	 */
	public record SpinOff(Engagement engagement, List<ModelChange> changes) {

		/** Copies the changes so the spin-off cannot change afterwards. */
		public SpinOff {
			Objects.requireNonNull(engagement, "engagement");
			changes = List.copyOf(changes);
		}
	}

	/**
	 * Prepares a new engagement for a similar but separate incident: the next free case number, the same customer,
	 * advocate, reason, urgency, business unit and product line, state requested, opened {@code now}, and related
	 * engagements both ways. Nothing in the repository changes until the caller applies {@link SpinOff#changes()}.
	 *
	 * @param earlier an engagement of a repository, in any state
	 * @param now     when the new engagement is opened
	 * @return the new engagement and the changes to apply
	 * @throws IllegalArgumentException if {@code earlier} is not in a repository
	 */
	public static SpinOff spinOff(Engagement earlier, Instant now) {
		Objects.requireNonNull(now, "now");
		if (!(earlier.eContainer() instanceof AdvocacyRepository repository)) {
			throw new IllegalArgumentException(Names.engagement(earlier) + " is not part of a repository.");
		}
		Engagement related = AdvocacyFactory.eINSTANCE.createEngagement();
		related.setKey(nextKey(repository));
		related.setTitle(title(earlier));
		related.setCustomer(earlier.getCustomer());
		related.setAdvocate(earlier.getAdvocate());
		related.setReason(earlier.getReason());
		related.setUrgency(earlier.getUrgency());
		related.setBusinessUnit(earlier.getBusinessUnit());
		related.setProductLine(earlier.getProductLine());
		related.setState(EngagementState.REQUESTED);
		related.setOpenedAt(now);
		related.getRelatedEngagements().add(earlier);
		return new SpinOff(related, List.of(ModelChange.add(repository, ADVOCACY_REPOSITORY__ENGAGEMENTS, related),
				ModelChange.add(earlier, ENGAGEMENT__RELATED_ENGAGEMENTS, related)));
	}

	/** @return "Similar to ADV-0042: Payroll outage", for the advocate to refine */
	private static String title(Engagement earlier) {
		String title = earlier.getTitle();
		if (earlier.getKey() == null) {
			return title;
		}
		return "Similar to " + earlier.getKey() + (title == null ? "" : ": " + title);
	}

	/**
	 * @param repository a repository
	 * @return the case number after the highest "ADV-nnnn" in the repository, with at least four digits
	 *         ("ADV-0001" for an empty one); numbers are never reused, even when an engagement was deleted
	 */
	public static String nextKey(AdvocacyRepository repository) {
		return CaseNumbers.afterHighest(repository);
	}
}
