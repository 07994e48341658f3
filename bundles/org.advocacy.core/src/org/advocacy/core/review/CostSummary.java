// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The level of effort and the expenses (metric 5) of the selected engagements: per engagement and in total, in
 * money with two decimals. Totals are the exact sums of the per-engagement amounts, so they always add up; the
 * roll-ups by segment, business unit and product line are in the {@link Breakdown}s.
 *
 * @param effort        the total level of effort
 * @param expenses      the total expenses
 * @param perEngagement the cost of each selected engagement, in selection order
 */
public record CostSummary(BigDecimal effort, BigDecimal expenses, List<EngagementCost> perEngagement) {

	/** @return the total cost to the business: effort plus expenses */
	public BigDecimal total() {
		return effort.add(expenses);
	}
}
