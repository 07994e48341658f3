// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;

import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.core.schedule.PlanChanges.TaskChange;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.ui.plan.internal.GanttRenderer.LinkDrag;
import org.advocacy.ui.plan.internal.GanttRenderer.Overlay;
import org.advocacy.ui.plan.internal.GanttRenderer.Viewport;
import org.advocacy.ui.plan.internal.GanttRows.Link;
import org.advocacy.ui.plan.internal.GanttRows.Row;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The timeline canvas: input (drag to move, drag the end to resize, Shift+drag for progress, drag onto another row or
 * Ctrl+drag to link, click a link to select it, Delete to remove it, double-click to edit it, keyboard), zoom and
 * horizontal scroll. Painting is delegated to {@link GanttRenderer}; rows line up with the task
 * table beside it through {@link #setRowGeometry(int, int, int, int)}. Gestures are reported to
 * {@link GanttGestures}; the canvas never changes the model.
 */
public final class GanttCanvas extends Canvas {

	private enum Drag {
		NONE, MOVE, RESIZE, PROGRESS, LINK
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
	private static final int EDGE = 5;
	private static final int MARGIN_DAYS = 7;
	/** Room right of the last bar for its owner's name when fitting the plan. */
	private static final int LABEL_ROOM = 160;

	private final GanttRenderer renderer;
	private final GanttGestures gestures;
	private final Cursor resizeCursor;
	private final Cursor handCursor;
	private GanttRows rows;
	private Clock clock = Clock.systemDefaultZone();
	private LocalDate origin = LocalDate.now();
	private double pixelsPerDay = TimeScale.Zoom.WEEK.pixelsPerDay();
	private int scroll;
	private int headerHeight = 28;
	private int rowHeight = 22;
	private int topRow;
	private int topRowY = 28;
	private int selectedRow = -1;
	private final BitSet selectedRows = new BitSet();
	private TaskDependency selectedLink;
	private int hoverRow = -1;
	private Drag drag = Drag.NONE;
	private int dragRow = -1;
	private int downX;
	private int downY;
	private LocalDate previewFrom;
	private LocalDate previewTo;
	private LinkDrag linkDrag;

	/**
	 * @param parent    the parent
	 * @param resources colours and fonts, owned by the caller
	 * @param gestures  receives what the user asks for
	 */
	public GanttCanvas(Composite parent, GanttResources resources, GanttGestures gestures) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL);
		this.renderer = new GanttRenderer(resources);
		this.gestures = gestures;
		resizeCursor = new Cursor(getDisplay(), SWT.CURSOR_SIZEWE);
		handCursor = new Cursor(getDisplay(), SWT.CURSOR_HAND);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
		addListener(SWT.Resize, event -> updateScrollBar());
		addListener(SWT.Dispose, event -> {
			resizeCursor.dispose();
			handCursor.dispose();
		});
		getHorizontalBar().addListener(SWT.Selection, event -> {
			scroll = getHorizontalBar().getSelection();
			redraw();
		});
	}

	/** @param newRows what to show; the zoom and scroll stay where they are when the plan is the same */
	public void setRows(GanttRows newRows) {
		boolean samePlan = rows != null && newRows != null && rows.plan() == newRows.plan();
		rows = newRows;
		hoverRow = -1;
		if (!samePlan && rows != null && rows.first() != null) {
			origin = rows.first().minusDays(MARGIN_DAYS);
			scroll = 0;
		}
		if (selectedRow >= size()) {
			selectedRow = -1;
		}
		if (selectedLink != null && !isShown(selectedLink)) {
			selectedLink = null;
		}
		updateScrollBar();
		redraw();
	}

	/** @param clock where "today" comes from */
	public void setClock(Clock clock) {
		this.clock = clock;
		redraw();
	}

	/**
	 * Lines the rows up with the table beside the timeline.
	 *
	 * @param header the height of the time header (the table's header)
	 * @param row    the height of a row
	 * @param top    the first row shown
	 * @param topY   the y of that row's top edge
	 */
	public void setRowGeometry(int header, int row, int top, int topY) {
		if (header != headerHeight || row != rowHeight || top != topRow || topY != topRowY) {
			headerHeight = header;
			rowHeight = Math.max(8, row);
			topRow = top;
			topRowY = topY;
			redraw();
		}
	}

	/** @param row the row to highlight alone, or -1 */
	public void setSelectedRow(int row) {
		setSelectedRows(row, row < 0 ? new int[0] : new int[] { row });
	}

	/**
	 * @param focus the row keyboard moves start from, or -1
	 * @param rows  the rows to highlight
	 */
	public void setSelectedRows(int focus, int[] rows) {
		BitSet selection = new BitSet();
		for (int row : rows) {
			selection.set(row);
		}
		if (focus != selectedRow || !selection.equals(selectedRows)) {
			selectedRow = focus;
			selectedRows.clear();
			selectedRows.or(selection);
			redraw();
		}
	}

	/** @return the highlighted row (the first, when several are), or -1 */
	public int getSelectedRow() {
		return selectedRow;
	}

	/** @return the link selected with a click on its line, or {@code null} */
	public TaskDependency getSelectedLink() {
		return selectedLink;
	}

	/** @param link a link shown, to select, or {@code null} to select none */
	public void setSelectedLink(TaskDependency link) {
		if (link != selectedLink) {
			selectedLink = link;
			redraw();
		}
	}

	/**
	 * @param x a point on the canvas
	 * @param y a point on the canvas
	 * @return the link whose line passes there, or {@code null}
	 */
	public TaskDependency linkAt(int x, int y) {
		if (rows == null || y < headerHeight) {
			return null;
		}
		TimeScale scale = scale();
		Viewport viewport = viewport();
		int first = Math.max(0, viewport.row(headerHeight));
		int last = Math.min(size() - 1, viewport.row(getClientArea().height));
		for (int row = first; row <= last; row++) {
			for (Link link : rows.linksOf(row)) {
				LinkPath path = LinkPath.of(rows, scale, viewport, link);
				if (path != null && path.passesNear(x, y)) {
					return link.dependency();
				}
			}
		}
		return null;
	}

	/**
	 * @param link a link of the plan
	 * @return a point on its line where a click selects it (clear of the bars, which take clicks first), on the
	 *         canvas, or {@code null} when it is not drawn or has no such point in view
	 */
	public Point pointOn(TaskDependency link) {
		for (int row = 0; row < size(); row++) {
			for (Link shown : rows.linksOf(row)) {
				LinkPath path = shown.dependency() == link ? LinkPath.of(rows, scale(), viewport(), shown) : null;
				int[] points = path == null ? new int[0] : path.points();
				for (int i = 0; i + 3 < points.length; i += 2) {
					for (int step = 1; step < 8; step++) {
						int x = points[i] + (points[i + 2] - points[i]) * step / 8;
						int y = points[i + 1] + (points[i + 3] - points[i + 1]) * step / 8;
						if (getClientArea().contains(x, y) && !onBar(x, y) && linkAt(x, y) == link) {
							return new Point(x, y);
						}
					}
				}
			}
		}
		return null;
	}

	/** @return whether a point is on a task's bar (or just beside its ends), where a press drags the bar */
	private boolean onBar(int x, int y) {
		int row = rowAt(y);
		Rectangle bar = row < 0 ? null : barBounds(row);
		return bar != null && !rows.row(row).isSummary() && x >= bar.x - EDGE && x <= bar.x + bar.width + EDGE;
	}

	private boolean isShown(TaskDependency link) {
		for (int row = 0; row < size(); row++) {
			for (Link shown : rows.linksOf(row)) {
				if (shown.dependency() == link) {
					return true;
				}
			}
		}
		return false;
	}

	/** @param zoom a preset zoom; the date in the middle of the timeline stays in the middle */
	public void setZoom(TimeScale.Zoom zoom) {
		setPixelsPerDay(zoom.pixelsPerDay());
	}

	/** Zooms so that the whole plan fits the visible width. */
	public void fit() {
		if (rows == null || rows.first() == null) {
			return;
		}
		long days = ChronoUnit.DAYS.between(rows.first(), rows.last()) + 1 + 2 * MARGIN_DAYS;
		int width = Math.max(100, getClientArea().width - LABEL_ROOM);
		pixelsPerDay = Math.max(0.2, width / (double) days);
		origin = rows.first().minusDays(MARGIN_DAYS);
		scroll = 0;
		updateScrollBar();
		redraw();
	}

	/** Scrolls so that a date is a little right of the left edge. */
	public void reveal(LocalDate date) {
		scroll = Math.max(0, (int) Math.round(ChronoUnit.DAYS.between(origin, date) * pixelsPerDay) - 40);
		updateScrollBar();
		redraw();
	}

	/** @return the current mapping of dates to x */
	public TimeScale scale() {
		return new TimeScale(origin, pixelsPerDay, scroll);
	}

	/** @return where the rows are */
	public Viewport viewport() {
		return new Viewport(headerHeight, rowHeight, topRow, topRowY);
	}

	/** @return the date of the today line */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * @param row a task row
	 * @return the bar of the row on the canvas (a milestone's diamond), or {@code null} when it has no dates
	 */
	public Rectangle barBounds(int row) {
		Row r = rows == null || row < 0 || row >= size() ? null : rows.row(row);
		if (r == null || r.start() == null || r.finish() == null) {
			return null;
		}
		TimeScale scale = scale();
		int y = viewport().y(row);
		if (r.task() != null && r.task().isMilestone()) {
			int x = scale.x(r.finish().plusDays(1));
			int radius = Math.max(4, rowHeight / 3);
			return new Rectangle(x - radius, y + rowHeight / 2 - radius, 2 * radius, 2 * radius);
		}
		int x0 = scale.x(r.start());
		int x1 = Math.max(x0 + 3, scale.x(r.finish().plusDays(1)));
		return new Rectangle(x0, y + rowHeight / 4, x1 - x0, Math.max(6, rowHeight / 2 - 1));
	}

	private void setPixelsPerDay(double newPixelsPerDay) {
		int middle = getClientArea().width / 2;
		double middleDays = (middle + scroll) / pixelsPerDay;
		pixelsPerDay = newPixelsPerDay;
		scroll = Math.max(0, (int) Math.round(middleDays * pixelsPerDay) - middle);
		updateScrollBar();
		redraw();
	}

	private int size() {
		return rows == null ? 0 : rows.size();
	}

	private void updateScrollBar() {
		ScrollBar bar = getHorizontalBar();
		if (bar == null) {
			return;
		}
		int content = rows == null || rows.last() == null ? 0
				: (int) Math.round((ChronoUnit.DAYS.between(origin, rows.last()) + 1 + 3 * MARGIN_DAYS) * pixelsPerDay);
		int page = Math.max(1, getClientArea().width);
		content = Math.max(content, scroll + page);
		bar.setValues(scroll, 0, content, page, Math.max(1, (int) Math.ceil(pixelsPerDay)), page);
	}

	private void paint(Event event) {
		Rectangle clip = new Rectangle(event.x, event.y, event.width, event.height);
		if (rows == null) {
			event.gc.setBackground(getBackground());
			event.gc.fillRectangle(clip);
			return;
		}
		Overlay overlay = new Overlay(today(), selectedRows::get,
				drag == Drag.MOVE || drag == Drag.RESIZE ? dragRow : -1, previewFrom, previewTo, selectedLink,
				linkDrag);
		renderer.paint(event.gc, clip, rows, scale(), viewport(), overlay);
	}

	private int rowAt(int y) {
		if (y < headerHeight) {
			return -1;
		}
		int row = viewport().row(y);
		return row >= 0 && row < size() ? row : -1;
	}

	private void mouseDown(Event event) {
		setFocus();
		if (event.button != 1 || rows == null) {
			return;
		}
		int row = rowAt(event.y);
		Rectangle bar = row < 0 ? null : barBounds(row);
		boolean onBar = onBar(event.x, event.y);
		TaskDependency link = onBar ? null : linkAt(event.x, event.y);
		if (link != null) {
			setSelectedLink(link);
			gestures.selectLink(link);
			return;
		}
		setSelectedLink(null);
		if (row < 0) {
			return;
		}
		gestures.select(row);
		setSelectedRow(row);
		if (!onBar) {
			return;
		}
		Row r = rows.row(row);
		dragRow = row;
		downX = event.x;
		downY = event.y;
		if ((event.stateMask & SWT.MOD1) != 0) {
			drag = Drag.LINK;
		} else if ((event.stateMask & SWT.SHIFT) != 0 && !r.task().isMilestone()) {
			drag = Drag.PROGRESS;
		} else if (!r.task().isMilestone() && Math.abs(event.x - (bar.x + bar.width)) <= EDGE) {
			drag = Drag.RESIZE;
		} else {
			drag = Drag.MOVE;
		}
		previewFrom = r.start();
		previewTo = r.finish();
	}

	private void mouseMove(Event event) {
		if (drag == Drag.NONE) {
			hover(event);
			return;
		}
		Row r = rows.row(dragRow);
		if (drag == Drag.MOVE && rowAt(event.y) != dragRow && Math.abs(event.y - downY) > rowHeight / 2) {
			// dragged off its row, as in Microsoft Project: the bar is not moved but linked to the task it lands on
			drag = Drag.LINK;
		}
		if (drag == Drag.MOVE) {
			long days = Math.round((event.x - downX) / pixelsPerDay);
			previewFrom = r.start().plusDays(days);
			previewTo = r.finish().plusDays(days);
		} else if (drag == Drag.RESIZE) {
			LocalDate end = scale().nearestBoundary(event.x).minusDays(1);
			previewTo = end.isBefore(r.start()) ? r.start() : end;
		} else if (drag == Drag.LINK) {
			int target = linkTarget(event.y);
			linkDrag = new LinkDrag(downX, downY, event.x, event.y, target);
		}
		redraw();
	}

	/** @return the task row a link drawn to y would end at, or -1 */
	private int linkTarget(int y) {
		int target = rowAt(y);
		return target >= 0 && target != dragRow && !rows.row(target).isSummary() ? target : -1;
	}

	private void mouseUp(Event event) {
		if (drag == Drag.NONE || event.button != 1) {
			return;
		}
		Drag done = drag;
		drag = Drag.NONE;
		linkDrag = null;
		Row r = rows.row(dragRow);
		PlanTask task = r.task();
		switch (done) {
		case MOVE -> {
			long days = Math.round((event.x - downX) / pixelsPerDay);
			if (days != 0) {
				gestures.move(task, r.start().plusDays(days));
			}
		}
		case RESIZE -> {
			LocalDate end = scale().nearestBoundary(event.x).minusDays(1);
			if (!end.equals(r.finish())) {
				gestures.resize(task, r.start(), end);
			}
		}
		case PROGRESS -> {
			Rectangle bar = barBounds(dragRow);
			int percent = (int) Math.round(100.0 * (event.x - bar.x) / Math.max(1, bar.width) / 5) * 5;
			gestures.progress(task, percent);
		}
		case LINK -> {
			int target = linkTarget(event.y);
			if (target >= 0) {
				gestures.link(task, rows.row(target).task());
			}
		}
		default -> {
		}
		}
		dragRow = -1;
		previewFrom = null;
		previewTo = null;
		redraw();
	}

	private void doubleClick(Event event) {
		TaskDependency link = event.button == 1 ? linkAt(event.x, event.y) : null;
		if (link != null) {
			gestures.editLink(link);
		}
	}

	private void hover(Event event) {
		int row = rowAt(event.y);
		Rectangle bar = row < 0 ? null : barBounds(row);
		boolean onEnd = bar != null && !rows.row(row).isSummary() && !rows.row(row).task().isMilestone()
				&& Math.abs(event.x - (bar.x + bar.width)) <= EDGE;
		boolean onBar = rows != null && onBar(event.x, event.y);
		TaskDependency link = onBar || rows == null ? null : linkAt(event.x, event.y);
		setCursor(onEnd ? resizeCursor : onBar || link != null ? handCursor : null);
		if (link != null) {
			hoverRow = -1;
			setToolTipText(LinkTexts.describe(link) + "\nClick to select it, Delete to remove it, double-click to edit it");
		} else if (row != hoverRow) {
			hoverRow = row;
			setToolTipText(row < 0 ? null : tooltip(rows.row(row), rows.row(row).isSummary() ? null
					: rows.changeOf(rows.row(row).task())));
		}
	}

	/**
	 * @param row    a row
	 * @param change how its task stands against the published plan, or {@code null} when changes are not shown
	 * @return the details of a row as shown in its tooltip
	 */
	static String tooltip(Row row, TaskChange change) {
		StringBuilder text = new StringBuilder();
		if (row.isSummary()) {
			text.append("Phase: ").append(row.phase().getName());
			if (row.start() != null) {
				text.append("\n").append(DAY.format(row.start())).append(" – ").append(DAY.format(row.finish()));
			}
			return text.toString();
		}
		PlanTask task = row.task();
		text.append(task.isMilestone() ? "Milestone: " : "Task: ").append(task.getName());
		if (task.getOwner() != null) {
			text.append("\nOwner: ").append(task.getOwner().getName());
		}
		if (row.start() != null) {
			text.append("\nScheduled: ").append(DAY.format(row.start()));
			if (!task.isMilestone()) {
				text.append(" – ").append(DAY.format(row.finish())).append(" (").append(task.getDurationDays())
						.append(" working days)");
			}
		}
		text.append("\nComplete: ").append(task.getPercentComplete()).append('%');
		TaskSchedule schedule = row.schedule();
		if (schedule != null) {
			text.append(schedule.critical() ? "\nOn the critical path" : "\nSlack: " + schedule.totalFloat()
					+ " working days");
			schedule.commitmentSlip().ifPresent(slip -> text.append(slip > 0 ? "\nLate against commitment by " + slip
					+ " working days" : "\nWithin its commitment"));
			schedule.baselineSlip().ifPresent(slip -> {
				if (slip != 0) {
					text.append("\n").append(Math.abs(slip)).append(" working days ")
							.append(slip > 0 ? "behind" : "ahead of").append(" baseline");
				}
			});
		}
		if (task.getCommitmentDate() != null) {
			text.append("\nCommitted: ").append(DAY.format(task.getCommitmentDate()));
		}
		if (task.getCaveats() != null) {
			text.append("\nCaveats: ").append(task.getCaveats());
		}
		if (change != null && change.kind() == PlanChanges.Kind.ADDED) {
			text.append("\nAdded since the plan was published");
		} else if (change != null && change.kind() == PlanChanges.Kind.CHANGED) {
			text.append("\nSince the plan was published: ").append(String.join("; ", change.changes()));
		}
		return text.toString();
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.SHIFT) != 0) {
			scrollBy(-event.count * 20);
		} else if ((event.stateMask & SWT.MOD1) != 0) {
			setPixelsPerDay(Math.max(0.2, Math.min(60, pixelsPerDay * (event.count > 0 ? 1.25 : 0.8))));
		} else {
			gestures.scrollRows(-event.count);
		}
		event.doit = false;
	}

	private void scrollBy(int pixels) {
		scroll = Math.max(0, scroll + pixels);
		updateScrollBar();
		scroll = getHorizontalBar().getSelection();
		redraw();
	}

	private void key(Event event) {
		if (rows == null) {
			return;
		}
		if (event.keyCode == SWT.DEL && event.stateMask == 0 && selectedLink != null) {
			gestures.unlink(selectedLink);
			event.doit = false;
			return;
		}
		if (PlanKeys.of(event) != null) {
			return; // the plan's edit keys are the chart's, for the table and the timeline alike
		}
		boolean alt = (event.stateMask & SWT.ALT) != 0;
		switch (event.keyCode) {
		case SWT.ARROW_UP -> selectBy(-1);
		case SWT.ARROW_DOWN -> selectBy(1);
		case SWT.ARROW_LEFT, SWT.ARROW_RIGHT -> {
			int direction = event.keyCode == SWT.ARROW_LEFT ? -1 : 1;
			if (alt && selectedRow >= 0 && !rows.row(selectedRow).isSummary()) {
				Row r = rows.row(selectedRow);
				gestures.move(r.task(), rows.workingDays().plus(r.start(), direction));
			} else {
				scrollBy(direction * 40);
			}
		}
		case SWT.HOME -> reveal(today());
		default -> {
			switch (event.character) {
			case '+', '=' -> setPixelsPerDay(Math.min(60, pixelsPerDay * 1.5));
			case '-' -> setPixelsPerDay(Math.max(0.2, pixelsPerDay / 1.5));
			case 'f', 'F' -> fit();
			default -> {
				return;
			}
			}
		}
		}
		event.doit = false;
	}

	private void selectBy(int delta) {
		int row = Math.max(0, Math.min(size() - 1, (selectedRow < 0 ? topRow : selectedRow + delta)));
		setSelectedRow(row);
		gestures.select(row);
	}
}
