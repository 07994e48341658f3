// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.review.Breakdown;
import org.advocacy.core.review.BreakdownGroup;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.DurationSummary;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.PeriodLength;
import org.advocacy.core.review.PeriodRatio;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewKeys;
import org.advocacy.core.review.ReviewMetricsCalculator;

/**
 * {@code metrics <repository> [--from D] [--to D] [--period week|month] [--now T]}: the five metrics of the
 * management review — customers per engagement over time, engagements by reason, duration, engagements by segment,
 * business unit and product line, and effort and expenses rolled up by the same dimensions — from engagement and
 * customer headers, without loading a single engagement.
 */
final class MetricsCommand extends NamedCommand {

	MetricsCommand() {
		super("metrics",
				"metrics <repository> [--from D] [--to D] [--period week|month] [--now T]   the five review metrics");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("from", "to", "period", "now"), 1, "one repository");
		Instant now = parsed.instant("now", context.clock().instant());
		PeriodLength period = PeriodLength.valueOf(
				parsed.choice("period", "month", List.of("week", "month")).toUpperCase(Locale.ROOT));
		MetricsFilter filter = MetricsFilter.all();
		if (parsed.has("from") || parsed.has("to")) {
			filter = filter.between(date(parsed, "from", LocalDate.MIN), date(parsed, "to", LocalDate.MAX));
		}
		ReviewMetricsCalculator calculator = new ReviewMetricsCalculator(context.clock().getZone(), period);
		ReviewMetrics metrics;
		try (Repository repository = context.open(parsed.positional(0))) {
			HeaderListing headers = repository.listHeaders(Watermark.BEGINNING);
			metrics = calculator.compute(
					calculator.snapshot(headers.engagements(), headers.customers(), ReviewKeys.standIns()), filter, now);
		}

		context.out().println(metrics.engagementCount() + " engagements selected.");
		context.out().println("1. Customers per engagement, by " + period.name().toLowerCase(Locale.ROOT) + ":");
		for (PeriodRatio ratio : metrics.customerRatio().periods()) {
			context.out().printf("   %s  %5d opened  %s%n", ratio.start(), ratio.engagements(),
					ratio.customersPerEngagement().isPresent()
							? String.format(Locale.ROOT, "%.1f customers per engagement",
									ratio.customersPerEngagement().getAsDouble())
							: "no engagement opened");
		}
		breakdown(context, "2.", metrics.breakdown(Dimension.REASON), false);
		context.out().println("3. Duration:");
		duration(context, "open", metrics.durations().open());
		duration(context, "closed", metrics.durations().closed());
		breakdown(context, "4.", metrics.breakdown(Dimension.SEGMENT), false);
		breakdown(context, "4.", metrics.breakdown(Dimension.BUSINESS_UNIT), false);
		breakdown(context, "4.", metrics.breakdown(Dimension.PRODUCT_LINE), false);
		context.out().printf("5. Effort %s + expenses %s = %s in total; by segment:%n", metrics.costs().effort(),
				metrics.costs().expenses(), metrics.costs().total());
		breakdown(context, "  ", metrics.breakdown(Dimension.SEGMENT), true);
		return OK;
	}

	private static LocalDate date(Arguments parsed, String name, LocalDate fallback) {
		String value = parsed.option(name, null);
		try {
			return value == null ? fallback : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("metrics: --" + name + " must be a date like 2026-11-20, not '" + value + "'.");
		}
	}

	private static void breakdown(CliContext context, String number, Breakdown breakdown, boolean money) {
		context.out().println(number + " Engagements by " + breakdown.dimension().label().toLowerCase(Locale.ROOT)
				+ ":");
		for (BreakdownGroup group : breakdown.groups()) {
			context.out().printf("   %-40s %6d%s%n", group.label(), group.count(),
					money ? "   " + group.total() : "");
		}
	}

	private static void duration(CliContext context, String which, DurationSummary summary) {
		context.out().printf("   %-7s %5d  mean %d d, median %d d, 90%% within %d d, longest %d d%n", which,
				summary.count(), days(summary.mean()), days(summary.median()), days(summary.p90()),
				days(summary.max()));
	}

	private static long days(java.time.Duration duration) {
		return duration == null ? 0 : duration.toDays();
	}
}
