// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;

import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.ecore.EObject;

/**
 * What the user asks for on the timeline, in the plan's terms. The canvas recognises the gestures; the owner of
 * the editing domain turns them into commands (or refuses them with a reason).
 */
public interface GanttGestures {

	/** The user dragged a bar (or pressed Alt+arrow) to start the task on another day. */
	void move(PlanTask task, LocalDate newStart);

	/** The user dragged the end of a bar: the task should finish on another day. */
	void resize(PlanTask task, LocalDate start, LocalDate newFinish);

	/** The user dragged the progress of a bar (Shift+drag). */
	void progress(PlanTask task, int percent);

	/** The user dragged from one bar to another: the second should follow the first. */
	void link(PlanTask predecessor, PlanTask successor);

	/** The user clicked a link's line. */
	void selectLink(TaskDependency link);

	/** The user double-clicked a link's line: change its type or lag. */
	void editLink(TaskDependency link);

	/** The user pressed Delete on a selected link. */
	void unlink(TaskDependency link);

	/** The user typed a new name for a task or phase in the table. */
	void rename(EObject taskOrPhase, String name);

	/** The user chose a task's owner in the table, or nobody ({@code null}). */
	void assign(PlanTask task, Person owner);

	/** The user typed the date a task's owner committed to, or cleared it ({@code null}). */
	void commit(PlanTask task, LocalDate date);

	/** The user selected a row (click or Up/Down). */
	void select(int row);

	/** The user typed something that is not a valid value; tell them why. */
	void invalid(String reason);

	/** The user scrolled the rows (mouse wheel) by a number of rows. */
	void scrollRows(int rows);
}
