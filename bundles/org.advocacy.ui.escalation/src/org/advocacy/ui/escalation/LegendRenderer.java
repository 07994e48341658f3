// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.layout.RungState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the legend that explains the graph's colours: a strip along the bottom of the canvas, in canvas pixels,
 * wrapping onto more rows when the canvas is narrow.
 */
public final class LegendRenderer {

	private static final int SWATCH = 11;
	private static final int PAD = 6;
	private static final int GAP = 14;

	private enum Style {
		STATE, WARNING, ALTERNATE, ENGAGED, FLAGGED
	}

	private record Entry(String label, Style style, RungState state, double warning) {
	}

	private static final Entry[] ENTRIES = { new Entry("Call now", Style.STATE, RungState.CALL_NOW, 0),
			new Entry("Awaiting answer", Style.STATE, RungState.AWAITING, 0),
			new Entry("70% of wait", Style.WARNING, RungState.AWAITING, 0.7),
			new Entry("90% of wait", Style.WARNING, RungState.AWAITING, 0.9),
			new Entry("Responded", Style.STATE, RungState.RESPONDED, 0),
			new Entry("No answer", Style.STATE, RungState.NO_ANSWER, 0),
			new Entry("Timed out", Style.STATE, RungState.TIMED_OUT, 0),
			new Entry("Redirected", Style.STATE, RungState.REDIRECTED, 0),
			new Entry("Alternate (covers someone away)", Style.ALTERNATE, RungState.IDLE, 0),
			new Entry("Engaged area", Style.ENGAGED, RungState.IDLE, 0),
			new Entry("VP reached / flagged", Style.FLAGGED, RungState.IDLE, 0) };

	private final GraphResources resources;

	/** @param resources the colours and fonts (owned by the caller) */
	public LegendRenderer(GraphResources resources) {
		this.resources = resources;
	}

	/** @return the height of the legend strip on a canvas of that client area */
	public int height(GC gc, Rectangle clientArea) {
		return layout(gc, clientArea).isEmpty() ? 0 : rows(gc, clientArea) * rowHeight(gc) + 2 * PAD;
	}

	/** Paints the legend when it intersects the damaged area. */
	public void paint(GC gc, Rectangle clientArea, Rectangle damaged) {
		int height = height(gc, clientArea);
		Rectangle strip = new Rectangle(clientArea.x, clientArea.y + clientArea.height - height, clientArea.width,
				height);
		if (!strip.intersects(damaged)) {
			return;
		}
		gc.setAlpha(240);
		gc.setBackground(resources.background());
		gc.fillRectangle(strip);
		gc.setAlpha(255);
		gc.setForeground(resources.groupBorder());
		gc.setLineWidth(1);
		gc.drawLine(strip.x, strip.y, strip.x + strip.width, strip.y);
		int rowHeight = rowHeight(gc);
		List<int[]> positions = layout(gc, clientArea);
		for (int i = 0; i < ENTRIES.length; i++) {
			Entry entry = ENTRIES[i];
			int x = strip.x + positions.get(i)[0];
			int y = strip.y + PAD + positions.get(i)[1] * rowHeight + (rowHeight - SWATCH) / 2;
			swatch(gc, entry, x, y);
			gc.setForeground(resources.text());
			gc.drawText(entry.label(), x + SWATCH + 5, strip.y + PAD + positions.get(i)[1] * rowHeight, true);
		}
	}

	private int rowHeight(GC gc) {
		gc.setFont(resources.small());
		return Math.max(SWATCH, gc.getFontMetrics().getHeight()) + 2;
	}

	private int rows(GC gc, Rectangle clientArea) {
		List<int[]> positions = layout(gc, clientArea);
		return positions.get(positions.size() - 1)[1] + 1;
	}

	/** @return for each entry its x within the strip and its row */
	private List<int[]> layout(GC gc, Rectangle clientArea) {
		gc.setFont(resources.small());
		List<int[]> positions = new ArrayList<>();
		int x = PAD;
		int row = 0;
		for (Entry entry : ENTRIES) {
			int width = SWATCH + 5 + gc.textExtent(entry.label()).x;
			if (x > PAD && x + width > clientArea.width - PAD) {
				x = PAD;
				row++;
			}
			positions.add(new int[] { x, row });
			x += width + GAP;
		}
		return positions;
	}

	private void swatch(GC gc, Entry entry, int x, int y) {
		Color fill = switch (entry.style()) {
		case WARNING -> resources.warningFill(entry.warning());
		case ENGAGED -> resources.groupTitle(true, false);
		case FLAGGED -> resources.groupTitle(true, true);
		default -> resources.fill(entry.state());
		};
		Color border = entry.style() == Style.ENGAGED || entry.style() == Style.FLAGGED ? resources.groupBorder()
				: resources.border(entry.state());
		gc.setBackground(fill);
		gc.fillRectangle(x, y, SWATCH, SWATCH);
		gc.setForeground(border);
		gc.setLineStyle(entry.style() == Style.ALTERNATE ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.setLineWidth(entry.style() == Style.STATE || entry.style() == Style.WARNING ? 2 : 1);
		gc.drawRectangle(x, y, SWATCH, SWATCH);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}
}
