// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.EnumMap;
import java.util.Map;

import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Owns the small round Green/Yellow/Red swatches shown beside an engagement's colour code, and disposes them.
 * The colours follow the whitepaper's traffic-light meaning and stay legible on light and dark themes.
 */
final class StatusColourSwatches {

	private static final int SIZE = 12;

	private final Display display;
	private final Map<StatusColour, Image> images = new EnumMap<>(StatusColour.class);

	StatusColourSwatches(Display display) {
		this.display = display;
	}

	/** @return the swatch for the colour code, created on first use; {@code null} for no colour code */
	Image get(StatusColour colour) {
		return colour == null ? null : images.computeIfAbsent(colour, this::draw);
	}

	private Image draw(StatusColour colour) {
		RGB rgb = StatusColours.rgb(colour);
		return new Image(display, (ImageDataProvider) zoom -> disc(rgb, SIZE * zoom / 100));
	}

	/** An anti-aliased filled circle on a transparent square, drawn at the requested pixel size. */
	private static ImageData disc(RGB rgb, int size) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int pixel = data.palette.getPixel(rgb);
		double radius = size / 2.0;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double distance = Math.hypot(x + 0.5 - radius, y + 0.5 - radius);
				double coverage = Math.max(0, Math.min(1, radius - 0.5 - distance + 0.5));
				data.setPixel(x, y, pixel);
				data.setAlpha(x, y, (int) Math.round(coverage * 255));
			}
		}
		return data;
	}

	void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
