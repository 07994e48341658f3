// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;

/**
 * A column painted with the GC instead of by GTK: an optional round swatch, then the text in an optional colour.
 * GTK tables scale cell images up from 100% (blurred at 200%), while the GC draws at the display's resolution; and
 * once a table paints any cell itself, SWT on GTK drops the per-cell foreground colours of the cells it paints, so
 * every column with a colour paints itself. The cell text is still set, for accessibility and tests.
 */
abstract class PaintedColumnLabelProvider extends OwnerDrawLabelProvider {

	private static final int SWATCH = 12;
	private static final int GAP = 5;

	/** @return the text of the cell; empty for none */
	abstract String text(Object element);

	/** @return the colour of the text, or {@code null} for the table's */
	Color foreground(Object element) {
		return null;
	}

	/** @return the colour of the swatch before the text, or {@code null} for no swatch */
	Color swatch(Object element) {
		return null;
	}

	@Override
	public void update(ViewerCell cell) {
		cell.setText(text(cell.getElement())); // the table repaints the cell; no extra redraw needed
	}

	@Override
	protected void measure(Event event, Object element) {
		int swatchWidth = swatch(element) == null ? 0 : SWATCH + GAP;
		event.width = GAP + swatchWidth + event.gc.textExtent(text(element)).x + GAP;
	}

	@Override
	protected void erase(Event event, Object element) {
		event.detail &= ~SWT.FOREGROUND;
	}

	@Override
	protected void paint(Event event, Object element) {
		GC gc = event.gc;
		Rectangle cell = ((TableItem) event.item).getBounds(event.index);
		int x = cell.x + GAP;
		Color swatch = swatch(element);
		if (swatch != null) {
			Color background = gc.getBackground();
			int antialias = gc.getAntialias();
			gc.setAntialias(SWT.ON);
			gc.setBackground(swatch);
			gc.fillOval(x, cell.y + (cell.height - SWATCH) / 2, SWATCH, SWATCH);
			gc.setBackground(background);
			gc.setAntialias(antialias);
			x += SWATCH + GAP;
		}
		String text = text(element);
		Color foreground = (event.detail & SWT.SELECTED) != 0 ? null : foreground(element);
		if (foreground != null) {
			gc.setForeground(foreground);
		}
		gc.setClipping(cell);
		gc.drawString(text, x, cell.y + (cell.height - gc.textExtent(text).y) / 2, true);
		gc.setClipping((Rectangle) null);
	}
}
