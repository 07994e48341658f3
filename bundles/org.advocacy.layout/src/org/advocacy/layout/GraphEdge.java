// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.util.List;

/**
 * A laid-out edge.
 *
 * @param source the id of the source node
 * @param target the id of the target node or group
 * @param kind   what the edge means
 * @param points the route, start to end, in absolute graph coordinates (at least two points)
 */
public record GraphEdge(String source, String target, EdgeKind kind, List<GraphPoint> points) {

	public GraphEdge {
		points = List.copyOf(points);
	}
}
