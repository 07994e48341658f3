// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.PlanCommands;
import org.advocacy.core.commands.PlanPublishCommands;
import org.advocacy.core.commands.PlanStructureCommands;
import org.advocacy.core.schedule.PlanChanges;
import org.advocacy.model.DependencyType;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.advocacy.ui.plan.internal.LinkDialog;
import org.advocacy.ui.plan.internal.LinkTexts;
import org.advocacy.ui.plan.internal.PlanKeys;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The chart's editing of a plan's outline, links and publication: a tool bar, repeated as the context menu of the task
 * table and the timeline (add task, milestone or phase; delete;
 * outdent, indent, move up and down; link with a dialog and remove a link; Publish Plan, Set Baseline, show the
 * changes since publication) and the same edits on the keys of {@link PlanKeys}, in the task table and on the
 * timeline. Every edit is one command of {@link PlanStructureCommands}, {@link PlanCommands} or
 * {@link PlanPublishCommands} executed on the chart's editing domain.
 */
final class PlanEditing {

	static final String NEW_TASK = "New task";
	static final String NEW_MILESTONE = "New milestone";
	static final String NEW_PHASE = "New phase";

	private final GanttComposite chart;
	private final ToolBar bar;
	private final Map<PlanKeys, ToolItem> keyItems = new EnumMap<>(PlanKeys.class);
	/** The push items in tool bar order, with what they do, for the context menu. */
	private final Map<ToolItem, Runnable> actions = new LinkedHashMap<>();
	private final ToolItem link;
	private final ToolItem unlink;
	private final ToolItem changes;

