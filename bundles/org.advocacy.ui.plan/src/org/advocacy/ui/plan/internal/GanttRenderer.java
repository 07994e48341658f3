// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.core.schedule.PlanChanges.TaskChange;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.ui.plan.internal.GanttRows.Link;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the timeline: the time header, non-working days, bars with progress, phase summary bars, milestone
 * diamonds, baselines, slack, commitments, dependency arrows with the critical path in red, the today line, the
 * selection (rows and a link), a link being drawn and, when changes since publication are shown, tinted added and
 * changed rows with the published position of a moved task outlined.
 * It only paints, and only what falls in the damaged area: the rows and days outside it are never visited, so a
 * frame of a 10,000-task plan costs about what a frame of a 100-task plan costs. It never changes the model.
 */
public final class GanttRenderer {

	/**
	 * Where the rows are on the canvas.
	 *
	 * @param headerHeight height of the time header at the top
	 * @param rowHeight    height of a row
	 * @param topRow       index of the first row shown below the header
	 * @param topRowY      y of that row's top edge
	 */
	public record Viewport(int headerHeight, int rowHeight, int topRow, int topRowY) {

		/** @return the top edge of a row */
		public int y(int row) {
			return topRowY + (row - topRow) * rowHeight;
		}

		/** @return the row at a y below the header (may be out of range) */
		public int row(int y) {
			return topRow + Math.floorDiv(y - topRowY, rowHeight);
		}
	}

	/**
	 * What the user is doing, drawn over the chart.
	 *
	 * @param today        the date of the today line
	 * @param selected     which rows are selected
	 * @param previewRow   the row of a bar being dragged, or -1
	 * @param previewFrom  first day of the dragged bar
	 * @param previewTo    last day of the dragged bar
	 * @param selectedLink the selected link, or {@code null}
	 * @param linkDrag     the link being drawn from one bar to another, or {@code null}
	 */
	public record Overlay(LocalDate today, IntPredicate selected, int previewRow, LocalDate previewFrom,
			LocalDate previewTo, TaskDependency selectedLink, LinkDrag linkDrag) {

		/** @return an overlay without selection or drag */
		public static Overlay of(LocalDate today) {
			return new Overlay(today, row -> false, -1, null, null, null, null);
		}
	}

	/**
	 * A link being drawn: a line from the bar it starts at to the pointer, and the row it would link to.
	 *
	 * @param x0        where the line starts
	 * @param y0        where the line starts
	 * @param x1        the pointer
	 * @param y1        the pointer
	 * @param targetRow the task row under the pointer, or -1
	 */
	public record LinkDrag(int x0, int y0, int x1, int y1, int targetRow) {
	}

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
	private static final int ARROW = 4;

	private final GanttResources resources;

	/** @param resources the colours and fonts to paint with; owned by the caller */
	public GanttRenderer(GanttResources resources) {
		this.resources = resources;
	}

