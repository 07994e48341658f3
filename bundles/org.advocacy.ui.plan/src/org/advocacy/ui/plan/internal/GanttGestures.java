// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.time.LocalDate;

import org.advocacy.model.PlanTask;

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

	/** The user dragged from one bar to another (Ctrl+drag): the second should follow the first. */
	void link(PlanTask predecessor, PlanTask successor);

	/** The user selected a row (click or Up/Down). */
	void select(int row);

	/** The user typed something that is not a valid value; tell them why. */
	void invalid(String reason);

	/** The user scrolled the rows (mouse wheel) by a number of rows. */
	void scrollRows(int rows);
}
