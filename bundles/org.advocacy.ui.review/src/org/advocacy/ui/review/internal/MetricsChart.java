// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.advocacy.model.Engagement;
import org.advocacy.ui.review.internal.BarChartData.Series;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;

/**
 * One metric drawn as an SWTChart bar chart. {@link #show(BarChartData)} puts the precomputed values into the
 * chart's series (SWTChart paints them); a click on a bar reports the engagements behind it.
 */
public final class MetricsChart {

	/**
	 * A click on a bar.
	 *
	 * @param label       what the bar stands for, e.g. "Engagements by reason: Outage"
	 * @param engagements the engagements behind the bar
	 */
	public record BarClick(String label, List<Engagement> engagements) {
	}

	/** Pixels between value-axis ticks: SWTChart's default, and the closest it allows for the short time chart. */
	private static final int DEFAULT_TICK_STEP = 64;
	private static final int DENSE_TICK_STEP = (int) IAxisTick.MIN_GRID_STEP_HINT;

	private final Chart chart;
	private final ReviewColours colours;
	private final boolean horizontal;
	private BarChartData data;

	/**
	 * @param parent     the parent
	 * @param colours    the owner of the series colours
	 * @param horizontal whether the bars run left to right with their labels beside them (categories) rather than
	 *                   upwards over a time axis
	 * @param onClick    called when the user clicks a bar
	 */
	public MetricsChart(Composite parent, ReviewColours colours, boolean horizontal, Consumer<BarClick> onClick) {
		this.colours = colours;
		this.horizontal = horizontal;
		chart = new Chart(parent, SWT.NONE);
		if (horizontal) {
			chart.setOrientation(SWT.VERTICAL);
			chart.getAxisSet().getXAxis(0).setReversed(true);
		}
		chart.getTitle().setFont(colours.bold());
		chart.getTitle().setForeground(colours.text());
		chart.getLegend().setPosition(SWT.RIGHT);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.getTick().setTickLabelAngle(0);
		x.getTick().setForeground(colours.text());
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTick().setForeground(colours.text());
		chart.addListener(SWT.Resize, event -> fitLabels());
		chart.getAxisSet().getYAxis(0).getGrid().setStyle(org.eclipse.swtchart.LineStyle.DOT);
		chart.getAxisSet().getXAxis(0).getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
		chart.getPlotArea().getControl().addListener(SWT.MouseDown, event -> {
			if (event.button == 1) {
				barAt(event.x, event.y).ifPresent(onClick);
			}
		});
		chart.getPlotArea().getControl().setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
	}

	/** @return the chart widget */
	public Chart getChart() {
		return chart;
	}

	/** @return the control to lay out */
	public Control getControl() {
		return chart;
	}

	/** @return the data shown now, or {@code null} before the first {@link #show} */
	public BarChartData getData() {
		return data;
	}

	/**
	 * Shows new data: replaces the series and adjusts the axes. Computes nothing.
	 *
	 * @param shown the chart data
	 */
	public void show(BarChartData shown) {
		this.data = shown;
		chart.suspendUpdate(true);
		try {
			ISeriesSet set = chart.getSeriesSet();
			for (ISeries<?> old : set.getSeries()) {
				set.deleteSeries(old.getId());
			}
			chart.getTitle().setText(shown.title());
			IAxis x = chart.getAxisSet().getXAxis(0);
			String[] categories = shown.categories().isEmpty() ? new String[] { "(none)" }
					: shown.categories().stream().map(MetricsChart::shorten).toArray(String[]::new);
			x.enableCategory(true);
			x.setCategorySeries(categories);
			chart.getAxisSet().getYAxis(0).getTitle().setText(shown.valueTitle());
			int index = 0;
			for (Series series : shown.series()) {
				IBarSeries<?> bars = (IBarSeries<?>) set.createSeries(SeriesType.BAR, series.name());
				bars.setYSeries(shown.categories().isEmpty() ? new double[] { 0 } : series.values());
				bars.setBarColor(colours.series(index++));
				bars.enableStack(shown.stacked());
				bars.setBarPadding(shown.series().size() > 1 && !shown.stacked() ? 15 : 25);
			}
			chart.getLegend().setVisible(shown.series().size() > 1);
			chart.getAxisSet().adjustRange();
			IAxis y = chart.getAxisSet().getYAxis(0);
			org.eclipse.swtchart.Range range = y.getRange();
			y.setRange(new org.eclipse.swtchart.Range(0, Math.max(1, range.upper * 1.08)));
			formatValueAxis(y);
		} finally {
			chart.suspendUpdate(false);
		}
		// lay out once more: SWTChart orders a stacked legend only once the stack is validated, and the legend
		// of the first data shown would otherwise list the series the other way round from every later one
		chart.updateLayout();
		fitLabels();
		chart.redraw();
	}

