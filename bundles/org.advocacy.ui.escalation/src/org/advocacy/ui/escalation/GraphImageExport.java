// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Writes the whole escalation graph, as the canvas paints it at 100%, to a PNG file. */
final class GraphImageExport {

	/** The longest side of an exported image; larger graphs are scaled down to it. */
	private static final int MAX_SIDE = 8000;

	private GraphImageExport() {
	}

	/**
	 * @param display the display
	 * @param scene   the scene to export
	 * @param file    the PNG file to write
	 */
	static void writePng(Display display, GraphScene scene, Path file) {
		double zoom = Math.min(1, MAX_SIDE / Math.max(scene.layout().width(), scene.layout().height()));
		int width = Math.max(1, (int) Math.ceil(scene.layout().width() * zoom));
		int height = Math.max(1, (int) Math.ceil(scene.layout().height() * zoom));
		GraphResources resources = new GraphResources(display);
		Image image = new Image(display, width, height);
		try {
			GC gc = new GC(image);
			try {
				Rectangle all = new Rectangle(0, 0, width, height);
				gc.setBackground(resources.background());
				gc.fillRectangle(all);
				new GraphRenderer(resources).paint(gc, scene, new Viewport(zoom, 0, 0), all, null);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
			resources.dispose();
		}
	}
}
