// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/**
 * Owns the colours and fonts of the chart and disposes them: the renderer and the canvas only borrow them. The
 * palette reads well on screen and in a printed PNG: blue work, red critical path, grey baselines and slack.
 */
public final class GanttResources {

	final Color background;
	final Color headerBackground;
	final Color headerText;
	final Color grid;
	final Color nonWorking;
	final Color selection;
	final Color bar;
	final Color barProgress;
	final Color criticalBar;
	final Color criticalProgress;
	final Color summary;
	final Color milestone;
	final Color baseline;
	final Color slack;
	final Color commitmentKept;
	final Color commitmentMissed;
	final Color today;
	final Color link;
	final Color text;
	final Color preview;
	final Color selectedLink;
	final Color added;
	final Color changed;
	final Color published;
	final Color green;
	final Color yellow;
	final Color red;
	final Font small;
	final Font bold;

	/**
	 * Creates the colours and fonts on a display.
	 *
	 * @param display the display the chart is on
	 */
	public GanttResources(Display display) {
		background = new Color(255, 255, 255);
		headerBackground = new Color(243, 244, 246);
		headerText = new Color(55, 65, 81);
		grid = new Color(226, 228, 233);
		nonWorking = new Color(241, 242, 245);
		selection = new Color(219, 234, 254);
		bar = new Color(74, 137, 220);
		barProgress = new Color(30, 84, 160);
		criticalBar = new Color(226, 85, 72);
		criticalProgress = new Color(160, 35, 28);
		summary = new Color(55, 65, 81);
		milestone = new Color(55, 65, 81);
		baseline = new Color(180, 184, 192);
		slack = new Color(130, 136, 148);
		commitmentKept = new Color(StatusColours.rgb(StatusColour.GREEN));
		commitmentMissed = new Color(StatusColours.rgb(StatusColour.RED));
		today = new Color(234, 128, 0);
		link = new Color(100, 108, 120);
		text = new Color(31, 41, 55);
		preview = new Color(20, 20, 20);
		selectedLink = new Color(37, 99, 235);
		added = new Color(220, 245, 226);
		changed = new Color(254, 243, 199);
		published = new Color(146, 64, 14);
		green = new Color(StatusColours.rgb(StatusColour.GREEN));
		yellow = new Color(StatusColours.rgb(StatusColour.YELLOW));
		red = new Color(StatusColours.rgb(StatusColour.RED));
		FontData[] base = display.getSystemFont().getFontData();
		FontData smallData = new FontData(base[0].getName(), Math.max(7, base[0].getHeight() - 1), SWT.NORMAL);
		small = new Font(display, smallData);
		bold = new Font(display, new FontData(base[0].getName(), base[0].getHeight(), SWT.BOLD));
	}

	/** @return the colour shown for a colour code */
	public Color statusColour(StatusColour colour) {
		return switch (colour) {
		case GREEN -> green;
		case YELLOW -> yellow;
		case RED -> red;
		};
	}

	/** @return the bold font, for phase rows and the header */
	public Font bold() {
		return bold;
	}

	/** Disposes the fonts (colours hold no OS resources since SWT 3.120, but are released with them). */
	public void dispose() {
		small.dispose();
		bold.dispose();
	}
}
