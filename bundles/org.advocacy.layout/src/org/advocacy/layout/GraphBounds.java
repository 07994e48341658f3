// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

/**
 * A rectangle of the laid-out graph, in absolute graph coordinates.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record GraphBounds(double x, double y, double width, double height) {

	/** @return whether the point lies inside (edges included) */
	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	/** @return whether the two rectangles share some area (touching edges do not count) */
	public boolean overlaps(GraphBounds other) {
		return x < other.x + other.width && other.x < x + width && y < other.y + other.height
				&& other.y < y + height;
	}

	/** @return the middle of the top side */
	public GraphPoint topCentre() {
		return new GraphPoint(x + width / 2, y);
	}

	/** @return the middle of the bottom side */
	public GraphPoint bottomCentre() {
		return new GraphPoint(x + width / 2, y + height);
	}

	/** @return this rectangle moved by the offset */
	public GraphBounds translate(double dx, double dy) {
		return new GraphBounds(x + dx, y + dy, width, height);
	}
}
