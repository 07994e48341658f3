// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import org.advocacy.layout.GraphBounds;

/**
 * The mapping between graph coordinates and canvas pixels: {@code screen = graph * zoom - origin}.
 *
 * @param zoom    the scale, 1 for 100%
 * @param originX the graph's horizontal scroll offset, in pixels
 * @param originY the graph's vertical scroll offset, in pixels
 */
public record Viewport(double zoom, double originX, double originY) {

	/** The smallest zoom. */
	public static final double MIN_ZOOM = 0.1;

	/** The largest zoom. */
	public static final double MAX_ZOOM = 4;

	/** @return the graph x of a canvas pixel */
	public double graphX(double screenX) {
		return (screenX + originX) / zoom;
	}

	/** @return the graph y of a canvas pixel */
	public double graphY(double screenY) {
		return (screenY + originY) / zoom;
	}

	/** @return the canvas x of a graph x */
	public double screenX(double graphX) {
		return graphX * zoom - originX;
	}

	/** @return the canvas y of a graph y */
	public double screenY(double graphY) {
		return graphY * zoom - originY;
	}

	/** @return the graph rectangle that a canvas rectangle shows */
	public GraphBounds toGraph(int x, int y, int width, int height) {
		return new GraphBounds(graphX(x), graphY(y), width / zoom, height / zoom);
	}

	/** @return this viewport zoomed to {@code newZoom}, keeping the graph point under the canvas pixel in place */
	public Viewport zoomAround(double newZoom, double screenX, double screenY) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double gx = graphX(screenX);
		double gy = graphY(screenY);
		return new Viewport(clamped, gx * clamped - screenX, gy * clamped - screenY);
	}

	/** @return this viewport moved by a pixel offset */
	public Viewport pan(double dx, double dy) {
		return new Viewport(zoom, originX + dx, originY + dy);
	}

	/** @return the viewport showing the whole graph in a canvas of that size: centred across, top-aligned, at most 100% */
	public static Viewport fit(double graphWidth, double graphHeight, int canvasWidth, int canvasHeight) {
		if (graphWidth <= 0 || graphHeight <= 0 || canvasWidth <= 0 || canvasHeight <= 0) {
			return new Viewport(1, 0, 0);
		}
		double zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(canvasWidth / graphWidth, canvasHeight / graphHeight)));
		double originX = (graphWidth * zoom - canvasWidth) / 2;
		double originY = 0;
		return new Viewport(zoom, originX, originY);
	}
}
