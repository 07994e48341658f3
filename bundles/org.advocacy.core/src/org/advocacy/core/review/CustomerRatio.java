// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.List;

/**
 * The ratio of customers to engagements over time (metric 1): per week or month, the customers in the base against
 * the engagements opened. The whitepaper expects increasingly fewer engagements as the customer base grows, so
 * customers per engagement should rise from period to period.
 * <p>
 * The base counts the customers that match the filter's segments, business units (of the account) and product
 * lines (bought); the reason filter does not apply to customers. Each period counts the customers who were customers
 * at any time in it, from their "customer since" day to their "customer until" day, so a growing or shrinking base
 * shows: a customer who joins or leaves in the middle of a period counts in it (it could have asked for an advocate
 * then), one without a recorded "since" day counts from the first period, one still a customer to the last.
 *
 * @param length    the length of the periods
 * @param customers the number of customers in the base of the last period
 * @param periods   the periods from the first to the last, without gaps
 */
public record CustomerRatio(PeriodLength length, int customers, List<PeriodRatio> periods) {

	/** Takes an immutable copy of the periods. */
	public CustomerRatio {
		periods = List.copyOf(periods);
	}
}
