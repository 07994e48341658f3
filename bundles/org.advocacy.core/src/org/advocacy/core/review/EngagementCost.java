// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;

import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.model.Engagement;

/**
 * The cost of one engagement (metric 5), in money with two decimals.
 *
 * @param engagement the engagement, when the metrics were computed from a model; else {@code null}
 * @param header     the engagement's header, when the metrics were computed from headers; else {@code null}
 * @param effort     its level of effort: the sum of hours × hourly rate, rounded half-even to the cent
 * @param expenses   the sum of its expenses, rounded half-even to the cent
 */
public record EngagementCost(Engagement engagement, EngagementHeader header, BigDecimal effort, BigDecimal expenses) {

	/**
	 * The cost of an engagement of a model.
	 *
	 * @param engagement the engagement
	 * @param effort     its level of effort
	 * @param expenses   its expenses
	 */
	public EngagementCost(Engagement engagement, BigDecimal effort, BigDecimal expenses) {
		this(engagement, null, effort, expenses);
	}

	/** @return the engagement's case number, from the engagement or its header */
	public String key() {
		return engagement != null ? engagement.getKey() : header.key();
	}

	/** @return effort plus expenses */
	public BigDecimal total() {
		return effort.add(expenses);
	}
}
