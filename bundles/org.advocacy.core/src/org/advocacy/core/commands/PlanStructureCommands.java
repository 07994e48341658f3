// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the commands that change the outline of a get-well plan, as the Gantt chart's task table edits it: add a
 * task, milestone or phase of value; delete tasks and phases with their links; move a task or phase up or down (a
 * task at the edge of its phase moves into the neighbouring phase); outdent a task, which starts a new phase at it,
 * and indent a phase, which joins its tasks to the phase above. Rows keep their order through outdent and indent,
 * as in an outliner; only the phase boundaries change.
 * <p>
 * The commands are built for the given editing domain but not executed: the caller executes them on the domain's
 * command stack, which gives undo and redo. Edits the plan cannot take are refused with a reason the advocate can
 * read.
 */
public final class PlanStructureCommands {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private PlanStructureCommands() {
	}

	/**
	 * Adds a phase of value.
	 *
	 * @param domain the session's editing domain
	 * @param plan   the plan
	 * @param index  where among the plan's phases, 0 for the first; clamped to the phases there are
	 * @param name   the phase's name
	 * @return the command; once executed, its affected object is the new phase
	 */
	public static Command addPhase(EditingDomain domain, GetWellPlan plan, int index, String name) {
		PhaseOfValue phase = FACTORY.createPhaseOfValue();
		phase.setName(name);
		int at = Math.max(0, Math.min(index, plan.getPhases().size()));
		return Labels.labelled("Add phase '" + name + "'",
				AddCommand.create(domain, plan, Literals.GET_WELL_PLAN__PHASES, phase, at));
	}

	/**
	 * Adds a task of one working day, or a milestone, that starts no earlier than a date.
	 *
	 * @param domain    the session's editing domain
	 * @param phase     the phase of a plan the task belongs to
	 * @param index     where among the phase's tasks, 0 for the first; clamped to the tasks there are
	 * @param name      the task's name
	 * @param start     the earliest start (the next working day when it is not one)
	 * @param milestone whether it is a milestone (no duration) instead of a task
	 * @return the command; once executed, its affected object is the new task
	 */
	public static Command addTask(EditingDomain domain, PhaseOfValue phase, int index, String name, LocalDate start,
			boolean milestone) {
		Objects.requireNonNull(start, "start");
		LocalDate first = PlanParts.workingDays(PlanParts.planOf(phase)).onOrAfter(start);
		PlanTask task = FACTORY.createPlanTask();
		task.setName(name);
		task.setMilestone(milestone);
		task.setStart(first);
		task.setFinish(first);
		task.setDurationDays(milestone ? 0 : 1);
		int at = Math.max(0, Math.min(index, phase.getTasks().size()));
		return Labels.labelled((milestone ? "Add milestone '" : "Add task '") + name + "'",
				AddCommand.create(domain, phase, Literals.PHASE_OF_VALUE__TASKS, task, at));
	}

	/**
	 * Deletes tasks and phases of a plan with everything that hangs on them: a phase with its tasks, a task with its
	 * links to other tasks in both directions. The published version of the plan keeps the deleted tasks as they
	 * were published, without their link to the task (so "what changed since publication" lists them as removed).
	 *
	 * @param domain   the session's editing domain
	 * @param elements tasks and phases of one plan
	 * @return the command, or the refusal (nothing to delete, or parts of different plans)
	 */
	public static Edit delete(EditingDomain domain, Collection<? extends EObject> elements) {
		Set<EObject> deleted = new LinkedHashSet<>();
		Set<PlanTask> tasks = new LinkedHashSet<>();
		GetWellPlan plan = null;
		for (EObject element : elements) {
			GetWellPlan owner;
			if (element instanceof PhaseOfValue phase) {
				owner = PlanParts.planOf(phase);
				tasks.addAll(phase.getTasks());
			} else if (element instanceof PlanTask task) {
				owner = PlanParts.planOf(task);
				tasks.add(task);
			} else {
				continue;
			}
			if (owner == null || plan != null && owner != plan) {
				return Edit.refused("Only tasks and phases of one plan can be deleted together.");
			}
			plan = owner;
			deleted.add(element);
		}
		if (deleted.isEmpty()) {
			return Edit.unchanged();
		}
		// a task inside a deleted phase goes with its phase
		deleted.removeIf(element -> element instanceof PlanTask task && deleted.contains(task.eContainer()));
		List<EObject> objects = new ArrayList<>(deleted);
		for (PhaseOfValue phase : plan.getPhases()) {
			for (PlanTask task : phase.getTasks()) {
				if (!tasks.contains(task)) {
					for (TaskDependency dependency : task.getDependencies()) {
						if (tasks.contains(dependency.getPredecessor())) {
							objects.add(dependency);
						}
					}
				}
			}
		}
		return Edit.of(Labels.labelled(deleteLabel(deleted, tasks), new DeleteFromPlan(domain, objects)));
	}

