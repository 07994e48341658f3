// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.util.List;

import org.advocacy.model.Engagement;

/**
 * What one metrics chart shows, taken from the engine's {@link org.advocacy.core.review.ReviewMetrics} without
 * computing anything: a title, the category of each bar and one or more series of values. Every bar keeps the
 * engagements behind it for click-through. Pure data, no SWT, so tests compare it with the engine directly.
 *
 * @param title      the chart's title
 * @param valueTitle what the values measure, for the value axis (e.g. "Engagements")
 * @param categories the label of each bar position
 * @param series     the series, each with one value per category
 * @param stacked    whether the series are stacked on each other (parts of one whole) rather than side by side
 */
public record BarChartData(String title, String valueTitle, List<String> categories, List<Series> series,
		boolean stacked) {

	/** Takes immutable copies and checks every series has one value per category. */
	public BarChartData {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (Series one : series) {
			if (one.values().length != categories.size()) {
				throw new IllegalArgumentException(one.name() + " has " + one.values().length + " values for "
						+ categories.size() + " categories");
			}
		}
	}

	/**
	 * One series of bars.
	 *
	 * @param name        the series' name in the legend
	 * @param values      one value per category
	 * @param engagements the engagements behind each bar, one list per category
	 */
	public record Series(String name, double[] values, List<List<Engagement>> engagements) {

		/** Takes an immutable copy of the engagement lists. */
		public Series {
			values = values.clone();
			engagements = List.copyOf(engagements);
		}
	}
}
