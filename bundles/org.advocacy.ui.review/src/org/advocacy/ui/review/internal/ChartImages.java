// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.review.ChartImage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Draws metric charts offscreen with the same {@link MetricsChart} the Review Metrics view shows, for the review
 * pack: each chart is laid out on a shell that is never opened, printed into an image and encoded as PNG. Everything
 * it creates is disposed before it returns. Call on the UI thread.
 */
public final class ChartImages {

	/** The width of a chart image in pixels: legible on an A4 page and on a screen. */
	public static final int WIDTH = 760;
	/** The height of a chart image in pixels. */
	public static final int HEIGHT = 360;

	private ChartImages() {
	}

	/**
	 * @param display the display
	 * @param charts  the charts, in the order of {@link MetricsCharts#all}
	 * @return one PNG image per chart, titled like the chart
	 */
	public static List<ChartImage> draw(Display display, List<BarChartData> charts) {
		List<ChartImage> images = new ArrayList<>(charts.size());
		Shell shell = new Shell(display, SWT.NO_TRIM);
		try {
			shell.setSize(WIDTH, HEIGHT);
			ReviewColours colours = new ReviewColours(shell);
			for (int i = 0; i < charts.size(); i++) {
				MetricsChart chart = new MetricsChart(shell, colours, MetricsCharts.isHorizontal(i), click -> {
					// an image is not clicked
				});
				try {
					chart.getControl().setBounds(0, 0, WIDTH, HEIGHT);
					chart.show(charts.get(i));
					images.add(new ChartImage(charts.get(i).title(), png(display, chart)));
				} finally {
					chart.getControl().dispose();
				}
			}
		} finally {
			shell.dispose();
		}
		return images;
	}

	/**
	 * Paints a chart into an image of the chart's size, the way the chart paints itself on screen.
	 *
	 * @param display the display
	 * @param chart   a laid-out chart
	 * @param image   receives the painting; its size is the chart's
	 */
	public static void paint(Display display, MetricsChart chart, Image image) {
		GC gc = new GC(image);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			Rectangle bounds = image.getBounds();
			gc.fillRectangle(bounds);
			chart.getChart().printChart(gc, bounds);
		} finally {
			gc.dispose();
		}
	}

	private static byte[] png(Display display, MetricsChart chart) {
		Image image = new Image(display, WIDTH, HEIGHT);
		try {
			paint(display, chart, image);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			loader.save(png, SWT.IMAGE_PNG);
			return png.toByteArray();
		} finally {
			image.dispose();
		}
	}
}
