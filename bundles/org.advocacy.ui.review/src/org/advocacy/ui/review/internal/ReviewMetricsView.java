// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.review.DurationSummary;
import org.advocacy.core.review.EngagementSnapshot;
import org.advocacy.core.review.Money;
import org.advocacy.core.review.ReviewMetrics;
import org.advocacy.core.review.ReviewMetricsCalculator;
import org.advocacy.model.Engagement;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.SessionTracker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The five metrics of the whitepaper as charts. The view reads the repository into an engine snapshot once per
 * change of the model (after each command, undo or redo) and asks {@link ReviewMetricsCalculator} for the metrics
 * once per snapshot and filter; the charts only show the result. Clicking a bar lists the engagements behind it
 * and selects them in the Engagements view.
 */
public class ReviewMetricsView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.metrics";

	private static final String ENGAGEMENTS_VIEW = "org.advocacy.ui.views.engagements";

	private Clock clock = Clock.systemUTC();
	private SessionTracker tracker;
	private MetricsFilterBar filters;
	private static final int CHART_COUNT = 5;

	private final List<MetricsChart> charts = new ArrayList<>(CHART_COUNT);
	private Label totals;
	private ClickThroughTable clickThrough;
	private EngagementSnapshot snapshot;
	private ReviewMetrics metrics;
	private int snapshots;

	@Override
	public void createPartControl(Composite parent) {
		ReviewColours colours = new ReviewColours(parent);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(top);
		filters = new MetricsFilterBar(top, this::recompute);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.getControl());
		Composite grid = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(2, 2).applyTo(grid);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		for (int i = 0; i < CHART_COUNT; i++) {
			charts.add(chart(grid, colours, MetricsCharts.isHorizontal(i)));
		}
		totals = new Label(grid, SWT.WRAP);
		totals.setForeground(colours.text());
		GridDataFactory.fillDefaults().grab(true, true).indent(12, 8).applyTo(totals);
		clickThrough = new ClickThroughTable(sash, colours);
		sash.setWeights(76, 24);
		getSite().setSelectionProvider(clickThrough.getViewer());
		tracker = new SessionTracker(parent, this::takeSnapshot);
	}

	private MetricsChart chart(Composite grid, ReviewColours colours, boolean horizontal) {
		MetricsChart chart = new MetricsChart(grid, colours, horizontal, this::clicked);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 180).applyTo(chart.getControl());
		return chart;
	}

	/** Reads the repository into a new snapshot; called once per model change, never while painting. */
	private void takeSnapshot(RepositorySession session) {
		if (session == null) {
			snapshot = null;
			setContentDescription("No repository open.");
			return;
		}
		filters.setRepository(session.getRepository());
		snapshot = calculator().snapshot(session.getRepository());
		snapshots++;
		recompute();
	}

	private ReviewMetricsCalculator calculator() {
		return new ReviewMetricsCalculator(ZoneOffset.UTC, filters.periodLength());
	}

	/** Computes the metrics from the current snapshot for the current filters and shows them. */
	private void recompute() {
		if (snapshot == null) {
			return;
		}
		metrics = calculator().compute(snapshot, filters.filter(), clock.instant());
		List<BarChartData> data = MetricsCharts.all(metrics, filters.rollUp());
		for (int i = 0; i < CHART_COUNT; i++) {
			charts.get(i).show(data.get(i));
		}
		totals.setText(totalsText(metrics));
		totals.getParent().layout();
		clickThrough.clear();
		setContentDescription(metrics.engagementCount() + " engagements"
				+ (metrics.filter().from() != null ? " active from " + metrics.filter().from() + " to "
						+ metrics.filter().to() : "")
				+ ". Click a bar to see the engagements behind it.");
	}

	private static String totalsText(ReviewMetrics metrics) {
		DurationSummary open = metrics.durations().open();
		DurationSummary closed = metrics.durations().closed();
		StringBuilder text = new StringBuilder();
		text.append(metrics.engagementCount()).append(" engagements\n");
		text.append("Open ").append(open.count()).append(", median age ").append(days(open.median())).append('\n');
		text.append("Closed ").append(closed.count()).append(", median ").append(days(closed.median()))
				.append(", p90 ").append(days(closed.p90())).append("\n\n");
		text.append("Level of effort  ").append(Money.format(metrics.costs().effort())).append('\n');
		text.append("Expenses  ").append(Money.format(metrics.costs().expenses())).append('\n');
		text.append("Cost to the business  ").append(Money.format(metrics.costs().total()));
		if (metrics.engagementCount() > 0) {
			text.append("\nPer engagement  ").append(Money.format(metrics.costs().total()
					.divide(BigDecimal.valueOf(metrics.engagementCount()), 2, RoundingMode.HALF_EVEN)));
		}
		return text.toString();
	}

	private static String days(Duration duration) {
		long days = duration.toDays();
		return days == 0 ? duration.toHours() + " h" : days + " d";
	}

	private void clicked(MetricsChart.BarClick click) {
		clickThrough.show(click.label(), click.engagements(), metrics.costs().perEngagement(), clock.instant());
		selectInEngagementsView(click.engagements());
	}

	private void selectInEngagementsView(List<Engagement> engagements) {
		IViewPart view = getSite().getPage().findView(ENGAGEMENTS_VIEW);
		if (view != null && view.getSite().getSelectionProvider() != null) {
			view.getSite().getSelectionProvider().setSelection(new StructuredSelection(engagements));
		}
	}

	/** @return the metrics shown now; for tests */
	ReviewMetrics getMetrics() {
		return metrics;
	}

	/** @return the charts: ratio, reasons, durations, breakdown, cost; for tests */
	List<MetricsChart> getCharts() {
		return List.copyOf(charts);
	}

	/** @return the filter bar; for tests */
	MetricsFilterBar getFilters() {
		return filters;
	}

	/** @return the click-through list; for tests */
	ClickThroughTable getClickThrough() {
		return clickThrough;
	}

	/** @return how many snapshots the view has taken; for tests */
	int getSnapshotCount() {
		return snapshots;
	}

	/** @param measuredAt the clock "now" is read from; for tests */
	void setClock(Clock measuredAt) {
		this.clock = measuredAt;
		recompute();
	}

	@Override
	public void setFocus() {
		clickThrough.getViewer().getControl().setFocus();
	}
}
