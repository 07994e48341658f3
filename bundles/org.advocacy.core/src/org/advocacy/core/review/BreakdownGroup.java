// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * One bar of a breakdown: the engagements with one value of a dimension (e.g. the "Strategic" segment), their
 * count (metrics 2 and 4) and their effort and expenses in money (metric 5).
 *
 * @param key         the value of the dimension, or {@code null} for engagements where it was not recorded
 * @param label       the value's name, or {@link Dimension#NOT_RECORDED}
 * @param engagements the engagements behind the bar
 * @param effort      the level of effort, hours × hourly rate, with two decimals
 * @param expenses    the expenses, with two decimals
 */
public record BreakdownGroup(EObject key, String label, EngagementList engagements, BigDecimal effort,
		BigDecimal expenses) {

	/** @return the number of engagements */
	public int count() {
		return engagements.size();
	}

	/** @return the cost to the business: effort plus expenses */
	public BigDecimal total() {
		return effort.add(expenses);
	}
}
