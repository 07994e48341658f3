// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Escalation;
import org.advocacy.model.FunctionalArea;

/**
 * The laid-out escalation graph as an immutable view model: area groups, person nodes and edges in absolute
 * coordinates. Views paint it and hit-test it; nothing here refers to a display.
 */
public final class GraphLayout {

	/** The gap between the engagement band (customer, advocate) and the organization below it. */
	public static final double BAND_GAP = 56;

	private static final double MARGIN = 16;
	private static final double BAND_SPACING = 48;

	private final List<GraphGroup> groups;
	private final List<GraphNode> nodes;
	private final List<GraphEdge> edges;
	private final double width;
	private final double height;

	/**
	 * @param groups the area groups, painted first
	 * @param nodes  the person nodes
	 * @param edges  the edges
	 * @param width  the width of the whole graph
	 * @param height the height of the whole graph
	 */
	public GraphLayout(List<GraphGroup> groups, List<GraphNode> nodes, List<GraphEdge> edges, double width,
			double height) {
		this.groups = List.copyOf(groups);
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		this.width = width;
		this.height = height;
	}

	/** @return the area groups */
	public List<GraphGroup> groups() {
		return groups;
	}

	/** @return the person nodes */
	public List<GraphNode> nodes() {
		return nodes;
	}

	/** @return the edges */
	public List<GraphEdge> edges() {
		return edges;
	}

	/** @return the width of the whole graph */
	public double width() {
		return width;
	}

	/** @return the height of the whole graph */
	public double height() {
		return height;
	}

	/** @return the topmost node at the point, or {@code null} */
	public GraphNode nodeAt(double x, double y) {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i).bounds().contains(x, y)) {
				return nodes.get(i);
			}
		}
		return null;
	}

	/** @return the group at the point, or {@code null} */
	public GraphGroup groupAt(double x, double y) {
		for (GraphGroup group : groups) {
			if (group.bounds().contains(x, y)) {
				return group;
			}
		}
		return null;
	}

	/** @return the node of that rung of the area's ladder, or {@code null} when it has none */
	public GraphNode rung(FunctionalArea area, EscalationLevel level) {
		for (GraphNode node : nodes) {
			if (node.kind() == GraphElementKind.RUNG && node.area() == area && node.level() == level) {
				return node;
			}
		}
		return null;
	}

	/** @return the node with that id, or {@code null} */
	public GraphNode node(String id) {
		for (GraphNode node : nodes) {
			if (node.id().equals(id)) {
				return node;
			}
		}
		return null;
	}

	/** @return the group of the area, or {@code null} when it is not shown */
	public GraphGroup group(FunctionalArea area) {
		for (GraphGroup group : groups) {
			if (group.area() == area) {
				return group;
			}
		}
		return null;
	}

	/**
	 * Adds the engagement's band above the organization: the customer and the advocate as nodes, and an "engages"
	 * edge from the advocate to each area the engagement escalated to. The organization keeps its layout and only
	 * moves down, so selecting another engagement or adding an escalation never reshuffles the ladders.
	 *
	 * @param engagement the selected engagement, or {@code null} for the organization alone
	 * @return the combined layout (this one when {@code engagement} is {@code null})
	 */
	public GraphLayout withEngagement(Engagement engagement) {
		if (engagement == null) {
			return this;
		}
		double bandHeight = OrganizationGraphBuilder.NODE_HEIGHT + BAND_GAP;
		List<GraphGroup> movedGroups = new ArrayList<>();
		for (GraphGroup group : groups) {
			movedGroups.add(new GraphGroup(group.id(), group.area(), group.label(), group.bounds().translate(0, bandHeight)));
		}
		List<GraphNode> movedNodes = new ArrayList<>();
		double w = OrganizationGraphBuilder.NODE_WIDTH;
		double h = OrganizationGraphBuilder.NODE_HEIGHT;
		GraphNode customer = new GraphNode("customer", GraphElementKind.CUSTOMER, null, engagement.getCustomer(), null,
				null, null, new GraphBounds(MARGIN, MARGIN, w, h));
		GraphNode advocate = new GraphNode("advocate", GraphElementKind.ADVOCATE, engagement.getAdvocate(), null, null,
				null, null, new GraphBounds(MARGIN + w + BAND_SPACING, MARGIN, w, h));
		if (engagement.getCustomer() != null) {
			movedNodes.add(customer);
		}
		movedNodes.add(advocate);
		for (GraphNode node : nodes) {
			movedNodes.add(node.at(node.bounds().translate(0, bandHeight)));
		}
		List<GraphEdge> movedEdges = new ArrayList<>();
		if (engagement.getCustomer() != null) {
			double y = MARGIN + h / 2;
			movedEdges.add(new GraphEdge(customer.id(), advocate.id(), EdgeKind.ADVOCATED_BY,
					List.of(new GraphPoint(MARGIN + w, y), new GraphPoint(advocate.bounds().x(), y))));
		}
		for (GraphEdge edge : edges) {
			List<GraphPoint> points = new ArrayList<>();
			for (GraphPoint point : edge.points()) {
				points.add(new GraphPoint(point.x(), point.y() + bandHeight));
			}
			movedEdges.add(new GraphEdge(edge.source(), edge.target(), edge.kind(), points));
		}
		GraphLayout moved = new GraphLayout(movedGroups, movedNodes, movedEdges, Math.max(width,
				advocate.bounds().x() + w + MARGIN), height + bandHeight);
		int lane = 0;
		for (FunctionalArea area : engagedAreas(engagement)) {
			GraphGroup group = moved.group(area);
			if (group != null) {
				GraphPoint start = advocate.bounds().bottomCentre();
				GraphPoint end = group.bounds().topCentre();
				double midY = start.y() + 10 + (lane++ % 4) * 8;
				movedEdges.add(new GraphEdge(advocate.id(), group.id(), EdgeKind.ENGAGES, List.of(start,
						new GraphPoint(start.x(), midY), new GraphPoint(end.x(), midY), end)));
			}
		}
		return new GraphLayout(movedGroups, movedNodes, movedEdges, moved.width, moved.height);
	}

	/** @return the areas the engagement escalated to, in the order of its escalations, each once */
	public static Set<FunctionalArea> engagedAreas(Engagement engagement) {
		Set<FunctionalArea> areas = new LinkedHashSet<>();
		for (Escalation escalation : engagement.getEscalations()) {
			if (escalation.getArea() != null) {
				areas.add(escalation.getArea());
			}
		}
		return areas;
	}
}
