// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Converts an organization's who-to-call matrix into an ELK graph: each functional area becomes a compound node, each
 * rung of its ladder (primary, backup, manager, director, vice president) a node inside it, joined bottom-up by
 * "escalates to" edges. A person on the ladder who is away at the given instant gets their alternate drawn in beside
 * them, joined by a "covered by" edge.
 * <p>
 * The areas are packed into rows by ELK's box algorithm; each ladder inside is laid out by ELK layered, top-down.
 * Every node has the same fixed size and the areas and rungs keep the model's order, so the same organization always
 * gives the same graph and the same layout: live escalation state never changes the structure.
 */
public final class OrganizationGraphBuilder {

	/** The width of a person node. */
	public static final double NODE_WIDTH = 210;

	/** The height of a person node. */
	public static final double NODE_HEIGHT = 66;

	/** The height of an area's title band above its ladder. */
	public static final double GROUP_TITLE_HEIGHT = 26;

	private static final double GROUP_PADDING = 12;
	private static final String ALGORITHM = "org.eclipse.elk.layered";
	private static final String BOX = "org.eclipse.elk.box";

	/**
	 * Builds the graph of every area.
	 *
	 * @param organization the organization
	 * @param now          the instant that decides who is away
	 * @return the graph, not laid out
	 */
	public OrganizationGraph build(Organization organization, Instant now) {
		return build(organization, null, now);
	}

	/**
	 * Builds the graph of some areas.
	 *
	 * @param organization the organization
	 * @param onlyAreas    the areas to show, or {@code null} for all; kept in the organization's order
	 * @param now          the instant that decides who is away
	 * @return the graph, not laid out
	 */
	public OrganizationGraph build(Organization organization, Collection<FunctionalArea> onlyAreas, Instant now) {
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(now, "now");
		ElkNode root = ElkGraphUtil.createGraph();
		root.setIdentifier("organization");
		configureRoot(root);
		Map<ElkNode, GraphNode> nodes = new LinkedHashMap<>();
		Map<ElkNode, GraphGroup> groups = new LinkedHashMap<>();
		Map<ElkEdge, GraphEdge> edges = new LinkedHashMap<>();
		StringBuilder signature = new StringBuilder();
		Map<FunctionalArea, Boolean> wanted = null;
		if (onlyAreas != null) {
			wanted = new IdentityHashMap<>();
			for (FunctionalArea area : onlyAreas) {
				wanted.put(area, Boolean.TRUE);
			}
		}
		List<FunctionalArea> areas = organization.getAreas();
		for (int a = 0; a < areas.size(); a++) {
			FunctionalArea area = areas.get(a);
			if (wanted != null && !wanted.containsKey(area)) {
				continue;
			}
			String groupId = "area" + a;
			ElkNode group = ElkGraphUtil.createNode(root);
			group.setIdentifier(groupId);
			configureGroup(group);
			groups.put(group, new GraphGroup(groupId, area, areaName(area), null));
			signature.append('[').append(groupId).append(':').append(areaName(area));
			ElkNode below = null;
			String belowId = null;
			for (LadderRung rung : sortedRungs(area)) {
				String id = groupId + "." + rung.getLevel().getName();
				ElkNode node = person(group, id);
				nodes.put(node, new GraphNode(id, GraphElementKind.RUNG, rung.getPerson(), null, area, rung.getLevel(),
						null, null));
				signature.append('|').append(id).append('=').append(System.identityHashCode(rung.getPerson()));
				if (below != null) {
					edges.put(ElkGraphUtil.createSimpleEdge(below, node),
							new GraphEdge(belowId, id, EdgeKind.ESCALATES_TO, List.of()));
				}
				LadderContact cover = LadderContact.covering(rung.getLevel(), rung.getPerson(), now);
				if (cover.isSubstitute()) {
					String alternateId = id + ".alternate";
					ElkNode alternate = person(group, alternateId);
					nodes.put(alternate, new GraphNode(alternateId, GraphElementKind.ALTERNATE, cover.person(), null,
							area, rung.getLevel(), rung.getPerson(), null));
					edges.put(ElkGraphUtil.createSimpleEdge(node, alternate),
							new GraphEdge(id, alternateId, EdgeKind.COVERED_BY, List.of()));
					signature.append("~").append(System.identityHashCode(cover.person()));
				}
				below = node;
				belowId = id;
			}
			signature.append(']');
		}
		return new OrganizationGraph(root, nodes, groups, edges, signature.toString());
	}

	/** @return the area's name for its title */
	public static String areaName(FunctionalArea area) {
		if (area.getName() != null && !area.getName().isBlank()) {
			return area.getName();
		}
		return area.getKind() == null ? "Unnamed area" : area.getKind().getLiteral();
	}

	private static List<LadderRung> sortedRungs(FunctionalArea area) {
		List<LadderRung> rungs = new ArrayList<>();
		for (LadderRung rung : area.getLadder()) {
			if (rung.getLevel() != null && rung.getPerson() != null) {
				rungs.add(rung);
			}
		}
		rungs.sort(Comparator.comparingInt(rung -> rung.getLevel().getValue()));
		return rungs;
	}

	private static ElkNode person(ElkNode group, String id) {
		ElkNode node = ElkGraphUtil.createNode(group);
		node.setIdentifier(id);
		node.setDimensions(NODE_WIDTH, NODE_HEIGHT);
		return node;
	}

	/**
	 * The areas are not connected to each other: ELK's box algorithm packs them into rows of the given aspect ratio,
	 * in the model's order (interactive mode keeps the input order instead of sorting by size).
	 */
	private static void configureRoot(ElkNode root) {
		root.setProperty(CoreOptions.ALGORITHM, BOX);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
		root.setProperty(BoxLayouterOptions.INTERACTIVE, true);
		root.setProperty(BoxLayouterOptions.ASPECT_RATIO, 3.5);
		root.setProperty(BoxLayouterOptions.SPACING_NODE_NODE, 28.0);
		root.setProperty(BoxLayouterOptions.PADDING, new ElkPadding(16));
	}

	private static void configureGroup(ElkNode group) {
		group.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
		group.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		group.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		group.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
		group.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 22.0);
		group.setProperty(CoreOptions.PADDING,
				new ElkPadding(GROUP_TITLE_HEIGHT + GROUP_PADDING, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
		group.setProperty(CoreOptions.RANDOM_SEED, 1);
	}
}
