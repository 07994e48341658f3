// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One period of the customer-to-engagement ratio: the customers in the base and the engagements opened.
 *
 * @param start     the first day of the period
 * @param end       the first day after the period
 * @param customers the number of customers in the base who were customers at any time in the period
 * @param opened    the engagements opened in the period
 */
public record PeriodRatio(LocalDate start, LocalDate end, int customers, EngagementList opened) {

	/** @return the number of engagements opened in the period */
	public int engagements() {
		return opened.size();
	}

	/** @return customers per engagement opened; empty when no engagement was opened in the period */
	public OptionalDouble customersPerEngagement() {
		return opened.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) customers / opened.size());
	}
}
