// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.advocacy.ui.plan.internal.GanttRenderer.Overlay;
import org.advocacy.ui.plan.internal.GanttRenderer.Viewport;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Renders a whole plan into an offscreen image: for PNG export, and for tests that check the pixels. The image
 * is capped at {@value #MAX_SIDE} pixels a side; the caller disposes it.
 */
public final class ChartImage {

	/** The largest width or height of an exported chart. */
	public static final int MAX_SIDE = 16_000;
	private static final int MARGIN_DAYS = 7;

	private ChartImage() {
	}

	/**
	 * @param display      the display
	 * @param resources    colours and fonts
	 * @param rows         the plan
	 * @param pixelsPerDay the zoom
	 * @param headerHeight height of the time header
	 * @param rowHeight    height of a row
	 * @param today        date of the today line
	 * @return a new image of the whole plan; dispose it
	 */
	public static Image render(Display display, GanttResources resources, GanttRows rows, double pixelsPerDay,
			int headerHeight, int rowHeight, LocalDate today) {
		LocalDate first = rows.first() == null ? today : rows.first();
		LocalDate last = rows.last() == null ? today : rows.last();
		LocalDate origin = first.minusDays(MARGIN_DAYS);
		int width = (int) Math.min(MAX_SIDE,
				Math.max(200, Math.round((ChronoUnit.DAYS.between(origin, last) + 2 * MARGIN_DAYS) * pixelsPerDay)));
		int height = Math.min(MAX_SIDE, headerHeight + Math.max(1, rows.size()) * rowHeight + 4);
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		try {
			new GanttRenderer(resources).paint(gc, new Rectangle(0, 0, width, height), rows,
					new TimeScale(origin, pixelsPerDay, 0), new Viewport(headerHeight, rowHeight, 0, headerHeight),
					Overlay.of(today));
		} finally {
			gc.dispose();
		}
		return image;
	}
}
