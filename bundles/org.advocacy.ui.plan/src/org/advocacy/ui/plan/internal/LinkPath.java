// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import org.advocacy.model.DependencyType;
import org.advocacy.ui.plan.internal.GanttRenderer.Viewport;
import org.advocacy.ui.plan.internal.GanttRows.Link;
import org.advocacy.ui.plan.internal.GanttRows.Row;

/**
 * Where a dependency arrow runs on the timeline: out of the predecessor's finish (or start), into the successor's
 * start (or finish), with a detour around the bars when the successor begins before the predecessor ends. The
 * renderer draws it and the canvas hit-tests it, so a click lands on exactly the line drawn.
 *
 * @param points   the polyline, x and y alternating
 * @param arrowX   x of the arrow's tip, at the successor's bar
 * @param arrowY   y of the arrow's tip
 * @param leftward whether the arrow points left (into a finish) rather than right (into a start)
 */
record LinkPath(int[] points, int arrowX, int arrowY, boolean leftward) {

	/** How far from a line a click still selects it, in pixels. */
	static final int PICK_DISTANCE = 4;

	/**
	 * @return the path of a link between two rows, or {@code null} when one of them has no dates
	 */
	static LinkPath of(GanttRows rows, TimeScale scale, Viewport viewport, Link link) {
		Row from = rows.row(link.from());
		Row to = rows.row(link.to());
		if (from.start() == null || to.start() == null) {
			return null;
		}
		DependencyType type = link.dependency().getType() == null ? DependencyType.FINISH_TO_START
				: link.dependency().getType();
		boolean leavesFromFinish = type == DependencyType.FINISH_TO_START || type == DependencyType.FINISH_TO_FINISH;
		boolean entersAtStart = type == DependencyType.FINISH_TO_START || type == DependencyType.START_TO_START;
		int x0 = leavesFromFinish ? right(from, scale) : left(from, scale);
		int x1 = entersAtStart ? left(to, scale) : right(to, scale);
		int half = viewport.rowHeight() / 2;
		int y0 = viewport.y(link.from()) + half;
		int y1 = viewport.y(link.to()) + half;
		int out = leavesFromFinish ? x0 + 6 : x0 - 6;
		int approach = entersAtStart ? x1 - 6 : x1 + 6;
		boolean direct = entersAtStart ? out <= approach + 6 : out >= approach - 6;
		int[] points;
		if (direct) {
			int xv = entersAtStart ? Math.min(out, x1 - 3) : Math.max(out, x1 + 3);
			points = new int[] { x0, y0, xv, y0, xv, y1, x1, y1 };
		} else {
			int yMid = y1 > y0 ? viewport.y(link.to()) : viewport.y(link.to()) + viewport.rowHeight();
			points = new int[] { x0, y0, out, y0, out, yMid, approach, yMid, approach, y1, x1, y1 };
		}
		return new LinkPath(points, x1, y1, !entersAtStart);
	}

	/** @return whether a point is within {@link #PICK_DISTANCE} of the line */
	boolean passesNear(int x, int y) {
		for (int i = 0; i + 3 < points.length; i += 2) {
			if (distanceToSegment(x, y, points[i], points[i + 1], points[i + 2], points[i + 3]) <= PICK_DISTANCE) {
				return true;
			}
		}
		return false;
	}

	private static double distanceToSegment(int x, int y, int x0, int y0, int x1, int y1) {
		double dx = x1 - x0;
		double dy = y1 - y0;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length));
		return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
	}

	private static int left(Row row, TimeScale scale) {
		return row.task() != null && row.task().isMilestone() ? scale.x(row.finish().plusDays(1)) - 5
				: scale.x(row.start());
	}

	private static int right(Row row, TimeScale scale) {
		return row.task() != null && row.task().isMilestone() ? scale.x(row.finish().plusDays(1)) + 5
				: scale.x(row.finish().plusDays(1));
	}
}
