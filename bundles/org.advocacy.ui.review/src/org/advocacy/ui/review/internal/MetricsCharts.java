// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.core.review.Breakdown;
import org.advocacy.core.review.BreakdownGroup;
import org.advocacy.core.review.CustomerRatio;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.DurationBucket;
import org.advocacy.core.review.DurationMetrics;
import org.advocacy.core.review.Money;
import org.advocacy.core.review.PeriodLength;
import org.advocacy.core.review.PeriodRatio;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.model.Engagement;
import org.advocacy.ui.review.internal.BarChartData.Series;

/**
 * Turns the engine's five metrics into chart data, one {@link BarChartData} per chart. Only reads what
 * {@link org.advocacy.core.review.ReviewMetricsCalculator} computed; the bars keep the engine's engagement lists.
 */
public final class MetricsCharts {

	private static final DateTimeFormatter WEEK_START = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private MetricsCharts() {
	}

	/**
	 * All five charts in the order the Review Metrics view and the review pack show them: the customer ratio,
	 * reasons, durations, the breakdown and the cost.
	 *
	 * @param metrics the metrics
	 * @param rollUp  the dimension of the breakdown and the cost
	 * @return the five charts
	 */
	public static List<BarChartData> all(ReviewMetrics metrics, Dimension rollUp) {
		return List.of(customerRatio(metrics), byReason(metrics), durations(metrics), byDimension(metrics, rollUp),
				cost(metrics, rollUp));
	}

	/**
	 * @param index the position of a chart in {@link #all}
	 * @return whether its bars run left to right (categories) rather than upwards over time (the customer ratio)
	 */
	public static boolean isHorizontal(int index) {
		return index > 0;
	}

	/**
	 * Metric 1: customers per engagement opened, per period. A period without openings shows no bar.
	 *
	 * @param metrics the metrics
	 * @return the chart
	 */
	public static BarChartData customerRatio(ReviewMetrics metrics) {
		CustomerRatio ratio = metrics.customerRatio();
		List<String> categories = new ArrayList<>();
		double[] values = new double[ratio.periods().size()];
		List<List<Engagement>> engagements = new ArrayList<>();
		int i = 0;
		for (PeriodRatio period : ratio.periods()) {
			categories.add(periodLabel(ratio.length(), period));
			values[i++] = period.customersPerEngagement().orElse(0);
			engagements.add(period.opened());
		}
		return new BarChartData("Customers per engagement (base " + ratio.customers() + ")",
				"Customers per engagement", categories,
				List.of(new Series("Customers per engagement opened", values, engagements)), false);
	}

	/**
	 * Metric 2: engagements by reason for engagement.
	 *
	 * @param metrics the metrics
	 * @return the chart
	 */
	public static BarChartData byReason(ReviewMetrics metrics) {
		return counts("Engagements by reason", metrics.breakdown(Dimension.REASON));
	}

	/**
	 * Metric 3: the distribution of durations, open and closed side by side.
	 *
	 * @param metrics the metrics
	 * @return the chart
	 */
	public static BarChartData durations(ReviewMetrics metrics) {
		DurationMetrics durations = metrics.durations();
		List<String> categories = durations.open().buckets().stream().map(bucket -> bucket.band().label()).toList();
		return new BarChartData("Duration, open and closed", "Engagements", categories,
				List.of(durationSeries("Open (" + durations.open().count() + ")", durations.open().buckets()),
						durationSeries("Closed (" + durations.closed().count() + ")", durations.closed().buckets())),
				false);
	}

	/**
	 * Metric 4: engagements by customer segment, business unit or product line.
	 *
	 * @param metrics   the metrics
	 * @param dimension the dimension to break down by
	 * @return the chart
	 */
	public static BarChartData byDimension(ReviewMetrics metrics, Dimension dimension) {
		return counts("Engagements by " + lower(dimension).replace("customer ", ""), metrics.breakdown(dimension));
	}

	/**
	 * Metric 5: effort and expenses rolled up by a dimension, stacked into the cost to the business.
	 *
	 * @param metrics   the metrics
	 * @param dimension the dimension to roll up by
	 * @return the chart
	 */
	public static BarChartData cost(ReviewMetrics metrics, Dimension dimension) {
		List<BreakdownGroup> groups = metrics.breakdown(dimension).groups();
		double[] effort = new double[groups.size()];
		double[] expenses = new double[groups.size()];
		List<List<Engagement>> engagements = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			effort[i] = groups.get(i).effort().doubleValue();
			expenses[i] = groups.get(i).expenses().doubleValue();
			engagements.add(groups.get(i).engagements());
		}
		List<String> categories = groups.stream().map(BreakdownGroup::label).toList();
		return new BarChartData("Cost by " + lower(dimension).replace("customer ", "") + " (total "
				+ Money.format(metrics.costs().total()) + ")", "Cost", categories,
				List.of(new Series("Effort", effort, engagements), new Series("Expenses", expenses, engagements)),
				true);
	}

	private static BarChartData counts(String title, Breakdown breakdown) {
		List<BreakdownGroup> groups = breakdown.groups();
		double[] values = new double[groups.size()];
		List<List<Engagement>> engagements = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			values[i] = groups.get(i).count();
			engagements.add(groups.get(i).engagements());
		}
		return new BarChartData(title, "Engagements", groups.stream().map(BreakdownGroup::label).toList(),
				List.of(new Series("Engagements", values, engagements)), false);
	}

	private static Series durationSeries(String name, List<DurationBucket> buckets) {
		double[] values = new double[buckets.size()];
		List<List<Engagement>> engagements = new ArrayList<>();
		for (int i = 0; i < buckets.size(); i++) {
			values[i] = buckets.get(i).count();
			engagements.add(buckets.get(i).engagements());
		}
		return new Series(name, values, engagements);
	}

	private static String periodLabel(PeriodLength length, PeriodRatio period) {
		return switch (length) {
		case WEEK -> WEEK_START.format(period.start());
		case MONTH -> period.start().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " '"
				+ String.format(Locale.ROOT, "%02d", period.start().getYear() % 100);
		};
	}

	private static String lower(Dimension dimension) {
		return dimension.label().toLowerCase(Locale.ROOT);
	}
}
