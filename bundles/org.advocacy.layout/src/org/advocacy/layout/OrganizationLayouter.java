// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacy.layout.internal.ElkSetup;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/**
 * Lays out an {@link OrganizationGraph} with ELK layered (areas as compound nodes, each ladder top-down) and reads the
 * result back as an immutable {@link GraphLayout} in absolute coordinates. Reads only the ELK graph, never the model,
 * so a view may run it in a background job. One graph must not be laid out by two threads at once.
 */
public final class OrganizationLayouter {

	/**
	 * @param graph the graph; its ELK nodes receive their positions
	 * @return the layout
	 */
	public GraphLayout layout(OrganizationGraph graph) {
		ElkSetup.ensureRegistered();
		new RecursiveGraphLayoutEngine().layout(graph.root(), new BasicProgressMonitor());
		List<GraphGroup> groups = new ArrayList<>();
		for (Map.Entry<ElkNode, GraphGroup> entry : graph.groups().entrySet()) {
			GraphGroup group = entry.getValue();
			groups.add(new GraphGroup(group.id(), group.area(), group.label(), absolute(entry.getKey())));
		}
		List<GraphNode> nodes = new ArrayList<>();
		for (Map.Entry<ElkNode, GraphNode> entry : graph.nodes().entrySet()) {
			nodes.add(entry.getValue().at(absolute(entry.getKey())));
		}
		List<GraphEdge> edges = new ArrayList<>();
		for (Map.Entry<ElkEdge, GraphEdge> entry : graph.edges().entrySet()) {
			GraphEdge edge = entry.getValue();
			edges.add(new GraphEdge(edge.source(), edge.target(), edge.kind(), route(entry.getKey())));
		}
		ElkNode root = graph.root();
		return new GraphLayout(groups, nodes, edges, root.getWidth(), root.getHeight());
	}

	private static GraphBounds absolute(ElkNode node) {
		double x = node.getX();
		double y = node.getY();
		for (ElkNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
			x += parent.getX();
			y += parent.getY();
		}
		return new GraphBounds(x, y, node.getWidth(), node.getHeight());
	}

	/** Edge sections are relative to the edge's containing node. */
	private static List<GraphPoint> route(ElkEdge edge) {
		ElkNode container = edge.getContainingNode();
		double dx = 0;
		double dy = 0;
		if (container != null) {
			GraphBounds origin = absolute(container);
			dx = origin.x();
			dy = origin.y();
		}
		List<GraphPoint> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new GraphPoint(section.getStartX() + dx, section.getStartY() + dy));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new GraphPoint(bend.getX() + dx, bend.getY() + dy));
			}
			points.add(new GraphPoint(section.getEndX() + dx, section.getEndY() + dy));
		}
		return points;
	}
}
