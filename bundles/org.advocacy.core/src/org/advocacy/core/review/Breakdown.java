// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The selected engagements split by one dimension: a bar per value that has engagements, the largest first (ties by
 * name). The counts of the bars add up to the number of selected engagements, and their money to the totals.
 *
 * @param dimension the dimension
 * @param groups    the bars, largest first
 */
public record Breakdown(Dimension dimension, List<BreakdownGroup> groups) {

	/** Takes an immutable copy of the bars. */
	public Breakdown {
		groups = List.copyOf(groups);
	}

	/**
	 * @param key a value of the dimension, or {@code null} for "not recorded"
	 * @return the bar of that value, empty if no selected engagement has it
	 */
	public Optional<BreakdownGroup> group(EObject key) {
		for (BreakdownGroup group : groups) {
			if (group.key() == key) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}
}
