// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.util.List;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * Paints a {@link GraphScene}: areas, edges and nodes in graph coordinates under the viewport's transform, only
 * what intersects the damaged area; then the legend in canvas pixels. Paints only; never changes anything.
 */
public final class GraphRenderer {

	private static final int ARC = 10;
	private static final int PAD = 7;

	private final GraphResources resources;

	/** @param resources the colours and fonts to paint with (owned by the caller) */
	public GraphRenderer(GraphResources resources) {
		this.resources = resources;
	}

	/**
	 * @param gc       the graphics context, its clipping set to the damaged area
	 * @param scene    what to paint
	 * @param viewport zoom and scroll
	 * @param damaged  the damaged canvas area
	 * @param selected the selected node, or {@code null}
	 */
	public void paint(GC gc, GraphScene scene, Viewport viewport, Rectangle damaged, GraphNode selected) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		GraphBounds visible = viewport.toGraph(damaged.x - 2, damaged.y - 2, damaged.width + 4, damaged.height + 4);
		Transform transform = new Transform(gc.getDevice());
		try {
			transform.translate((float) -viewport.originX(), (float) -viewport.originY());
			transform.scale((float) viewport.zoom(), (float) viewport.zoom());
			gc.setTransform(transform);
			for (GraphGroup group : scene.layout().groups()) {
				if (group.bounds().overlaps(visible)) {
					paintGroup(gc, scene, group);
				}
			}
			for (GraphEdge edge : scene.layout().edges()) {
				if (routeBounds(edge.points()).overlaps(visible)) {
					paintEdge(gc, edge);
				}
			}
			for (GraphNode node : scene.layout().nodes()) {
				if (node.bounds().overlaps(visible)) {
					paintNode(gc, scene, node, node == selected || selected != null && node.id().equals(selected.id()));
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private void paintGroup(GC gc, GraphScene scene, GraphGroup group) {
		Rectangle r = rect(group.bounds());
		LadderLiveState ladder = scene.ladders().get(group.area());
		gc.setBackground(resources.groupFill());
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		int band = (int) OrganizationGraphBuilder.GROUP_TITLE_HEIGHT;
		gc.setBackground(resources.groupTitle(ladder != null, ladder != null && (ladder.flagged()
				|| ladder.vicePresidentReached())));
		gc.fillRoundRectangle(r.x, r.y, r.width, band, ARC, ARC);
		gc.fillRectangle(r.x, r.y + band - ARC, r.width, ARC);
		gc.setForeground(resources.groupBorder());
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		gc.setFont(resources.title());
		gc.setForeground(resources.text());
		String title = group.label();
		if (ladder != null) {
			title += ladder.flagged() ? "  \u2014  flagged: VP did not answer"
					: ladder.vicePresidentReached() ? "  \u2014  VP reached" : "  \u2014  engaged";
		}
		drawText(gc, title, r.x + PAD, r.y + (band - gc.getFontMetrics().getHeight()) / 2, r.width - 2 * PAD);
	}

	private void paintEdge(GC gc, GraphEdge edge) {
		List<GraphPoint> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		boolean engage = edge.kind() == EdgeKind.ENGAGES || edge.kind() == EdgeKind.ADVOCATED_BY;
		gc.setForeground(engage ? resources.engageEdge() : resources.edge());
		gc.setBackground(engage ? resources.engageEdge() : resources.edge());
		gc.setLineWidth(engage ? 2 : 1);
		gc.setLineStyle(edge.kind() == EdgeKind.COVERED_BY ? SWT.LINE_DASH : SWT.LINE_SOLID);
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = (int) Math.round(points.get(i).x());
			polyline[2 * i + 1] = (int) Math.round(points.get(i).y());
		}
		gc.drawPolyline(polyline);
		gc.setLineStyle(SWT.LINE_SOLID);
		arrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1));
	}