	/**
	 * Paints the part of the chart inside the clip.
	 *
	 * @param gc       where to paint
	 * @param clip     the damaged area
	 * @param rows     what to show
	 * @param scale    the date ↔ x mapping
	 * @param viewport where the rows are
	 * @param overlay  today, the selection and the bar being dragged
	 */
	public void paint(GC gc, Rectangle clip, GanttRows rows, TimeScale scale, Viewport viewport, Overlay overlay) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(resources.background);
		gc.fillRectangle(clip);
		int top = Math.max(clip.y, viewport.headerHeight());
		int bottom = clip.y + clip.height;
		LocalDate firstDay = scale.date(clip.x);
		LocalDate lastDay = scale.date(clip.x + clip.width);
		if (bottom > top) {
			gc.setClipping(clip.x, top, clip.width, bottom - top);
			paintNonWorkingDays(gc, rows, scale, firstDay, lastDay, top, bottom);
			int firstRow = Math.max(0, viewport.row(top));
			int lastRow = Math.min(rows.size() - 1, viewport.row(bottom - 1));
			paintRowBackgrounds(gc, rows, viewport, overlay, firstRow, lastRow, clip);
			paintLinks(gc, rows, scale, viewport, firstRow, lastRow, overlay.selectedLink());
			for (int row = firstRow; row <= lastRow; row++) {
				paintRow(gc, rows, rows.row(row), scale, viewport.y(row), viewport.rowHeight());
			}
			paintToday(gc, scale, overlay.today(), top, bottom);
			paintPreview(gc, scale, viewport, overlay);
			paintLinkDrag(gc, viewport, overlay);
		}
		if (clip.y < viewport.headerHeight()) {
			gc.setClipping(clip.x, clip.y, clip.width, viewport.headerHeight() - clip.y);
			paintHeader(gc, scale, viewport.headerHeight(), firstDay, lastDay, clip, overlay.today());
		}
		gc.setClipping((Rectangle) null);
	}

	private void paintNonWorkingDays(GC gc, GanttRows rows, TimeScale scale, LocalDate from, LocalDate to, int top,
			int bottom) {
		if (scale.pixelsPerDay() < 2) {
			return;
		}
		gc.setBackground(resources.nonWorking);
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (!rows.workingDays().isWorkingDay(day)) {
				int x = scale.x(day);
				gc.fillRectangle(x, top, scale.x(day.plusDays(1)) - x, bottom - top);
			}
		}
	}

	private void paintRowBackgrounds(GC gc, GanttRows rows, Viewport viewport, Overlay overlay, int firstRow,
			int lastRow, Rectangle clip) {
		gc.setForeground(resources.grid);
		gc.setLineWidth(1);
		for (int row = firstRow; row <= lastRow; row++) {
			int y = viewport.y(row);
			Color tint = overlay.selected().test(row) ? resources.selection : changeTint(rows, rows.row(row));
			if (tint != null) {
				gc.setBackground(tint);
				gc.fillRectangle(clip.x, y, clip.width, viewport.rowHeight());
			}
			if (rows.row(row).isSummary() && row > 0) {
				gc.drawLine(clip.x, y, clip.x + clip.width, y);
			}
		}
	}

	private void paintLinks(GC gc, GanttRows rows, TimeScale scale, Viewport viewport, int firstRow, int lastRow,
			TaskDependency selected) {
		Set<Link> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
		Link selectedLink = null;
		gc.setLineWidth(1);
		for (int pass = 0; pass < 2; pass++) {
			boolean critical = pass == 1; // critical links last, on top
			for (int row = firstRow; row <= lastRow; row++) {
				for (Link link : rows.linksOf(row)) {
					if (link.dependency() == selected) {
						selectedLink = link;
					} else if (link.critical() == critical && drawn.add(link)) {
						paintLink(gc, rows, scale, viewport, link, false);
					}
				}
			}
		}
		if (selectedLink != null) {
			paintLink(gc, rows, scale, viewport, selectedLink, true); // the selected link on top of all
		}
	}

	private void paintLink(GC gc, GanttRows rows, TimeScale scale, Viewport viewport, Link link, boolean selected) {
		LinkPath path = LinkPath.of(rows, scale, viewport, link);
		if (path == null) {
			return;
		}
		Color colour = selected ? resources.selectedLink : link.critical() ? resources.criticalBar : resources.link;
		gc.setForeground(colour);
		gc.setBackground(colour);
		gc.setLineWidth(selected ? 3 : link.critical() ? 2 : 1);
		gc.drawPolyline(path.points());
		int direction = path.leftward() ? 1 : -1;
		int x1 = path.arrowX();
		int y1 = path.arrowY();
		gc.fillPolygon(new int[] { x1, y1, x1 + direction * ARROW, y1 - ARROW, x1 + direction * ARROW, y1 + ARROW });
		gc.setLineWidth(1);
	}

	/** @return the background of a task added or changed since publication, when changes are shown */
	private Color changeTint(GanttRows rows, Row row) {
		TaskChange change = row.isSummary() ? null : rows.changeOf(row.task());
		if (change == null) {
			return null;
		}
		return switch (change.kind()) {
		case ADDED -> resources.added;
		case CHANGED -> resources.changed;
		case UNCHANGED -> null;
		};
	}

	private void paintRow(GC gc, GanttRows rows, Row row, TimeScale scale, int y, int height) {
		if (row.start() == null || row.finish() == null) {
			return;
		}
		if (row.isSummary()) {
			paintSummary(gc, row, scale, y, height);
			return;
		}
		PlanTask task = row.task();
		paintPublished(gc, rows.changeOf(task), scale, y, height);
		paintBaseline(gc, task, scale, y, height);
		if (task.isMilestone()) {
			paintMilestone(gc, row, scale, y, height);
		} else {
			paintBar(gc, row, scale, y, height);
		}
		paintCommitment(gc, row, scale, y);
	}

	private void paintSummary(GC gc, Row row, TimeScale scale, int y, int height) {
		int x0 = scale.x(row.start());
		int x1 = Math.max(x0 + 2, scale.x(row.finish().plusDays(1)));
		int barTop = y + height / 3;
		int barHeight = Math.max(4, height / 5);
		gc.setBackground(resources.summary);
		gc.fillRectangle(x0, barTop, x1 - x0, barHeight);
		int bottom = barTop + barHeight;
		gc.fillPolygon(new int[] { x0, bottom, x0 + 6, bottom, x0, bottom + 6 });
		gc.fillPolygon(new int[] { x1, bottom, x1 - 6, bottom, x1, bottom + 6 });
		label(gc, row.phase().getName(), x1 + 8, y, height);
	}

	/** Outlines where a changed task was when the plan was published, so the move reads at a glance. */
	private void paintPublished(GC gc, TaskChange change, TimeScale scale, int y, int height) {
		if (change == null || change.kind() != PlanChanges.Kind.CHANGED || change.published().getStart() == null
				|| change.published().getFinish() == null) {
			return;
		}
		int x0 = scale.x(change.published().getStart());
		int x1 = Math.max(x0 + 3, scale.x(change.published().getFinish().plusDays(1)));
		gc.setForeground(resources.published);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(1);
		if (change.published().isMilestone()) {
			int r = Math.max(4, height / 3);
			int mid = y + height / 2;
			gc.drawPolygon(new int[] { x1, mid - r, x1 + r, mid, x1, mid + r, x1 - r, mid });
		} else {
			gc.drawRoundRectangle(x0, y + height / 4 - 2, x1 - x0, Math.max(6, height / 2 - 1) + 4, 4, 4);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void paintBaseline(GC gc, PlanTask task, TimeScale scale, int y, int height) {
		if (task.getBaselineStart() == null || task.getBaselineFinish() == null) {
			return;
		}
		int x0 = scale.x(task.getBaselineStart());
		int x1 = Math.max(x0 + 2, scale.x(task.getBaselineFinish().plusDays(1)));
		gc.setBackground(resources.baseline);
		gc.fillRectangle(x0, y + height - 6, x1 - x0, 3);
	}

	private void paintBar(GC gc, Row row, TimeScale scale, int y, int height) {
		TaskSchedule schedule = row.schedule();
		int x0 = scale.x(row.start());
		int x1 = Math.max(x0 + 3, scale.x(row.finish().plusDays(1)));
		int barTop = y + height / 4;
		int barHeight = Math.max(6, height / 2 - 1);
		boolean critical = row.isCritical();
		gc.setBackground(critical ? resources.criticalBar : resources.bar);
		gc.fillRoundRectangle(x0, barTop, x1 - x0, barHeight, 4, 4);
		int percent = Math.max(0, Math.min(100, row.task().getPercentComplete()));
		if (percent > 0) {
			int done = (x1 - x0) * percent / 100;
			gc.setBackground(critical ? resources.criticalProgress : resources.barProgress);
			gc.fillRoundRectangle(x0, barTop + barHeight / 2 - 2, Math.max(2, done), 4, 2, 2);
		}
		int labelX = x1 + 6;
		if (schedule != null && schedule.totalFloat() > 0) {
			int slackEnd = scale.x(schedule.lateFinish().plusDays(1));
			int mid = barTop + barHeight / 2;
			gc.setForeground(resources.slack);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine(x1, mid, slackEnd, mid);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawLine(slackEnd, mid - 3, slackEnd, mid + 3);
			labelX = Math.max(labelX, slackEnd + 6);
		}
		if (row.task().getOwner() != null) {
			label(gc, row.task().getOwner().getName(), labelX, y, height);
		}
	}

	private void paintMilestone(GC gc, Row row, TimeScale scale, int y, int height) {
		int x = scale.x(row.finish().plusDays(1));
		int mid = y + height / 2;
		int r = Math.max(4, height / 3);
		gc.setBackground(row.isCritical() ? resources.criticalProgress : resources.milestone);
		gc.fillPolygon(new int[] { x, mid - r, x + r, mid, x, mid + r, x - r, mid });
		label(gc, row.task().getName(), x + r + 6, y, height);
	}

	private void paintCommitment(GC gc, Row row, TimeScale scale, int y) {
		LocalDate commitment = row.task().getCommitmentDate();
		if (commitment == null) {
			return;
		}
		boolean missed = row.schedule() != null && row.schedule().commitmentSlip().orElse(0) > 0;
		int x = scale.x(commitment.plusDays(1));
		gc.setBackground(missed ? resources.commitmentMissed : resources.commitmentKept);
		gc.fillPolygon(new int[] { x - 4, y + 1, x + 4, y + 1, x, y + 6 });
	}

	private void paintToday(GC gc, TimeScale scale, LocalDate today, int top, int bottom) {
		if (today == null) {
			return;
		}
		int x = scale.x(today);
		gc.setForeground(resources.today);
		gc.setLineWidth(2);
		gc.drawLine(x, top, x, bottom);
		gc.setLineWidth(1);
	}

	private void paintPreview(GC gc, TimeScale scale, Viewport viewport, Overlay overlay) {
		if (overlay.previewRow() < 0 || overlay.previewFrom() == null) {
			return;
		}
		int y = viewport.y(overlay.previewRow());
		int x0 = scale.x(overlay.previewFrom());
		int x1 = Math.max(x0 + 3, scale.x(overlay.previewTo().plusDays(1)));
		gc.setForeground(resources.preview);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRoundRectangle(x0, y + viewport.rowHeight() / 4 - 1, x1 - x0, viewport.rowHeight() / 2 + 1, 4, 4);
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void paintLinkDrag(GC gc, Viewport viewport, Overlay overlay) {
		LinkDrag drag = overlay.linkDrag();
		if (drag == null) {
			return;
		}
		gc.setForeground(resources.selectedLink);
		if (drag.targetRow() >= 0) {
			gc.setLineWidth(2);
			Rectangle row = new Rectangle(gc.getClipping().x, viewport.y(drag.targetRow()), gc.getClipping().width,
					viewport.rowHeight() - 1);
			gc.drawRectangle(row);
		}
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(drag.x0(), drag.y0(), drag.x1(), drag.y1());
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	private void label(GC gc, String text, int x, int y, int height) {
		if (text == null) {
			return;
		}
		gc.setFont(resources.small);
		gc.setForeground(resources.text);
		int textHeight = gc.getFontMetrics().getHeight();
		gc.drawString(text, x, y + (height - textHeight) / 2, true);
	}

	private void paintHeader(GC gc, TimeScale scale, int height, LocalDate from, LocalDate to, Rectangle clip,
			LocalDate today) {
		gc.setBackground(resources.headerBackground);
		gc.fillRectangle(clip.x, 0, clip.width, height);
		gc.setFont(resources.small);
		gc.setForeground(resources.grid);
		int half = height / 2;
		gc.drawLine(clip.x, half, clip.x + clip.width, half);
		gc.drawLine(clip.x, height - 1, clip.x + clip.width, height - 1);
		double ppd = scale.pixelsPerDay();
		boolean quarters = ppd < 2;
		// upper band: months (or quarters), labelled at the left of their visible part
		LocalDate unit = quarters ? quarterStart(from) : from.withDayOfMonth(1);
		while (!unit.isAfter(to)) {
			LocalDate next = quarters ? unit.plusMonths(3) : unit.plusMonths(1);
			int x0 = scale.x(unit);
			int x1 = scale.x(next);
			gc.setForeground(resources.grid);
			gc.drawLine(x0, 0, x0, height);
			String text = quarters ? "Q" + unit.get(IsoFields.QUARTER_OF_YEAR) + " " + unit.getYear()
					: ppd < 5 ? SHORT_MONTH.format(unit) + " " + unit.getYear() : MONTH_YEAR.format(unit);
			gc.setForeground(resources.headerText);
			// labels stick to the canvas's left edge (not the clip's), so partial repaints draw them in one place
			int textX = Math.max(x0 + 4, 4);
			if (textX + gc.textExtent(text).x < x1 - 2) {
				gc.drawString(text, textX, (half - gc.getFontMetrics().getHeight()) / 2, true);
			}
			unit = next;
		}
		// lower band: days, weeks or months
		LocalDate tick = quarters ? from.withDayOfMonth(1)
				: ppd >= 20 ? from : from.with(DayOfWeek.MONDAY);
		while (!tick.isAfter(to)) {
			LocalDate next = quarters ? tick.plusMonths(1) : ppd >= 20 ? tick.plusDays(1) : tick.plusWeeks(1);
			int x0 = scale.x(tick);
			gc.setForeground(resources.grid);
			gc.drawLine(x0, half, x0, height);
			String text = quarters ? SHORT_MONTH.format(tick).substring(0, 1)
					: ppd >= 20 ? tick.getDayOfWeek().name().substring(0, 1) + tick.getDayOfMonth()
							: Integer.toString(tick.getDayOfMonth());
			gc.setForeground(resources.headerText);
			if (gc.textExtent(text).x + 4 < scale.x(next) - x0) {
				gc.drawString(text, x0 + 3, half + (height - half - gc.getFontMetrics().getHeight()) / 2, true);
			}
			tick = next;
		}
		if (today != null && !today.isBefore(from) && !today.isAfter(to.plus(1, ChronoUnit.DAYS))) {
			gc.setBackground(resources.today);
			int x = scale.x(today);
			gc.fillPolygon(new int[] { x - 4, height - 5, x + 4, height - 5, x, height });
		}
	}

	private static LocalDate quarterStart(LocalDate date) {
		return date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
	}
}
