// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Draws the whole escalation graph, as the canvas paints it at 100%, into a picture for a PNG export. */
final class GraphImageExport {

	/** The longest side of an exported image; larger graphs are scaled down to it. */
	private static final int MAX_SIDE = 8000;

	private GraphImageExport() {
	}

	/**
	 * @param display the display
	 * @param scene   the scene to export
	 * @return the picture
	 */
	static ImageData draw(Display display, GraphScene scene) {
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
			return image.getImageData();
		} finally {
			image.dispose();
			resources.dispose();
		}
	}
}