	private static String deleteLabel(Set<EObject> deleted, Set<PlanTask> tasks) {
		if (deleted.size() == 1) {
			EObject only = deleted.iterator().next();
			if (only instanceof PlanTask task) {
				return "Delete " + PlanParts.quoted(task);
			}
			int count = tasks.size();
			return "Delete phase " + PlanParts.quoted((PhaseOfValue) only)
					+ (count == 0 ? "" : count == 1 ? " with its task" : " with its " + count + " tasks");
		}
		return "Delete " + tasks.size() + " tasks" + (deleted.stream().anyMatch(PhaseOfValue.class::isInstance)
				? " and their phases" : "");
	}

	/**
	 * Moves a task one row up: before the task above it in its phase, or, as the first task of its phase, to the end
	 * of the phase above. A phase moves above the phase before it, with its tasks.
	 *
	 * @param domain  the session's editing domain
	 * @param element a task or phase of a plan
	 * @return the command, or the refusal when it is already at the top
	 */
	public static Edit moveUp(EditingDomain domain, EObject element) {
		return move(domain, element, -1);
	}

	/**
	 * Moves a task one row down: after the task below it in its phase, or, as the last task of its phase, to the
	 * start of the phase below. A phase moves below the phase after it, with its tasks.
	 *
	 * @param domain  the session's editing domain
	 * @param element a task or phase of a plan
	 * @return the command, or the refusal when it is already at the bottom
	 */
	public static Edit moveDown(EditingDomain domain, EObject element) {
		return move(domain, element, 1);
	}

	private static Edit move(EditingDomain domain, EObject element, int direction) {
		String where = direction < 0 ? "top" : "bottom";
		if (element instanceof PhaseOfValue phase) {
			GetWellPlan plan = PlanParts.planOf(phase);
			int index = plan == null ? -1 : plan.getPhases().indexOf(phase);
			int target = index + direction;
			if (index < 0 || target < 0 || target >= plan.getPhases().size()) {
				return Edit.refused("Phase " + PlanParts.quoted(phase) + " is already at the " + where + " of the plan.");
			}
			return Edit.of(Labels.labelled("Move phase " + PlanParts.quoted(phase) + (direction < 0 ? " up" : " down"),
					MoveCommand.create(domain, plan, Literals.GET_WELL_PLAN__PHASES, phase, target)));
		}
		if (!(element instanceof PlanTask task) || PlanParts.planOf(task) == null) {
			return Edit.unchanged();
		}
		PhaseOfValue phase = PlanParts.phaseOf(task);
		List<PhaseOfValue> phases = PlanParts.planOf(task).getPhases();
		int index = phase.getTasks().indexOf(task);
		int target = index + direction;
		String label = "Move " + PlanParts.quoted(task) + (direction < 0 ? " up" : " down");
		if (target >= 0 && target < phase.getTasks().size()) {
			return Edit.of(Labels.labelled(label,
					MoveCommand.create(domain, phase, Literals.PHASE_OF_VALUE__TASKS, task, target)));
		}
		int neighbourIndex = phases.indexOf(phase) + direction;
		if (neighbourIndex < 0 || neighbourIndex >= phases.size()) {
			return Edit.refused(PlanParts.quoted(task) + " is already at the " + where + " of the plan.");
		}
		PhaseOfValue neighbour = phases.get(neighbourIndex);
		CompoundCommand move = new CompoundCommand(label + " into phase " + PlanParts.quoted(neighbour));
		move.append(RemoveCommand.create(domain, phase, Literals.PHASE_OF_VALUE__TASKS, task));
		move.append(AddCommand.create(domain, neighbour, Literals.PHASE_OF_VALUE__TASKS, task,
				direction < 0 ? neighbour.getTasks().size() : 0));
		return Edit.of(move);
	}

