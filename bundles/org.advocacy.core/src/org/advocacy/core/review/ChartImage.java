// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.Objects;

/**
 * One metric chart drawn by the user interface for the review pack: the core writes it into the pack as an
 * embedded image and never draws anything itself.
 *
 * @param title what the chart shows, e.g. "Engagements by reason"
 * @param png   the chart as PNG bytes
 */
public record ChartImage(String title, byte[] png) {

	/** Checks both parts are present and keeps a copy of the bytes. */
	public ChartImage {
		Objects.requireNonNull(title, "title");
		png = png.clone();
	}

	/** @return a copy of the PNG bytes */
	@Override
	public byte[] png() {
		return png.clone();
	}
}
