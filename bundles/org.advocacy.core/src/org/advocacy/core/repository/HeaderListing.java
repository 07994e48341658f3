// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.List;
import java.util.Set;

/**
 * Headers of a repository: all of them, or what changed since a watermark.
 *
 * @param watermark          where to continue from next time
 * @param complete           {@code true} when this is the whole repository (the reader replaces what it has);
 *                           {@code false} for a delta (the reader updates and removes)
 * @param engagements        the engagements (all, or those added or changed since the watermark)
 * @param customers          the customers (all, or those added or changed since the watermark)
 * @param removedEngagements UUIDs of engagements deleted since the watermark (empty when complete)
 * @param removedCustomers   UUIDs of customers deleted since the watermark (empty when complete)
 */
public record HeaderListing(Watermark watermark, boolean complete, List<EngagementHeader> engagements,
		List<CustomerHeader> customers, Set<String> removedEngagements, Set<String> removedCustomers) {

	/** Takes unmodifiable copies. */
	public HeaderListing {
		engagements = List.copyOf(engagements);
		customers = List.copyOf(customers);
		removedEngagements = Set.copyOf(removedEngagements);
		removedCustomers = Set.copyOf(removedCustomers);
	}

	/** @return whether nothing changed (a delta without changes) */
	public boolean isEmpty() {
		return !complete && engagements.isEmpty() && customers.isEmpty() && removedEngagements.isEmpty()
				&& removedCustomers.isEmpty();
	}
}