	/**
	 * Outdents a task: a new phase of value starts at it, taking the task and the tasks below it in its phase, right
	 * after that phase. The rows stay in their order; {@link #indent(EditingDomain, EObject)} on the new phase undoes
	 * the split.
	 *
	 * @param domain  the session's editing domain
	 * @param element the task to outdent (a phase cannot be outdented further)
	 * @param name    the new phase's name
	 * @return the command; once executed, its affected object is the new phase; or the refusal
	 */
	public static Edit outdent(EditingDomain domain, EObject element, String name) {
		if (element instanceof PhaseOfValue phase) {
			return Edit.refused("Phase " + PlanParts.quoted(phase) + " is already at the top level of the plan.");
		}
		if (!(element instanceof PlanTask task) || PlanParts.planOf(task) == null) {
			return Edit.unchanged();
		}
		PhaseOfValue phase = PlanParts.phaseOf(task);
		int index = phase.getTasks().indexOf(task);
		if (index == 0) {
			return Edit.refused(PlanParts.quoted(task) + " is the first task of phase " + PlanParts.quoted(phase)
					+ ": it already starts that phase.");
		}
		GetWellPlan plan = PlanParts.planOf(phase);
		PhaseOfValue split = FACTORY.createPhaseOfValue();
		split.setName(name);
		List<PlanTask> moved = new ArrayList<>(phase.getTasks().subList(index, phase.getTasks().size()));
		CompoundCommand outdent = new CompoundCommand("Start phase '" + name + "' at " + PlanParts.quoted(task));
		outdent.append(RemoveCommand.create(domain, phase, Literals.PHASE_OF_VALUE__TASKS, moved));
		outdent.append(AddCommand.create(domain, split, Literals.PHASE_OF_VALUE__TASKS, moved));
		outdent.append(AddCommand.create(domain, plan, Literals.GET_WELL_PLAN__PHASES, split,
				plan.getPhases().indexOf(phase) + 1));
		return Edit.of(outdent);
	}

	/**
	 * Indents a phase: its tasks join the end of the phase above, and the emptied phase goes. The rows stay in their
	 * order.
	 *
	 * @param domain  the session's editing domain
	 * @param element the phase to indent (a task is already inside a phase)
	 * @return the command, or the refusal
	 */
	public static Edit indent(EditingDomain domain, EObject element) {
		if (element instanceof PlanTask task) {
			return Edit.refused(PlanParts.quoted(task) + " is already a task inside a phase; move it up or down to"
					+ " take it into another phase.");
		}
		if (!(element instanceof PhaseOfValue phase) || PlanParts.planOf(phase) == null) {
			return Edit.unchanged();
		}
		List<PhaseOfValue> phases = PlanParts.planOf(phase).getPhases();
		int index = phases.indexOf(phase);
		if (index == 0) {
			return Edit.refused(PlanParts.quoted(phase) + " is the first phase: there is no phase above it to join.");
		}
		PhaseOfValue above = phases.get(index - 1);
		List<PlanTask> moved = new ArrayList<>(phase.getTasks());
		CompoundCommand indent = new CompoundCommand(
				"Join phase " + PlanParts.quoted(phase) + " to " + PlanParts.quoted(above));
		if (!moved.isEmpty()) {
			indent.append(RemoveCommand.create(domain, phase, Literals.PHASE_OF_VALUE__TASKS, moved));
			indent.append(AddCommand.create(domain, above, Literals.PHASE_OF_VALUE__TASKS, moved));
		}
		indent.append(RemoveCommand.create(domain, PlanParts.planOf(phase), Literals.GET_WELL_PLAN__PHASES, phase));
		return Edit.of(indent);
	}

	/**
	 * EMF's delete: removes the objects and then every reference to them (and to their contents) from the rest of
	 * the model, for instance the published version's link to a deleted task. The objects are removed from their
	 * containers directly, so the command works on any editing domain, whether its adapter factory knows the
	 * model's item providers or not; references are looked for in the objects' resource set (or, for a model not in
	 * one, in everything under their root).
	 */
	private static final class DeleteFromPlan extends DeleteCommand {

		private final Notifier scope;

		DeleteFromPlan(EditingDomain domain, List<EObject> objects) {
			super(domain, objects);
			EObject first = objects.get(0);
			scope = first.eResource() == null ? EcoreUtil.getRootContainer(first)
					: first.eResource().getResourceSet() == null ? first.eResource()
							: first.eResource().getResourceSet();
		}

		@Override
		protected void prepareCommand() {
			Map<EObject, Map<EReference, List<EObject>>> byOwner = new LinkedHashMap<>();
			for (Object object : getCollection()) {
				EObject eObject = (EObject) object;
				byOwner.computeIfAbsent(eObject.eContainer(), owner -> new LinkedHashMap<>())
						.computeIfAbsent(eObject.eContainmentFeature(), feature -> new ArrayList<>()).add(eObject);
			}
			byOwner.forEach((owner, lists) -> lists.forEach(
					(feature, children) -> append(RemoveCommand.create(domain, owner, feature, children))));
		}

		@Override
		protected Map<EObject, Collection<Setting>> findReferences(Collection<EObject> eObjects) {
			return EcoreUtil.UsageCrossReferencer.findAll(eObjects, Collections.singleton(scope));
		}
	}
}
