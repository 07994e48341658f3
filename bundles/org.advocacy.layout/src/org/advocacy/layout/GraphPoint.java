// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

/**
 * A point of the laid-out graph, in absolute graph coordinates (unscaled pixels from the top-left corner).
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record GraphPoint(double x, double y) {
}
