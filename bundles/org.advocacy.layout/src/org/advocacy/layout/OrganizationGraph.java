// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.util.Collections;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * The organization converted to an ELK graph, not yet laid out: one compound node per functional area holding a node
 * per ladder rung (and per alternate covering an absent person), "escalates to" edges up each ladder. Built on the
 * thread that owns the model; laid out by {@link OrganizationLayouter} on any thread, because laying out reads only
 * the ELK graph.
 */
public final class OrganizationGraph {

	private final ElkNode root;
	private final Map<ElkNode, GraphNode> nodes;
	private final Map<ElkNode, GraphGroup> groups;
	private final Map<ElkEdge, GraphEdge> edges;
	private final String signature;

	OrganizationGraph(ElkNode root, Map<ElkNode, GraphNode> nodes, Map<ElkNode, GraphGroup> groups,
			Map<ElkEdge, GraphEdge> edges, String signature) {
		this.root = root;
		this.nodes = Collections.unmodifiableMap(nodes);
		this.groups = Collections.unmodifiableMap(groups);
		this.edges = Collections.unmodifiableMap(edges);
		this.signature = signature;
	}

	/** @return the ELK graph's root: its children are the area compound nodes */
	public ElkNode root() {
		return root;
	}

	/** @return the person nodes by their ELK node, bounds not yet set */
	public Map<ElkNode, GraphNode> nodes() {
		return nodes;
	}

	/** @return the area groups by their ELK compound node, bounds not yet set */
	public Map<ElkNode, GraphGroup> groups() {
		return groups;
	}

	/** @return the edges by their ELK edge, route not yet set */
	public Map<ElkEdge, GraphEdge> edges() {
		return edges;
	}

	/**
	 * @return a text that changes exactly when the graph's structure changes (areas, rungs, people, alternates):
	 *         two graphs with the same signature get the same layout, so a view can keep the layout it has
	 */
	public String signature() {
		return signature;
	}
}
