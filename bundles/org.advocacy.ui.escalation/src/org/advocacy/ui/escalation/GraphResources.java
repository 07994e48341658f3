// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import org.advocacy.layout.RungState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Owns the colours and fonts of the escalation graph and disposes them. One instance per canvas (or per export);
 * the renderer only borrows them.
 */
public final class GraphResources {

	private final Color background;
	private final Color groupFill;
	private final Color groupBorder;
	private final Color groupTitle;
	private final Color engagedTitle;
	private final Color flaggedTitle;
	private final Color text;
	private final Color mutedText;
	private final Color nodeFill;
	private final Color nodeBorder;
	private final Color edge;
	private final Color engageEdge;
	private final Color selection;
	private final Color advocateFill;
	private final Color customerFill;
	private final Color warning70;
	private final Color warning90;
	private final Color[] stateFill = new Color[RungState.values().length];
	private final Color[] stateBorder = new Color[RungState.values().length];
	private final Font bold;
	private final Font small;
	private final Font title;

	/** @param display the display the colours and fonts are created on */
	public GraphResources(Display display) {
		background = new Color(252, 252, 253);
		groupFill = new Color(242, 244, 247);
		groupBorder = new Color(200, 205, 214);
		groupTitle = new Color(224, 229, 237);
		engagedTitle = new Color(198, 219, 247);
		flaggedTitle = new Color(241, 170, 160);
		text = new Color(33, 37, 41);
		mutedText = new Color(106, 114, 125);
		nodeFill = new Color(255, 255, 255);
		nodeBorder = new Color(168, 175, 186);
		edge = new Color(125, 133, 145);
		engageEdge = new Color(94, 53, 177);
		selection = new Color(25, 118, 210);
		advocateFill = new Color(232, 222, 248);
		customerFill = new Color(212, 238, 236);
		warning70 = new Color(255, 241, 186);
		warning90 = new Color(255, 214, 180);
		state(RungState.IDLE, nodeFill.getRGB(), nodeBorder.getRGB());
		state(RungState.CALL_NOW, new RGB(255, 224, 178), new RGB(230, 120, 0));
		state(RungState.AWAITING, new RGB(214, 232, 255), new RGB(25, 118, 210));
		state(RungState.RESPONDED, new RGB(210, 238, 211), new RGB(56, 142, 60));
		state(RungState.NO_ANSWER, new RGB(250, 214, 214), new RGB(198, 40, 40));
		state(RungState.REDIRECTED, new RGB(232, 226, 246), new RGB(123, 97, 180));
		state(RungState.TIMED_OUT, new RGB(244, 196, 196), new RGB(160, 30, 30));
		FontData base = display.getSystemFont().getFontData()[0];
		int height = Math.max(8, base.getHeight() - 1);
		bold = new Font(display, base.getName(), height, SWT.BOLD);
		small = new Font(display, base.getName(), Math.max(7, height - 1), SWT.NORMAL);
		title = new Font(display, base.getName(), height + 1, SWT.BOLD);
	}

	private void state(RungState state, RGB fill, RGB border) {
		stateFill[state.ordinal()] = new Color(fill);
		stateBorder[state.ordinal()] = new Color(border);
	}

	/** @return the canvas background */
	public Color background() {
		return background;
	}

	/** @return an area's fill */
	public Color groupFill() {
		return groupFill;
	}

	/** @return an area's border */
	public Color groupBorder() {
		return groupBorder;
	}

	/** @return the title band of an area: engaged, flagged (VP reached without answer) or plain */
	public Color groupTitle(boolean engaged, boolean flagged) {
		return flagged ? flaggedTitle : engaged ? engagedTitle : groupTitle;
	}

	/** @return the main text colour */
	public Color text() {
		return text;
	}

	/** @return the colour of secondary text */
	public Color mutedText() {
		return mutedText;
	}

	/** @return the fill of a rung in that state */
	public Color fill(RungState state) {
		return stateFill[state.ordinal()];
	}

	/** @return the border of a rung in that state */
	public Color border(RungState state) {
		return stateBorder[state.ordinal()];
	}

	/** @return the fill of an awaited rung past a warning threshold (0.7 or 0.9) */
	public Color warningFill(double warning) {
		return warning >= 0.9 ? warning90 : warning70;
	}

	/** @return an edge's colour */
	public Color edge() {
		return edge;
	}

	/** @return the colour of the advocate's "engages" edges */
	public Color engageEdge() {
		return engageEdge;
	}

	/** @return the selection outline */
	public Color selection() {
		return selection;
	}

	/** @return the advocate node's fill */
	public Color advocateFill() {
		return advocateFill;
	}

	/** @return the customer node's fill */
	public Color customerFill() {
		return customerFill;
	}

	/** @return the names' font */
	public Font bold() {
		return bold;
	}

	/** @return the font of details */
	public Font small() {
		return small;
	}

	/** @return the font of area titles */
	public Font title() {
		return title;
	}

	/** Disposes every colour and font. */
	public void dispose() {
		for (Color color : new Color[] { background, groupFill, groupBorder, groupTitle, engagedTitle, flaggedTitle,
				text, mutedText, nodeFill, nodeBorder, edge, engageEdge, selection, advocateFill, customerFill,
				warning70, warning90 }) {
			color.dispose();
		}
		for (int i = 0; i < stateFill.length; i++) {
			stateFill[i].dispose();
			stateBorder[i].dispose();
		}
		bold.dispose();
		small.dispose();
		title.dispose();
	}
}
