// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * Owns the colours and fonts of the Management Review views and disposes them with the control they were
 * created for: the series palette of the charts, the traffic-light colours of the colour code, the highlight of
 * overdue commitments and the bold font of "new since the last review".
 */
public final class ReviewColours {

	private static final RGB[] SERIES = { new RGB(31, 111, 178), new RGB(242, 142, 43), new RGB(89, 161, 79),
			new RGB(118, 84, 160) };

	private final LocalResourceManager resources;
	private final Control owner;

	/** @param owner the control whose disposal disposes the resources */
	public ReviewColours(Control owner) {
		this.owner = owner;
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** @return the colour of the n-th series of a chart */
	public Color series(int index) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(SERIES[index % SERIES.length]));
	}

	/** @return the colour of a colour code; the widget foreground for none */
	public Color status(StatusColour status) {
		if (status == null) {
			return owner.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		}
		return colour(StatusColours.rgb(status));
	}

	/** @return the colour of chart titles and labels: a dark grey that reads on the chart's white */
	public Color text() {
		return colour(new RGB(45, 45, 50));
	}

	/** @return the background that highlights an overdue commitment */
	public Color overdueBackground() {
		return colour(new RGB(255, 228, 228));
	}

	/** @return the text colour of an overdue commitment */
	public Color overdueForeground() {
		return colour(new RGB(160, 20, 30));
	}

	/** @return the bold variant of the owner's font */
	public Font bold() {
		return resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD));
	}

	/** @return a larger bold variant of the owner's font, for headings */
	public Font heading() {
		FontDescriptor base = FontDescriptor.createFrom(owner.getFont());
		return resources.create(base.setStyle(SWT.BOLD).increaseHeight(1));
	}

	private Color colour(RGB rgb) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
	}
}