	private static void arrowHead(GC gc, GraphPoint from, GraphPoint to) {
		double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
		double size = 8;
		int[] head = { (int) Math.round(to.x()), (int) Math.round(to.y()),
				(int) Math.round(to.x() - size * Math.cos(angle - 0.4)), (int) Math.round(to.y() - size * Math.sin(angle - 0.4)),
				(int) Math.round(to.x() - size * Math.cos(angle + 0.4)), (int) Math.round(to.y() - size * Math.sin(angle + 0.4)) };
		gc.fillPolygon(head);
	}

	private void paintNode(GC gc, GraphScene scene, GraphNode node, boolean selected) {
		Rectangle r = rect(node.bounds());
		RungLiveState rung = scene.rungState(node);
		RungState state = rung == null ? RungState.IDLE : rung.state();
		boolean onThisNode = rung != null && NodeText.showsStateOn(node, rung);
		if (!onThisNode) {
			state = RungState.IDLE;
		}
		Color fill = switch (node.kind()) {
		case ADVOCATE -> resources.advocateFill();
		case CUSTOMER -> resources.customerFill();
		default -> state == RungState.AWAITING && scene.ladder(node).warning() > 0
				? resources.warningFill(scene.ladder(node).warning()) : resources.fill(state);
		};
		gc.setBackground(fill);
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		boolean current = onThisNode && rung.current();
		gc.setForeground(selected ? resources.selection() : resources.border(state));
		gc.setLineWidth(selected ? 3 : current ? 3 : state == RungState.IDLE ? 1 : 2);
		gc.setLineStyle(node.kind() == GraphElementKind.ALTERNATE ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(r.x, r.y, r.width, r.height, ARC, ARC);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);

		String badge = NodeText.badge(node);
		gc.setFont(resources.small());
		int badgeWidth = gc.textExtent(badge).x;
		gc.setForeground(resources.mutedText());
		gc.drawText(badge, r.x + r.width - PAD - badgeWidth, r.y + PAD - 1, true);

		int y = r.y + PAD - 2;
		gc.setFont(resources.bold());
		gc.setForeground(resources.text());
		drawText(gc, NodeText.name(node), r.x + PAD, y, r.width - 3 * PAD - badgeWidth);
		y += gc.getFontMetrics().getHeight();
		gc.setFont(resources.small());
		int lineHeight = gc.getFontMetrics().getHeight();
		List<String> details = NodeText.details(scene, node);
		for (int i = 0; i < details.size() && y + lineHeight <= r.y + r.height - 2; i++) {
			boolean stateLine = i == details.size() - 1 && onThisNode && state != RungState.IDLE;
			gc.setForeground(stateLine ? resources.border(state) : resources.mutedText());
			drawText(gc, details.get(i), r.x + PAD, y, r.width - 2 * PAD);
			y += lineHeight;
		}
	}

	/** Draws text cut with an ellipsis to the width. */
	static void drawText(GC gc, String text, int x, int y, int width) {
		String shown = text;
		if (gc.textExtent(shown).x > width) {
			int end = shown.length();
			while (end > 1 && gc.textExtent(shown.substring(0, end) + "\u2026").x > width) {
				end--;
			}
			shown = shown.substring(0, end) + "\u2026";
		}
		gc.drawText(shown, x, y, true);
	}

	private static Rectangle rect(GraphBounds b) {
		return new Rectangle((int) Math.round(b.x()), (int) Math.round(b.y()), (int) Math.round(b.width()),
				(int) Math.round(b.height()));
	}

	private static GraphBounds routeBounds(List<GraphPoint> points) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (GraphPoint point : points) {
			minX = Math.min(minX, point.x());
			minY = Math.min(minY, point.y());
			maxX = Math.max(maxX, point.x());
			maxY = Math.max(maxY, point.y());
		}
		return new GraphBounds(minX - 8, minY - 8, maxX - minX + 16, maxY - minY + 16);
	}
}
