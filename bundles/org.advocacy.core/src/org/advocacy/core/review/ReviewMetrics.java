// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The five metrics of the management review for the engagements a filter selects, as computed by
 * {@link ReviewMetricsCalculator}. Every bar keeps its engagements for click-through.
 *
 * @param now           the instant the metrics were computed for
 * @param zone          the zone of days and periods
 * @param filter        the filter that selected the engagements
 * @param engagements   the selected engagements
 * @param customerRatio metric 1: customers per engagement over time
 * @param durations     metric 3: duration of open and closed engagements
 * @param breakdowns    metrics 2, 4 and 5: the engagements and their cost by each {@link Dimension}
 * @param costs         metric 5: effort and expenses per engagement and in total
 */
public record ReviewMetrics(Instant now, ZoneId zone, MetricsFilter filter, EngagementList engagements,
		CustomerRatio customerRatio, DurationMetrics durations, Map<Dimension, Breakdown> breakdowns,
		CostSummary costs) {

	/** Takes an unmodifiable copy of the breakdowns. */
	public ReviewMetrics {
		breakdowns = Collections.unmodifiableMap(new EnumMap<>(breakdowns));
	}

	/** @return the number of selected engagements */
	public int engagementCount() {
		return engagements.size();
	}

	/**
	 * @param dimension a dimension
	 * @return the engagements and their cost by that dimension: metric 2 for {@link Dimension#REASON}, metrics 4
	 *         and 5 for segment, business unit and product line
	 */
	public Breakdown breakdown(Dimension dimension) {
		return breakdowns.get(dimension);
	}
}
