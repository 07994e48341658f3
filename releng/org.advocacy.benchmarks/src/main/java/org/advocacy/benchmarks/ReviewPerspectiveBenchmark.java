// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.EngagementSnapshot;
import org.advocacy.core.review.MetricsFilter;
import org.advocacy.core.review.PeriodLength;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.review.internal.BarChartData;
import org.advocacy.ui.review.internal.ChartImages;
import org.advocacy.ui.review.internal.MetricsChart;
import org.advocacy.ui.review.internal.MetricsCharts;
import org.advocacy.ui.review.internal.ReviewColours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What opening the Management Review perspective costs on a 100,000-engagement repository, on the path the Review
 * Metrics view takes: read the repository into a snapshot, compute the five metrics from it, build the chart
 * series ({@link MetricsCharts}) and draw the five SWTChart charts ({@link MetricsChart}, 460 × 300 each, the size
 * of the view's grid in a 1440 × 900 window) offscreen into an image. The baseline is the headless metric
 * computation alone, snapshot included, in the same run; the target is ≤ 2 × that. Needs an X display
 * (run the bench profile under xvfb-run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewPerspectiveBenchmark {

	private static final int WIDTH = 460;
	private static final int HEIGHT = 300;

	private final ReviewMetricsCalculator calculator = new ReviewMetricsCalculator(ZoneOffset.UTC,
			PeriodLength.MONTH);
	private AdvocacyRepository repository;
	private ReviewMetrics metrics;
	private Display display;
	private Shell shell;
	private final List<MetricsChart> charts = new ArrayList<>();
	private Image image;

	/** Generates the repository once and lays out the five charts on a shell that is never opened. */
	@Setup(Level.Trial)
	public void prepare() {
		repository = StandardSample.generate(100_000);
		metrics = calculator.compute(repository, MetricsFilter.all(), NOW);
		display = Display.getDefault();
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setSize(WIDTH, HEIGHT);
		ReviewColours colours = new ReviewColours(shell);
		for (int i = 0; i < 5; i++) {
			MetricsChart chart = new MetricsChart(shell, colours, MetricsCharts.isHorizontal(i), click -> {
				// not clicked here
			});
			chart.getControl().setBounds(0, 0, WIDTH, HEIGHT);
			charts.add(chart);
		}
		image = new Image(display, WIDTH, HEIGHT);
	}

	/** Releases the SWT resources. */
	@TearDown(Level.Trial)
	public void release() {
		image.dispose();
		shell.dispose();
		display.dispose();
	}

	/** @return the five metrics computed headless, reading the repository into a snapshot included: the baseline */
	@Benchmark
	public ReviewMetrics baseline() {
		return calculator.compute(calculator.snapshot(repository), MetricsFilter.all(), NOW);
	}

	/** @return the metrics shown after the snapshot, the metrics, the chart series and the drawn charts */
	@Benchmark
	public ReviewMetrics openPerspective() {
		EngagementSnapshot snapshot = calculator.snapshot(repository);
		ReviewMetrics shown = calculator.compute(snapshot, MetricsFilter.all(), NOW);
		draw(shown);
		return shown;
	}

	/** @return the chart series built and drawn from metrics computed beforehand: the charts' own share */
	@Benchmark
	public ReviewMetrics chartsOnly() {
		draw(metrics);
		return metrics;
	}

	private void draw(ReviewMetrics shown) {
		List<BarChartData> data = MetricsCharts.all(shown, Dimension.SEGMENT);
		for (int i = 0; i < charts.size(); i++) {
			charts.get(i).show(data.get(i));
			ChartImages.paint(display, charts.get(i), image);
		}
	}
}
