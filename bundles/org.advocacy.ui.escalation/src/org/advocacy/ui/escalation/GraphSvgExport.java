// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.util.List;
import java.util.Locale;

import org.advocacy.layout.EdgeKind;
import org.advocacy.layout.GraphBounds;
import org.advocacy.layout.GraphEdge;
import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphGroup;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.GraphPoint;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.layout.OrganizationGraphBuilder;
import org.advocacy.layout.RungLiveState;
import org.advocacy.layout.RungState;
import org.eclipse.swt.graphics.Color;

/**
 * The whole escalation graph as an SVG document, in the colours of {@link GraphResources}: areas, edges and
 * nodes with the same words the canvas shows, so the picture can go into a report or a slide at any size.
 */
final class GraphSvgExport {

	private GraphSvgExport() {
	}

	/** @return the SVG document of the scene */
	static String toSvg(GraphResources resources, GraphScene scene) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
						+ " font-family=\"sans-serif\">\n",
				scene.layout().width(), scene.layout().height(), scene.layout().width(), scene.layout().height()));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(resources.background())).append("\"/>\n");
		for (GraphGroup group : scene.layout().groups()) {
			group(svg, resources, scene, group);
		}
		for (GraphEdge edge : scene.layout().edges()) {
			edge(svg, resources, edge);
		}
		for (GraphNode node : scene.layout().nodes()) {
			node(svg, resources, scene, node);
		}
		return svg.append("</svg>\n").toString();
	}

	private static void group(StringBuilder svg, GraphResources resources, GraphScene scene, GraphGroup group) {
		GraphBounds b = group.bounds();
		LadderLiveState ladder = scene.ladders().get(group.area());
		boolean flagged = ladder != null && (ladder.flagged() || ladder.vicePresidentReached());
		svg.append(String.format(Locale.ROOT,
				"<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"%s\" stroke=\"%s\"/>"
						+ "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"%s\"/>",
				b.x(), b.y(), b.width(), b.height(), hex(resources.groupFill()), hex(resources.groupBorder()), b.x(),
				b.y(), b.width(), OrganizationGraphBuilder.GROUP_TITLE_HEIGHT,
				hex(resources.groupTitle(ladder != null, flagged))));
		text(svg, b.x() + 7, b.y() + 17, 13, "bold", hex(resources.text()), group.label()
				+ (ladder == null ? "" : ladder.flagged() ? " \u2014 flagged" : flagged ? " \u2014 VP reached" : " \u2014 engaged"));
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, GraphResources resources, GraphEdge edge) {
		List<GraphPoint> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		boolean engage = edge.kind() == EdgeKind.ENGAGES || edge.kind() == EdgeKind.ADVOCATED_BY;
		StringBuilder path = new StringBuilder();
		for (GraphPoint point : points) {
			path.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
		}
		svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\"%s/>\n",
				path.toString().trim(), hex(engage ? resources.engageEdge() : resources.edge()), engage ? 2 : 1,
				edge.kind() == EdgeKind.COVERED_BY ? " stroke-dasharray=\"4 3\"" : ""));
		GraphPoint from = points.get(points.size() - 2);
		GraphPoint to = points.get(points.size() - 1);
		double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
		svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>\n",
				to.x(), to.y(), to.x() - 8 * Math.cos(angle - 0.4), to.y() - 8 * Math.sin(angle - 0.4),
				to.x() - 8 * Math.cos(angle + 0.4), to.y() - 8 * Math.sin(angle + 0.4),
				hex(engage ? resources.engageEdge() : resources.edge())));
	}

	private static void node(StringBuilder svg, GraphResources resources, GraphScene scene, GraphNode node) {
		GraphBounds b = node.bounds();
		RungLiveState rung = scene.rungState(node);
		RungState state = rung != null && NodeText.showsStateOn(node, rung) ? rung.state() : RungState.IDLE;
		Color fill = switch (node.kind()) {
		case ADVOCATE -> resources.advocateFill();
		case CUSTOMER -> resources.customerFill();
		default -> state == RungState.AWAITING && scene.ladder(node).warning() > 0
				? resources.warningFill(scene.ladder(node).warning()) : resources.fill(state);
		};
		svg.append(String.format(Locale.ROOT,
				"<g><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"%s\""
						+ " stroke=\"%s\" stroke-width=\"%d\"%s/>",
				escape(NodeText.tooltip(scene, node)), b.x(), b.y(), b.width(), b.height(), hex(fill),
				hex(resources.border(state)), state == RungState.IDLE ? 1 : 2,
				node.kind() == GraphElementKind.ALTERNATE ? " stroke-dasharray=\"4 3\"" : ""));
		text(svg, b.x() + b.width() - 7, b.y() + 14, 10, "normal end", hex(resources.mutedText()), NodeText.badge(node));
		text(svg, b.x() + 7, b.y() + 16, 12, "bold", hex(resources.text()), NodeText.name(node));
		double y = b.y() + 30;
		List<String> details = NodeText.details(scene, node);
		for (int i = 0; i < details.size(); i++) {
			boolean stateLine = i == details.size() - 1 && state != RungState.IDLE;
			text(svg, b.x() + 7, y, 10, "normal", hex(stateLine ? resources.border(state) : resources.mutedText()),
					details.get(i));
			y += 12;
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, double x, double y, int size, String style, String colour,
			String text) {
		boolean end = style.endsWith(" end");
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\"%s>%s</text>",
				x, y, size, style.startsWith("bold") ? "bold" : "normal", colour, end ? " text-anchor=\"end\"" : "",
				escape(text)));
	}

	private static String hex(Color color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
