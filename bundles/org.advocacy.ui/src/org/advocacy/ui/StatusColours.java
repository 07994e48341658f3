// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import org.advocacy.model.StatusColour;
import org.eclipse.swt.graphics.RGB;

/**
 * The one traffic-light palette of the colour code (Green on track, Yellow at risk, Red off track) shared by every
 * view, chart and export image, so a Red engagement is the same red everywhere. Values only: each view's resources
 * owner creates and disposes its own {@code Color}s from them.
 */
public final class StatusColours {

	private StatusColours() {
	}

	/** @return the colour of a colour code; legible on white and on the light theme's backgrounds */
	public static RGB rgb(StatusColour colour) {
		return switch (colour) {
		case GREEN -> new RGB(46, 160, 67);
		case YELLOW -> new RGB(214, 160, 0);
		case RED -> new RGB(207, 34, 46);
		};
	}
}
