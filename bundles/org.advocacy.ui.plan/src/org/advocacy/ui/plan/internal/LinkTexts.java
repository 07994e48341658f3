// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

/** How links read in tooltips, menus and the link dialog. */
public final class LinkTexts {

	private LinkTexts() {
	}

	/**
	 * @param type a link type
	 * @return e.g. "Finish-to-start (FS): starts when the other finishes"
	 */
	public static String explain(DependencyType type) {
		return switch (type) {
		case FINISH_TO_START -> "Finish-to-start (FS): starts when the first one finishes";
		case START_TO_START -> "Start-to-start (SS): starts when the first one starts";
		case FINISH_TO_FINISH -> "Finish-to-finish (FF): finishes when the first one finishes";
		case START_TO_FINISH -> "Start-to-finish (SF): finishes when the first one starts";
		};
	}

	/**
	 * @param link a link between two tasks
	 * @return e.g. "Analyse → Fix, finish-to-start, 2 days lag"
	 */
	public static String describe(TaskDependency link) {
		DependencyType type = link.getType() == null ? DependencyType.FINISH_TO_START : link.getType();
		String name = switch (type) {
		case FINISH_TO_START -> "finish-to-start";
		case START_TO_START -> "start-to-start";
		case FINISH_TO_FINISH -> "finish-to-finish";
		case START_TO_FINISH -> "start-to-finish";
		};
		int lag = link.getLagDays();
		String lagText = lag == 0 ? "" : lag > 0 ? ", " + days(lag) + " lag" : ", " + days(-lag) + " lead";
		return name(link.getPredecessor()) + " \u2192 " + name((PlanTask) link.eContainer()) + ", " + name + lagText;
	}

	private static String days(int days) {
		return days == 1 ? "1 working day" : days + " working days";
	}

	/** @return the task's name, or "(unnamed task)" */
	public static String name(PlanTask task) {
		return task == null || task.getName() == null || task.getName().isBlank() ? "(unnamed task)" : task.getName();
	}
}
