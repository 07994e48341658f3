// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.commands.PlanCommands;
import org.advocacy.core.schedule.TaskSchedule;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.ui.plan.internal.CellEditing;
import org.advocacy.ui.plan.internal.ChartImage;
import org.advocacy.ui.plan.internal.GanttCanvas;
import org.advocacy.ui.plan.internal.GanttGestures;
import org.advocacy.ui.plan.internal.GanttResources;
import org.advocacy.ui.plan.internal.GanttRows;
import org.advocacy.ui.plan.internal.PhaseFolding;
import org.advocacy.ui.plan.internal.PlanHeader;
import org.advocacy.ui.plan.internal.TaskTable;
import org.advocacy.ui.plan.internal.TimeScale;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The get-well plan chart: the plan's colour code and finish on top, the task table on the left and the timeline
 * on the right, scrolling together; phases fold like a tree (see {@link PhaseFolding}), and the timeline shows only
 * the rows the table shows. It shows any {@link GetWellPlan} and changes it only through commands on the
 * given {@link EditingDomain} (the session's domain), so every drag can be undone; after each command it
 * reschedules the plan with the engine's critical-path method, so the critical path and the colour code follow
 * every edit at once. The plan's outline, links and publication are edited with the tool bar and keys of
 * {@link PlanEditing}. It knows nothing about the part that hosts it: the Get-Well Plan view and the engagement
 * editor embed it alike.
 */
public final class GanttComposite extends Composite {

	private final GanttResources resources;
	private final PlanHeader header;
	private final TaskTable table;
	private final GanttCanvas canvas;
	private final CellEditing cells;
	private final PhaseFolding folding;
	private final PlanEditing editing;
	private final CommandStackListener stackListener = event -> getDisplay().asyncExec(this::refreshIfAlive);
	private GetWellPlan plan;
	private EditingDomain domain;
	private GanttRows rows;
	private Clock clock = Clock.systemDefaultZone();
	private boolean showChanges;
	/** Height of the table's header as seen from the canvas, measured while the table shows its first row. */
	private int headerHeight = 28;

	/**
	 * @param parent the parent
	 * @param style  SWT style bits of the composite
	 */
	public GanttComposite(Composite parent, int style) {
		super(parent, style);
		resources = new GanttResources(getDisplay());
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		header = new PlanHeader(this, resources);
		header.getControl().setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).create());
		// one row under the header: the plan's edits on the left, the view's zoom and folding on the right
		editing = new PlanEditing(this, this);
		createViewToolBar();
		SashForm sash = new SashForm(this, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).span(2, 1).create());
		table = new TaskTable(sash, resources);
		canvas = new GanttCanvas(sash, resources, new Gestures());
		cells = new CellEditing(table.getTable(), new Gestures());
		folding = new PhaseFolding(table.getTable(), this::refresh);
		sash.setWeights(38, 62);
		Table widget = table.getTable();
		widget.addListener(SWT.Selection, event -> {
			canvas.setSelectedRows(widget.getSelectionIndex(), widget.getSelectionIndices());
			editing.update();
		});
		editing.addContextMenu(widget, canvas);
		widget.addListener(SWT.KeyDown, editing::key);
		canvas.addListener(SWT.KeyDown, editing::key);
		widget.getVerticalBar().addListener(SWT.Selection, event -> syncRows());
		widget.addListener(SWT.MouseVerticalWheel, event -> getDisplay().asyncExec(this::syncRows));
		widget.addListener(SWT.KeyDown, event -> getDisplay().asyncExec(this::syncRows));
		widget.addListener(SWT.Resize, event -> syncRows());
		canvas.addListener(SWT.Resize, event -> syncRows());
		addListener(SWT.Dispose, event -> {
			setInput(null, null);
			resources.dispose();
		});
	}

	private void createViewToolBar() {
		ToolBar bar = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).create());
		for (TimeScale.Zoom zoom : TimeScale.Zoom.values()) {
			ToolItem item = new ToolItem(bar, SWT.RADIO);
			String name = zoom.name().charAt(0) + zoom.name().substring(1).toLowerCase();
			item.setText(name);
			item.setToolTipText("Zoom to " + name.toLowerCase() + "s");
			item.setSelection(zoom == TimeScale.Zoom.WEEK);
			item.addListener(SWT.Selection, event -> {
				if (item.getSelection()) {
					canvas.setZoom(zoom);
				}
			});
		}
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem expand = new ToolItem(bar, SWT.PUSH);
		expand.setText("Expand all");
		expand.setToolTipText("Show the tasks of every phase");
		expand.addListener(SWT.Selection, event -> expandAll());
		ToolItem collapse = new ToolItem(bar, SWT.PUSH);
		collapse.setText("Collapse all");
		collapse.setToolTipText("Show only the phases (their tasks stay scheduled)");
		collapse.addListener(SWT.Selection, event -> collapseAll());
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem fit = new ToolItem(bar, SWT.PUSH);
		fit.setText("Fit");
		fit.setToolTipText("Show the whole plan (F)");
		fit.addListener(SWT.Selection, event -> canvas.fit());
		ToolItem today = new ToolItem(bar, SWT.PUSH);
		today.setText("Today");
		today.setToolTipText("Scroll to today (Home)");
		today.addListener(SWT.Selection, event -> canvas.reveal(LocalDate.now(clock)));
	}

	/**
	 * Shows a plan and edits it through a domain.
	 *
	 * @param newPlan   the plan, or {@code null} to show nothing
	 * @param newDomain the editing domain that owns the plan's resource (the session's domain), or {@code null}
	 *                  with a {@code null} plan
	 */
	public void setInput(GetWellPlan newPlan, EditingDomain newDomain) {
		// Only a new domain changes the listeners: a plan replaced by a command (an import, or undoing it) is shown
		// while the stack notifies its listeners, and changing their list then would break that notification.
		if (newDomain != domain) {
			if (domain != null) {
				domain.getCommandStack().removeCommandStackListener(stackListener);
			}
			if (newDomain != null) {
				newDomain.getCommandStack().addCommandStackListener(stackListener);
			}
		}
		plan = newPlan;
		domain = newDomain;
		if (!isDisposed()) {
			header.showMessage(null);
			refresh();
		}
	}

	/** @return the plan shown, or {@code null} */
	public GetWellPlan getPlan() {
		return plan;
	}

	/** @param newClock where "today" comes from (the today line and the colour code) */
	public void setClock(Clock newClock) {
		clock = newClock;
		canvas.setClock(newClock);
		refresh();
	}

	/**
	 * Reschedules the plan and shows it again; called after every command on the domain and when a phase is
	 * expanded or collapsed. The selected task or phase stays selected (a task hidden in a collapsed phase hands
	 * the selection to its phase).
	 */
	public void refresh() {
		refresh(selectedElements());
	}

	private void refresh(List<EObject> selected) {
		Instant now = clock.instant();
		rows = plan == null ? null
				: showChanges ? GanttRows.withChanges(plan, now, folding.collapsed())
						: GanttRows.of(plan, now, folding.collapsed());
		int[] selectedRows = selected.stream().mapToInt(this::rowOf).filter(row -> row >= 0).distinct().toArray();
		header.setRows(rows);
		folding.setRows(rows);
		table.setRows(rows, selectedRows);
		cells.setRows(rows);
		canvas.setRows(rows);
		canvas.setSelectedRows(selectedRows.length == 0 ? -1 : selectedRows[0], selectedRows);
		editing.update();
		syncRows();
	}

	private int rowOf(EObject element) {
		return rows == null ? -1
				: element instanceof PlanTask task ? rows.shownRowOf(task)
						: element instanceof PhaseOfValue phase ? rows.rowOf(phase) : -1;
	}

	/** @return the tasks and phases of the selected rows, in row order */
	List<EObject> selectedElements() {
		List<EObject> selected = new ArrayList<>();
		if (rows == null) {
			return selected;
		}
		for (int row : table.getTable().getSelectionIndices()) {
			if (row >= 0 && row < rows.size()) {
				GanttRows.Row selectedRow = rows.row(row);
				selected.add(selectedRow.isSummary() ? selectedRow.phase() : selectedRow.task());
			}
		}
		return selected;
	}

	/**
	 * Selects tasks and phases (a task hidden in a collapsed phase hands the selection to its phase).
	 *
	 * @param elements tasks and phases of the plan shown
	 */
	public void select(List<? extends EObject> elements) {
		refresh(List.copyOf(elements));
		table.getTable().showSelection();
		syncRows();
	}

	/**
	 * @param shown whether tasks added and changed since the plan was published are marked, with a dashed outline
	 *              where changed ones were
	 */
	public void setShowChanges(boolean shown) {
		if (shown != showChanges) {
			showChanges = shown;
			refresh();
		}
	}

	/** @return whether the changes since publication are marked */
	public boolean isShowingChanges() {
		return showChanges;
	}

	/** Shows the tasks of every phase. */
	public void expandAll() {
		folding.expandAll(plan);
	}

	/** Shows only the phases' summary rows; their tasks stay scheduled and their links end at the summary bars. */
	public void collapseAll() {
		folding.collapseAll(plan);
	}

	/** @return which phases show their tasks; expand or collapse one */
	public PhaseFolding getFolding() {
		return folding;
	}

	private void refreshIfAlive() {
		if (!isDisposed()) {
			refresh();
		}
	}

	/** @param zoom the zoom of the timeline */
	public void setZoom(TimeScale.Zoom zoom) {
		canvas.setZoom(zoom);
	}

	/** Zooms the timeline to show the whole plan. */
	public void fit() {
		canvas.fit();
	}

	/**
	 * Draws the whole chart (timeline with header) at the current zoom, for an export.
	 *
	 * @return the picture, or {@code null} when no plan is shown
	 */
	public ImageData drawImage() {
		if (rows == null) {
			return null;
		}
		Image image = ChartImage.render(getDisplay(), resources, rows, canvas.scale().pixelsPerDay(),
				canvas.viewport().headerHeight(), canvas.viewport().rowHeight(), LocalDate.now(clock));
		try {
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** @return the tool bar that edits the plan's outline, links and publication (for tests) */
	public ToolBar getEditToolBar() {
		return editing.toolBar();
	}

	/**
	 * Publishes the plan shown now, by its engagement's advocate, as the tool bar's <em>Publish Plan</em> does
	 * once confirmed.
	 *
	 * @param baseline whether to set the baseline of every task at the same time
	 */
	public void publish(boolean baseline) {
		if (plan != null && domain != null) {
			editing.publish(baseline);
		}
	}

	/**
	 * Sets the baseline, as the tool bar's <em>Set Baseline</em> does once confirmed.
	 *
	 * @param selectedOnly whether only the selected tasks (and the tasks of selected phases) are baselined
	 */
	public void setBaseline(boolean selectedOnly) {
		if (plan != null && domain != null) {
			editing.setBaseline(selectedOnly);
		}
	}

	/** @return the timeline canvas (for tests and for hosts adding context menus) */
	public GanttCanvas getCanvas() {
		return canvas;
	}

	/** @return the in-place editing of the task table */
	public CellEditing getCellEditing() {
		return cells;
	}

	/** @return the task table */
	public Table getTable() {
		return table.getTable();
	}

	/** @return the header text: colour code, rationale and finish */
	public String getHeaderText() {
		return header.getText();
	}

	/** @return the reason the last edit was refused, or an empty string */
	public String getRefusal() {
		return header.getMessage();
	}

	/**
	 * Shows what the advocate should check under the header, until the next edit.
	 *
	 * @param lines one sentence each, e.g. the notes of an import
	 */
	public void showNote(List<String> lines) {
		header.showNote(lines);
	}

	/** @return the rows shown (the plan as scheduled), or {@code null} */
	public GanttRows getRows() {
		return rows;
	}

	/**
	 * Selects a task's row, expanding its phase if needed, and scrolls it into view in the table and the timeline.
	 *
	 * @param task a task of the plan shown
	 * @return whether the task is in the plan
	 */
	public boolean reveal(PlanTask task) {
		if (rows != null && rows.rowOf(task) < 0 && rows.shownRowOf(task) >= 0) {
			folding.setExpanded((PhaseOfValue) task.eContainer(), true);
		}
		int row = rows == null ? -1 : rows.rowOf(task);
		if (row < 0) {
			return false;
		}
		new Gestures().select(row);
		canvas.setSelectedRow(row);
		if (rows.row(row).start() != null) {
			canvas.reveal(rows.row(row).start());
		}
		return true;
	}

	/** Lines the timeline's rows up with the table's rows, after the table scrolled or was resized. */
	private void syncRows() {
		Table widget = table.getTable();
		if (widget.isDisposed() || canvas.isDisposed()) {
			return;
		}
		int rowHeight = widget.getItemHeight();
		int top = widget.getItemCount() == 0 ? 0 : widget.getTopIndex();
		int topY = headerHeight;
		if (widget.getItemCount() > 0) {
			Rectangle bounds = widget.getItem(top).getBounds();
			// both controls start at the top of the sash: map the item's top through the display
			topY = canvas.toControl(widget.toDisplay(0, bounds.y)).y;
			if (top == 0) {
				headerHeight = Math.max(0, topY);
			}
		} else {
			headerHeight = widget.getHeaderHeight();
		}
		canvas.setRowGeometry(headerHeight, rowHeight, top, topY);
	}

	/** @return an edit of a command that needs no check */
	static Edit accepted(Command command) {
		return new Edit(command, null);
	}

	/** @return the editing domain the plan is changed on, or {@code null} */
	EditingDomain domain() {
		return domain;
	}

	/** @return where "today" comes from */
	Clock clock() {
		return clock;
	}

	/**
	 * @param task a task of the plan shown
	 * @return its finish as scheduled (as typed, when the plan cannot be scheduled), or today when it has none
	 */
	LocalDate scheduledFinish(PlanTask task) {
		TaskSchedule scheduled = rows == null || rows.schedule() == null ? null : rows.schedule().of(task);
		LocalDate finish = scheduled != null ? scheduled.earlyFinish() : task.getFinish();
		return finish == null ? LocalDate.now(clock) : finish;
	}

	/**
	 * Executes an edit on the domain's command stack, or shows why it was refused.
	 *
	 * @param edit the edit
	 * @return whether a command was executed
	 */
	boolean execute(Edit edit) {
		if (edit.refusal() != null) {
			header.showMessage(edit.refusal());
			getDisplay().beep();
			return false;
		}
		header.showMessage(null);
		if (edit.command() == null || domain == null) {
			return false;
		}
		if (!edit.command().canExecute()) {
			header.showMessage("This change cannot be made here.");
			return false;
		}
		domain.getCommandStack().execute(edit.command());
		return true;
	}

	/**
	 * Executes an edit that makes a task, milestone or phase, selects what it made and opens its name for typing.
	 *
	 * @param edit the edit; its command's (last) affected object is the new task or phase
	 */
	void executeAndName(Edit edit) {
		if (!execute(edit)) {
			return;
		}
		// the made object comes last: a compound's affected objects are those of all its commands, in order
		List<EObject> affected = edit.command().getAffectedObjects().stream().filter(EObject.class::isInstance)
				.map(EObject.class::cast).toList();
		List<EObject> made = affected.isEmpty() ? affected : List.of(affected.get(affected.size() - 1));
		// after the stack listener's refresh, which is queued already
		getDisplay().asyncExec(() -> {
			if (isDisposed() || made.isEmpty()) {
				return;
			}
			select(made);
			int row = rowOf(made.get(0));
			if (row >= 0) {
				cells.edit(row, CellEditing.NAME);
			}
		});
	}

	/** Turns the canvas's gestures into commands on the domain. */
	private final class Gestures implements GanttGestures {

		@Override
		public void move(PlanTask task, LocalDate newStart) {
			if (domain != null) {
				execute(PlanCommands.move(domain, task, newStart));
			}
		}

		@Override
		public void resize(PlanTask task, LocalDate start, LocalDate newFinish) {
			if (domain != null) {
				execute(PlanCommands.resize(domain, task, start, newFinish));
			}
		}

		@Override
		public void progress(PlanTask task, int percent) {
			if (domain != null) {
				execute(PlanCommands.progress(domain, task, percent));
			}
		}

		@Override
		public void link(PlanTask predecessor, PlanTask successor) {
			if (domain != null) {
				execute(PlanCommands.link(domain, predecessor, successor, DependencyType.FINISH_TO_START));
			}
		}

		@Override
		public void selectLink(TaskDependency link) {
			editing.update();
		}

		@Override
		public void editLink(TaskDependency link) {
			if (domain != null) {
				editing.editLink(link);
			}
		}

		@Override
		public void unlink(TaskDependency link) {
			editing.unlink(link);
		}

		@Override
		public void rename(EObject taskOrPhase, String name) {
			if (domain != null) {
				EStructuralFeature feature = taskOrPhase instanceof PlanTask ? Literals.PLAN_TASK__NAME
						: Literals.PHASE_OF_VALUE__NAME;
				if (!name.equals(taskOrPhase.eGet(feature))) {
					execute(accepted(FeatureCommands.set(domain, taskOrPhase, feature, name)));
				}
			}
		}

		@Override
		public void assign(PlanTask task, Person owner) {
			if (domain != null) {
				execute(accepted(FeatureCommands.set(domain, task, Literals.PLAN_TASK__OWNER, owner)));
			}
		}

		@Override
		public void commit(PlanTask task, LocalDate date) {
			if (domain != null && !Objects.equals(date, task.getCommitmentDate())) {
				execute(accepted(FeatureCommands.set(domain, task, Literals.PLAN_TASK__COMMITMENT_DATE, date)));
			}
		}

		@Override
		public void invalid(String reason) {
			execute(new Edit(null, reason));
		}

		@Override
		public void select(int row) {
			Table widget = table.getTable();
			widget.setSelection(row);
			widget.showSelection();
			editing.update();
			syncRows();
		}

		@Override
		public void scrollRows(int count) {
			Table widget = table.getTable();
			widget.setTopIndex(Math.max(0, widget.getTopIndex() + count));
			syncRows();
		}
	}
}
