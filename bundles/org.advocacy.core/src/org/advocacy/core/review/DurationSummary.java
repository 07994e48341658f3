// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.util.List;

/**
 * Summary statistics and distribution of the durations of a set of engagements (metric 3), to the second.
 * <p>
 * The median of an even count is the mean of the two middle durations; the 90th percentile is the nearest-rank
 * one (the smallest duration that at least 90% of the engagements do not exceed). With no engagements every
 * statistic is zero.
 *
 * @param count   the number of engagements
 * @param mean    the mean duration
 * @param median  the median duration
 * @param p90     the 90th percentile
 * @param max     the longest duration
 * @param buckets one bar per {@link DurationBand}, in band order, empty bars included
 */
public record DurationSummary(int count, Duration mean, Duration median, Duration p90, Duration max,
		List<DurationBucket> buckets) {

	/** Takes an immutable copy of the bars. */
	public DurationSummary {
		buckets = List.copyOf(buckets);
	}

	/** @return the bar of a band */
	public DurationBucket bucket(DurationBand band) {
		return buckets.get(band.ordinal());
	}
}
