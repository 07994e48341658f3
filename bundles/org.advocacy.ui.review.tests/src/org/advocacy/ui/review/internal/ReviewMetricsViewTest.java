// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.clockAt;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.openSample;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.processEvents;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.review.BreakdownGroup;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.DurationBucket;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.Money;
import org.advocacy.core.review.PeriodRatio;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts show exactly the engine's five metrics for the sample, follow the filters and the model. */
class ReviewMetricsViewTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;
	private ReviewMetricsView view;

	@BeforeEach
	void showMetricsOfTheSample() throws Exception {
		repository = openSample(folder);
		showPerspective();
		view = view(ReviewMetricsView.ID);
		view.setClock(clockAt(NOW));
		view.getFilters().setRange(null, null);
		view.getFilters().setFilterValue(null, null);
	}

	@Test
	void chartsShowTheEngineMetricsOfTheSample() {
		assertChartsEqual(new ReviewMetricsCalculator().compute(repository, MetricsFilter.all(), NOW));
	}

	@Test
	void chartsFollowTheDateRangeAndDimensionFilters() {
		LocalDate from = LocalDate.of(2026, 9, 1);
		LocalDate to = LocalDate.of(2026, 11, 15);
		view.getFilters().setRange(from, to);
		view.getFilters().setFilterValue(Dimension.SEGMENT, repository.getSegments().get(0));

		MetricsFilter filter = MetricsFilter.all().between(from, to)
				.withSegments(List.of(repository.getSegments().get(0)));
		assertEquals(filter, view.getMetrics().filter());
		assertChartsEqual(new ReviewMetricsCalculator().compute(repository, filter, NOW));
	}

	@Test
	void oneSnapshotPerCommandAndTheChartsFollowUndo() {
		Engagement first = repository.getEngagements().get(0);
		CommandStack stack = session().getEditingDomain().getCommandStack();
		int before = view.getSnapshotCount();

		stack.execute(FeatureCommands.set(session().getEditingDomain(), first,
				AdvocacyPackage.Literals.ENGAGEMENT__REASON, repository.getReasons().get(repository.getReasons()
						.indexOf(first.getReason()) == 0 ? 1 : 0)));
		processEvents();
		assertEquals(before + 1, view.getSnapshotCount(), "one new snapshot for the command");
		assertChartsEqual(new ReviewMetricsCalculator().compute(repository, MetricsFilter.all(), NOW));

		stack.undo();
		processEvents();
		assertEquals(before + 2, view.getSnapshotCount());
		assertChartsEqual(new ReviewMetricsCalculator().compute(repository, MetricsFilter.all(), NOW));
		view.getFilters().setRange(null, null);
		assertEquals(before + 2, view.getSnapshotCount(), "changing a filter reuses the snapshot");
	}

	private void assertChartsEqual(ReviewMetrics expected) {
		List<MetricsChart> charts = view.getCharts();
		assertEquals(expected.engagementCount(), view.getMetrics().engagementCount());

		List<PeriodRatio> periods = expected.customerRatio().periods();
		assertArrayEquals(periods.stream().mapToDouble(p -> p.customersPerEngagement().orElse(0)).toArray(),
				y(charts.get(0), 0), 1e-9, "metric 1: customers per engagement");

		assertBreakdown(expected.breakdown(Dimension.REASON).groups(), charts.get(1));

		List<DurationBucket> open = expected.durations().open().buckets();
		List<DurationBucket> closed = expected.durations().closed().buckets();
		assertArrayEquals(open.stream().mapToDouble(DurationBucket::count).toArray(), y(charts.get(2), 0),
				"metric 3: open durations");
		assertArrayEquals(closed.stream().mapToDouble(DurationBucket::count).toArray(), y(charts.get(2), 1),
				"metric 3: closed durations");
		assertArrayEquals(open.stream().map(b -> b.band().label()).toArray(String[]::new),
				categories(charts.get(2)));

		List<BreakdownGroup> segments = expected.breakdown(Dimension.SEGMENT).groups();
		assertBreakdown(segments, charts.get(3));
		assertArrayEquals(segments.stream().mapToDouble(g -> g.effort().doubleValue()).toArray(),
				y(charts.get(4), 0), 0.001, "metric 5: effort by segment");
		assertArrayEquals(segments.stream().mapToDouble(g -> g.expenses().doubleValue()).toArray(),
				y(charts.get(4), 1), 0.001, "metric 5: expenses by segment");
		assertTrue(charts.get(4).getChart().getTitle().getText().contains(Money.format(expected.costs().total())),
				"the cost chart names the total cost: " + charts.get(4).getChart().getTitle().getText());
	}

	private static void assertBreakdown(List<BreakdownGroup> groups, MetricsChart chart) {
		assertArrayEquals(groups.stream().map(BreakdownGroup::label).toArray(String[]::new), categories(chart));
		assertArrayEquals(groups.stream().mapToDouble(BreakdownGroup::count).toArray(), y(chart, 0));
		for (int i = 0; i < groups.size(); i++) {
			assertEquals(groups.get(i).engagements(), chart.getData().series().get(0).engagements().get(i),
					"the bar keeps the engine's engagements for click-through");
		}
	}

	private static double[] y(MetricsChart chart, int series) {
		Chart widget = chart.getChart();
		ISeries<?> shown = widget.getSeriesSet().getSeries()[series];
		double[] values = shown.getYSeries();
		return chart.getData().categories().isEmpty() ? new double[0] : values;
	}

	/** @return the categories of the chart's data, after checking the axis shows one label per category */
	private static String[] categories(MetricsChart chart) {
		String[] axis = chart.getChart().getAxisSet().getXAxis(0).getCategorySeries();
		String[] full = chart.getData().categories().toArray(String[]::new);
		assertEquals(full.length, axis.length, "one axis label per bar");
		for (int i = 0; i < full.length; i++) {
			String shown = axis[i].replace("\u2026", "");
			assertTrue(full[i].startsWith(shown), axis[i] + " abbreviates " + full[i]);
		}
		return full;
	}
}