	/**
	 * Labels the value axis in plain numbers, ratios with up to two decimals (0.5, not .5). The customer ratio over
	 * time is short under its turned period labels, so its ticks come closer together than SWTChart's default to
	 * show more than the zero.
	 */
	private void formatValueAxis(IAxis y) {
		y.getTick().setFormat(new DecimalFormat("#,##0.##"));
		y.getTick().setTickMarkStepHint(horizontal ? DEFAULT_TICK_STEP : DENSE_TICK_STEP);
	}

	/**
	 * Turns the category labels when they would not fit side by side under the bars; on resize and new data, never
	 * while painting.
	 */
	private void fitLabels() {
		IAxis x = chart.getAxisSet().getXAxis(0);
		String[] categories = x.getCategorySeries();
		if (horizontal || categories == null || categories.length == 0) {
			return;
		}
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart);
		int needed = 0;
		try {
			gc.setFont(x.getTick().getFont());
			for (String category : categories) {
				needed = Math.max(needed, gc.textExtent(category).x + 8);
			}
		} finally {
			gc.dispose();
		}
		int available = chart.getPlotArea().getSize().x / categories.length;
		int angle = needed <= available ? 0 : 40;
		if (x.getTick().getTickLabelAngle() != angle) {
			x.getTick().setTickLabelAngle(angle);
			chart.updateLayout();
		}
	}

	/** @return a category label short enough for an axis: at most 22 characters */
	private static String shorten(String label) {
		return label.length() <= 22 ? label : label.substring(0, 21).strip() + "\u2026";
	}

	/** @return whether the bars run left to right */
	public boolean isHorizontal() {
		return horizontal;
	}

	/**
	 * @param x a horizontal position in the plot area
	 * @param y a vertical position in the plot area
	 * @return the bar there, if any: the bar of the series under the pointer, or the whole category between bars
	 */
	public java.util.Optional<BarClick> barAt(int x, int y) {
		if (data == null || data.categories().isEmpty()) {
			return java.util.Optional.empty();
		}
		int category = (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(horizontal ? y : x));
		if (category < 0 || category >= data.categories().size()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(click(category, seriesAt(category, x, y)));
	}

	/**
	 * @param category the index of a category
	 * @param series   the index of a series, or -1 for all series of the category
	 * @return the click on that bar
	 */
	public BarClick click(int category, int series) {
		Set<Engagement> engagements = new LinkedHashSet<>();
		String label = data.title().replaceAll(" \\(.*\\)$", "") + ": " + data.categories().get(category);
		for (int s = 0; s < data.series().size(); s++) {
			if (series < 0 || s == series) {
				engagements.addAll(data.series().get(s).engagements().get(category));
			}
		}
		if (series >= 0 && data.series().size() > 1 && !data.stacked()) {
			label += " \u2014 " + data.series().get(series).name();
		}
		return new BarClick(label, new ArrayList<>(engagements));
	}

	private int seriesAt(int category, int x, int y) {
		if (data.stacked() || data.series().size() < 2) {
			return -1;
		}
		ISeries<?>[] series = chart.getSeriesSet().getSeries();
		for (int s = 0; s < series.length; s++) {
			Rectangle[] bounds = ((IBarSeries<?>) series[s]).getBounds();
			if (bounds != null && category < bounds.length && bounds[category] != null) {
				Rectangle bar = bounds[category];
				boolean inside = horizontal ? y >= bar.y && y < bar.y + Math.max(bar.height, 1)
						: x >= bar.x && x < bar.x + Math.max(bar.width, 1);
				if (inside) {
					return s;
				}
			}
		}
		return -1;
	}
}
