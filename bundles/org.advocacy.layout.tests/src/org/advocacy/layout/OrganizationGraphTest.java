// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.Test;

/** The sample organization converted to an ELK graph and laid out. */
class OrganizationGraphTest {

	private final AdvocacyRepository sample = StandardSample.generate();
	private final Organization organization = sample.getOrganization();

	@Test
	void everyAreaIsAGroupHoldingItsFiveRungsJoinedUpTheLadder() {
		OrganizationGraph graph = new OrganizationGraphBuilder().build(organization, NOW);

		assertEquals(organization.getAreas().size(), graph.groups().size(), "one compound node per area");
		assertEquals(7, graph.groups().size(), "the sample's seven functional areas");
		assertEquals(organization.getAreas(), graph.groups().values().stream().map(GraphGroup::area).toList());
		List<GraphNode> rungs = graph.nodes().values().stream().filter(n -> n.kind() == GraphElementKind.RUNG)
				.toList();
		assertEquals(35, rungs.size(), "five rungs per area");
		graph.groups().forEach((elkGroup, group) -> {
			assertEquals(ladderPeople(group.area()),
					elkGroup.getChildren().stream().map(graph.nodes()::get)
							.filter(n -> n.kind() == GraphElementKind.RUNG).map(GraphNode::person).toList(),
					"the rungs of " + group.label() + " sit inside its group, primary first");
		});
		List<GraphEdge> ladderEdges = graph.edges().values().stream()
				.filter(e -> e.kind() == EdgeKind.ESCALATES_TO).toList();
		assertEquals(7 * 4, ladderEdges.size(), "primary→backup→manager→director→VP in each area");
		for (GraphEdge edge : ladderEdges) {
			GraphNode from = byId(graph, edge.source());
			GraphNode to = byId(graph, edge.target());
			assertEquals(from.area(), to.area(), "escalation edges stay inside an area");
			assertEquals(from.level().getValue() + 1, to.level().getValue(), "each edge goes one level up");
		}
	}

	@Test
	void someoneAwayNowHasTheirAlternateDrawnIn() {
		OrganizationGraph graph = new OrganizationGraphBuilder().build(organization, NOW);

		long expected = organization.getAreas().stream().flatMap(a -> a.getLadder().stream())
				.filter(rung -> LadderContact.covering(rung.getLevel(), rung.getPerson(), NOW).isSubstitute()).count();
		List<GraphNode> alternates = graph.nodes().values().stream()
				.filter(n -> n.kind() == GraphElementKind.ALTERNATE).toList();
		assertEquals(expected, alternates.size());
		assertEquals(expected, graph.edges().values().stream().filter(e -> e.kind() == EdgeKind.COVERED_BY).count());
		for (GraphNode alternate : alternates) {
			assertNotNull(alternate.coveredFor());
			assertEquals(LadderContact.covering(alternate.level(), alternate.coveredFor(), NOW).person(),
					alternate.person());
		}
	}

	@Test
	void layoutLeavesNoOverlappingNodesAndKeepsEachLadderInsideItsArea() {
		GraphLayout layout = new OrganizationLayouter()
				.layout(new OrganizationGraphBuilder().build(organization, NOW));

		assertNoOverlaps(layout);
		for (GraphNode node : layout.nodes()) {
			GraphBounds area = layout.group(node.area()).bounds();
			assertTrue(inside(node.bounds(), area), node.id() + " lies inside its area");
		}
		for (int level = 1; level < 5; level++) {
			for (FunctionalArea area : organization.getAreas()) {
				GraphNode lower = layout.rung(area, EscalationLevel.get(level - 1));
				GraphNode upper = layout.rung(area, EscalationLevel.get(level));
				assertTrue(upper.bounds().y() > lower.bounds().y(), "each ladder reads top-down, primary first");
			}
		}
		for (GraphEdge edge : layout.edges()) {
			assertTrue(edge.points().size() >= 2, "every edge is routed");
			GraphPoint start = edge.points().get(0);
			assertTrue(grow(layout.node(edge.source()).bounds()).contains(start.x(), start.y()),
					"edge " + edge.source() + " starts on its source");
		}
	}