	PlanEditing(GanttComposite chart, Composite parent) {
		this.chart = chart;
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		// grabs the row's width, so that it gives way to the zoom bar beside it in a narrow view (the context menu
		// holds the same edits)
		bar.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).create());
		keyItem(PlanKeys.ADD_TASK, "+ Task", "Add a task below the selected row");
		keyItem(PlanKeys.ADD_MILESTONE, "+ Milestone", "Add a milestone below the selected row");
		keyItem(PlanKeys.ADD_PHASE, "+ Phase", "Add a phase of value below the selected phase");
		keyItem(PlanKeys.DELETE, "Delete", "Delete the selected tasks and phases with their links");
		new ToolItem(bar, SWT.SEPARATOR);
		keyItem(PlanKeys.OUTDENT, "Outdent", "Start a new phase of value at the selected task");
		keyItem(PlanKeys.INDENT, "Indent", "Join the selected phase's tasks to the phase above");
		keyItem(PlanKeys.MOVE_UP, "Up", "Move the selected row up (into the phase above at its top)");
		keyItem(PlanKeys.MOVE_DOWN, "Down", "Move the selected row down (into the phase below at its bottom)");
		new ToolItem(bar, SWT.SEPARATOR);
		link = item("Link\u2026", "Make the selected task follow another (finish-to-start, start-to-start,"
				+ " finish-to-finish or start-to-finish, with a lag); or drag from one bar to another",
				this::linkSelected);
		unlink = item("Unlink", "Remove the link selected on the timeline (Delete)",
				() -> unlink(chart.getCanvas().getSelectedLink()));
		new ToolItem(bar, SWT.SEPARATOR);
		item("Publish\u2026", "Publish Plan: record the plan as agreed with the customer, to show what changes after",
				this::publishAsked);
		item("Baseline\u2026", "Set Baseline: keep the scheduled dates of all or the selected tasks as their baseline",
				this::baselineAsked);
		changes = new ToolItem(bar, SWT.CHECK);
		changes.setText("Changes");
		changes.setToolTipText("Show what changed since the plan was published: added tasks green, changed amber,"
				+ " with where they were as a dashed outline");
		changes.addListener(SWT.Selection, event -> chart.setShowChanges(changes.getSelection()));
	}

	private void keyItem(PlanKeys key, String text, String tip) {
		keyItems.put(key, item(text, tip + " (" + key.keys() + ")", () -> perform(key)));
	}

	private ToolItem item(String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, event -> action.run());
		actions.put(item, action);
		return item;
	}

	/**
	 * Gives controls a context menu with the tool bar's edits, so they stay at hand when the tool bar is cut off in a
	 * narrow view.
	 *
	 * @param controls the task table and the timeline
	 */
	void addContextMenu(Control... controls) {
		Menu menu = new Menu(controls[0]);
		actions.forEach((item, action) -> {
			MenuItem entry = new MenuItem(menu, SWT.PUSH);
			String tip = item.getToolTipText();
			int keys = tip.lastIndexOf(" (");
			entry.setText(item.getText() + (keys > 0 && tip.endsWith(")") ? "\t" + tip.substring(keys + 2,
					tip.length() - 1) : ""));
			entry.addListener(SWT.Selection, event -> action.run());
			entry.setData(item);
		});
		menu.addListener(SWT.Show, event -> {
			update();
			for (MenuItem entry : menu.getItems()) {
				entry.setEnabled(bar.isEnabled() && ((ToolItem) entry.getData()).getEnabled());
			}
		});
		for (Control control : controls) {
			control.setMenu(menu);
		}
	}

	/** @return the tool bar, for tests */
	ToolBar toolBar() {
		return bar;
	}

	/**
	 * Performs the edit a key asks for, when it is one and no one took the key yet (the timeline takes Delete for
	 * its selected link); see {@link PlanKeys}.
	 *
	 * @param event a key press in the table or on the timeline
	 */
	void key(Event event) {
		PlanKeys key = event.doit ? PlanKeys.of(event) : null;
		if (key != null) {
			event.doit = false;
			perform(key);
		}
	}

	/** Enables what the plan and the selection allow. */
	void update() {
		boolean editable = chart.getPlan() != null && chart.domain() != null;
		bar.setEnabled(editable);
		boolean anySelected = !chart.selectedElements().isEmpty();
		keyItems.forEach((key, item) -> item.setEnabled(editable
				&& (anySelected || key == PlanKeys.ADD_PHASE || key == PlanKeys.ADD_TASK || key == PlanKeys.ADD_MILESTONE)));
		link.setEnabled(editable && chart.selectedElements().stream().anyMatch(PlanTask.class::isInstance));
		unlink.setEnabled(editable && chart.getCanvas().getSelectedLink() != null);
		changes.setEnabled(chart.getPlan() != null && chart.getPlan().getPublishedAt() != null);
		changes.setSelection(chart.isShowingChanges());
	}

	/**
	 * Performs one of the outline edits on the selection.
	 *
	 * @param key the edit
	 */
	void perform(PlanKeys key) {
		GetWellPlan plan = chart.getPlan();
		if (plan == null || chart.domain() == null) {
			return;
		}
		List<EObject> selected = chart.selectedElements();
		EObject first = selected.isEmpty() ? null : selected.get(0);
		switch (key) {
		case ADD_TASK -> addTask(plan, first, false);
		case ADD_MILESTONE -> addTask(plan, first, true);
		case ADD_PHASE -> addPhase(plan, first);
		case DELETE -> chart.execute(PlanStructureCommands.delete(chart.domain(), selected));
		case INDENT -> chart.execute(PlanStructureCommands.indent(chart.domain(), first));
		case OUTDENT -> chart.executeAndName(PlanStructureCommands.outdent(chart.domain(), first, NEW_PHASE));
		case MOVE_UP -> chart.execute(PlanStructureCommands.moveUp(chart.domain(), first));
		case MOVE_DOWN -> chart.execute(PlanStructureCommands.moveDown(chart.domain(), first));
		}
	}

	private void addTask(GetWellPlan plan, EObject selected, boolean milestone) {
		PhaseOfValue phase;
		int index;
		LocalDate start;
		if (selected instanceof PlanTask task) {
			phase = (PhaseOfValue) task.eContainer();
			index = phase.getTasks().indexOf(task) + 1;
			start = chart.scheduledFinish(task).plusDays(1);
		} else {
			phase = selected instanceof PhaseOfValue selectedPhase ? selectedPhase
					: plan.getPhases().isEmpty() ? null : plan.getPhases().get(plan.getPhases().size() - 1);
			index = phase == null ? 0 : phase.getTasks().size();
			start = LocalDate.now(chart.clock());
		}
		if (phase == null) {
			chart.execute(new Edit(null, "The plan has no phase of value yet: add one first (Ctrl+Insert)."));
			return;
		}
		Command add = PlanStructureCommands.addTask(chart.domain(), phase, index, milestone ? NEW_MILESTONE : NEW_TASK,
				start, milestone);
		chart.executeAndName(GanttComposite.accepted(add));
	}

	private void addPhase(GetWellPlan plan, EObject selected) {
		PhaseOfValue phase = selected instanceof PlanTask task ? (PhaseOfValue) task.eContainer()
				: selected instanceof PhaseOfValue selectedPhase ? selectedPhase : null;
		int index = phase == null ? plan.getPhases().size() : plan.getPhases().indexOf(phase) + 1;
		chart.executeAndName(GanttComposite.accepted(PlanStructureCommands.addPhase(chart.domain(), plan, index, NEW_PHASE)));
	}

	/** Asks which task the selected task follows, and how, and links them. */
	private void linkSelected() {
		List<PlanTask> tasks = chart.selectedElements().stream().filter(PlanTask.class::isInstance)
				.map(PlanTask.class::cast).toList();
		if (tasks.isEmpty() || chart.getPlan() == null) {
			return;
		}
		PlanTask successor = tasks.get(tasks.size() - 1);
		List<PlanTask> candidates = new ArrayList<>();
		chart.getPlan().getPhases().forEach(phase -> candidates.addAll(phase.getTasks()));
		candidates.remove(successor);
		if (candidates.isEmpty()) {
			chart.execute(new Edit(null, "The plan has no other task for " + LinkTexts.name(successor) + " to follow."));
			return;
		}
		PlanTask proposed = tasks.size() > 1 ? tasks.get(0)
				: candidates.get(Math.max(0, rowAbove(candidates, successor)));
		LinkDialog dialog = new LinkDialog(chart.getShell(), "Link Tasks", successor, candidates,
				new LinkDialog.Link(proposed, DependencyType.FINISH_TO_START, 0));
		if (dialog.open() == Window.OK) {
			LinkDialog.Link link = dialog.link();
			chart.execute(PlanCommands.link(chart.domain(), link.predecessor(), successor, link.type(), link.lagDays()));
		}
	}

	/** @return the index among the candidates of the task just above the successor in the plan, or -1 */
	private int rowAbove(List<PlanTask> candidates, PlanTask successor) {
		List<PlanTask> all = new ArrayList<>();
		chart.getPlan().getPhases().forEach(phase -> all.addAll(phase.getTasks()));
		int index = all.indexOf(successor);
		return index <= 0 ? 0 : candidates.indexOf(all.get(index - 1));
	}

	/**
	 * Asks for a link's new type and lag and changes it.
	 *
	 * @param dependency a link of the plan
	 */
	void editLink(TaskDependency dependency) {
		PlanTask successor = (PlanTask) dependency.eContainer();
		LinkDialog dialog = new LinkDialog(chart.getShell(), "Edit Link", successor,
				List.of(dependency.getPredecessor()), new LinkDialog.Link(dependency.getPredecessor(),
						dependency.getType() == null ? DependencyType.FINISH_TO_START : dependency.getType(),
						dependency.getLagDays()));
		if (dialog.open() == Window.OK) {
			LinkDialog.Link link = dialog.link();
			chart.execute(PlanCommands.changeLink(chart.domain(), dependency, link.type(), link.lagDays()));
		}
	}

	/**
	 * Removes a link.
	 *
	 * @param dependency a link of the plan, or {@code null} when none is selected
	 */
	void unlink(TaskDependency dependency) {
		if (dependency != null && chart.domain() != null) {
			chart.getCanvas().setSelectedLink(null);
			chart.execute(GanttComposite.accepted(PlanCommands.unlink(chart.domain(), dependency)));
		}
	}

	private void publishAsked() {
		GetWellPlan plan = chart.getPlan();
		if (plan == null) {
			return;
		}
		PlanChanges since = PlanChanges.of(plan);
		String question = plan.getPublishedAt() == null
				? "Publish the plan as it stands? What changes after can then be shown against it."
				: "Since the plan was last published: " + since.counts() + ".\n\nPublish the plan as it stands now?";
		int answer = new MessageDialog(chart.getShell(), "Publish Plan", null, question, MessageDialog.QUESTION, 2,
				"Publish", "Publish and Set Baseline", "Cancel").open();
		if (answer == 0 || answer == 1) {
			publish(answer == 1);
		}
	}

	/**
	 * Publishes the plan shown, by the engagement's advocate, now.
	 *
	 * @param baseline whether to set the baseline of every task at the same time
	 */
	void publish(boolean baseline) {
		GetWellPlan plan = chart.getPlan();
		Person by = plan.eContainer() instanceof Engagement engagement ? engagement.getAdvocate() : null;
		chart.execute(PlanPublishCommands.publish(chart.domain(), plan, by, now(), baseline));
	}

	private void baselineAsked() {
		GetWellPlan plan = chart.getPlan();
		if (plan == null) {
			return;
		}
		List<PlanTask> selected = selectedTasks();
		if (selected.isEmpty()) {
			if (MessageDialog.openQuestion(chart.getShell(), "Set Baseline",
					"Keep the scheduled dates of every task as their baseline?")) {
				setBaseline(false);
			}
			return;
		}
		int answer = new MessageDialog(chart.getShell(), "Set Baseline", null,
				"Keep the scheduled dates as the baseline of:", MessageDialog.QUESTION, 0, "Every task",
				selected.size() == 1 ? "The selected task" : "The " + selected.size() + " selected tasks", "Cancel")
				.open();
		if (answer == 0 || answer == 1) {
			setBaseline(answer == 1);
		}
	}

	/**
	 * Sets the baseline of the plan shown.
	 *
	 * @param selectedOnly whether only the selected tasks (and the tasks of selected phases) are baselined
	 */
	void setBaseline(boolean selectedOnly) {
		GetWellPlan plan = chart.getPlan();
		Collection<PlanTask> tasks = new ArrayList<>();
		if (selectedOnly) {
			tasks.addAll(selectedTasks());
		} else {
			plan.getPhases().forEach(phase -> tasks.addAll(phase.getTasks()));
		}
		chart.execute(PlanPublishCommands.setBaseline(chart.domain(), plan, tasks, now()));
	}

	private List<PlanTask> selectedTasks() {
		List<PlanTask> tasks = new ArrayList<>();
		for (EObject element : chart.selectedElements()) {
			if (element instanceof PlanTask task && !tasks.contains(task)) {
				tasks.add(task);
			} else if (element instanceof PhaseOfValue phase) {
				phase.getTasks().stream().filter(task -> !tasks.contains(task)).forEach(tasks::add);
			}
		}
		return tasks;
	}

	private Instant now() {
		return chart.clock().instant();
	}
}
