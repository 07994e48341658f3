// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;

import org.advocacy.model.Engagement;

/**
 * The cost of one engagement (metric 5), in money with two decimals.
 *
 * @param engagement the engagement
 * @param effort     its level of effort: the sum of hours × hourly rate, rounded half-even to the cent
 * @param expenses   the sum of its expenses, rounded half-even to the cent
 */
public record EngagementCost(Engagement engagement, BigDecimal effort, BigDecimal expenses) {

	/** @return effort plus expenses */
	public BigDecimal total() {
		return effort.add(expenses);
	}
}