	@Test
	void engagementBandKeepsTheOrganizationLayoutAndLinksTheEngagedAreas() {
		GraphLayout organizationOnly = new OrganizationLayouter()
				.layout(new OrganizationGraphBuilder().build(organization, NOW));
		Engagement engagement = sample.getEngagements().stream().filter(e -> !e.getEscalations().isEmpty())
				.findFirst().orElseThrow();

		GraphLayout combined = organizationOnly.withEngagement(engagement);

		assertNoOverlaps(combined);
		assertNotNull(combined.node("advocate"));
		assertEquals(engagement.getAdvocate(), combined.node("advocate").person());
		assertEquals(engagement.getCustomer(), combined.node("customer").customer());
		Set<String> engaged = combined.edges().stream().filter(e -> e.kind() == EdgeKind.ENGAGES)
				.map(GraphEdge::target).collect(Collectors.toSet());
		assertEquals(GraphLayout.engagedAreas(engagement).stream().map(a -> combined.group(a).id())
				.collect(Collectors.toSet()), engaged);
		double shift = combined.groups().get(0).bounds().y() - organizationOnly.groups().get(0).bounds().y();
		for (GraphNode node : organizationOnly.nodes()) {
			assertEquals(node.bounds().translate(0, shift), combined.node(node.id()).bounds(),
					"the organization only moves down");
		}
	}

	@Test
	void theSameOrganizationAlwaysGetsTheSameLayout() {
		OrganizationGraphBuilder builder = new OrganizationGraphBuilder();
		OrganizationGraph first = builder.build(organization, NOW);
		OrganizationGraph second = builder.build(organization, NOW);

		assertEquals(first.signature(), second.signature());
		assertEquals(bounds(new OrganizationLayouter().layout(first)),
				bounds(new OrganizationLayouter().layout(second)));
	}

	@Test
	void engagedAreasOnlyFilterKeepsJustThoseGroups() {
		FunctionalArea first = organization.getAreas().get(0);
		FunctionalArea last = organization.getAreas().get(organization.getAreas().size() - 1);

		GraphLayout layout = new OrganizationLayouter()
				.layout(new OrganizationGraphBuilder().build(organization, List.of(last, first), NOW));

		assertEquals(List.of(first, last), layout.groups().stream().map(GraphGroup::area).toList());
		assertFalse(layout.nodes().stream().anyMatch(n -> n.area() != first && n.area() != last));
	}

	private static List<GraphBounds> bounds(GraphLayout layout) {
		return layout.nodes().stream().map(GraphNode::bounds).toList();
	}

	static void assertNoOverlaps(GraphLayout layout) {
		List<GraphNode> nodes = layout.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i).bounds().overlaps(nodes.get(j).bounds()),
						nodes.get(i).id() + " overlaps " + nodes.get(j).id());
			}
		}
		List<GraphGroup> groups = layout.groups();
		for (int i = 0; i < groups.size(); i++) {
			for (int j = i + 1; j < groups.size(); j++) {
				assertFalse(groups.get(i).bounds().overlaps(groups.get(j).bounds()),
						groups.get(i).label() + " overlaps " + groups.get(j).label());
			}
		}
	}

	private static boolean inside(GraphBounds inner, GraphBounds outer) {
		return inner.x() >= outer.x() && inner.y() >= outer.y() + OrganizationGraphBuilder.GROUP_TITLE_HEIGHT
				&& inner.x() + inner.width() <= outer.x() + outer.width()
				&& inner.y() + inner.height() <= outer.y() + outer.height();
	}

	private static GraphBounds grow(GraphBounds b) {
		return new GraphBounds(b.x() - 1, b.y() - 1, b.width() + 2, b.height() + 2);
	}

	private static GraphNode byId(OrganizationGraph graph, String id) {
		return graph.nodes().values().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<Object> ladderPeople(FunctionalArea area) {
		return area.getLadder().stream()
				.sorted(java.util.Comparator.comparingInt(rung -> rung.getLevel().getValue()))
				.map(LadderRung::getPerson).map(Object.class::cast).toList();
	}
}
