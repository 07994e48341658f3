// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link DurationSummary} from a {@link Grouping} of engagements by band, where the bands of one summary
 * are consecutive groups starting at {@code firstGroup}.
 */
final class DurationStatistics {

	private static final DurationBand[] BANDS = DurationBand.values();

	private DurationStatistics() {
	}

	/** @return the group of an engagement: its band, after the open bands if it is closed */
	static int groupOf(boolean closed, long seconds) {
		return (closed ? BANDS.length : 0) + DurationBand.indexOf(seconds);
	}

	/** @return the number of groups {@link #groupOf} uses */
	static int groupCount() {
		return 2 * BANDS.length;
	}

	/** @return the summary of the open ({@code closed == false}) or closed engagements */
	static DurationSummary summarize(Grouping grouping, long[] durationSeconds, boolean closed) {
		int first = closed ? BANDS.length : 0;
		int last = first + BANDS.length - 1;
		List<DurationBucket> buckets = new ArrayList<>(BANDS.length);
		for (DurationBand band : BANDS) {
			int group = first + band.ordinal();
			buckets.add(new DurationBucket(band, grouping.engagements(group, group)));
		}
		long[] sorted = grouping.values(durationSeconds, first, last);
		int n = sorted.length;
		if (n == 0) {
			return new DurationSummary(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, buckets);
		}
		Arrays.sort(sorted);
		long sum = 0;
		for (long seconds : sorted) {
			sum += seconds;
		}
		Duration median = n % 2 == 1 ? Duration.ofSeconds(sorted[n / 2])
				: Duration.ofSeconds(sorted[n / 2 - 1]).plusSeconds(sorted[n / 2]).dividedBy(2);
		int p90 = (int) ((9L * n + 9) / 10) - 1;
		return new DurationSummary(n, Duration.ofSeconds(sum).dividedBy(n), median, Duration.ofSeconds(sorted[p90]),
				Duration.ofSeconds(sorted[n - 1]), buckets);
	}
}
