// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The keys that edit a plan's outline, the same in the task table and on the timeline: Insert adds a task
 * (Shift+Insert a milestone, Ctrl+Insert a phase of value), Delete deletes the selection, Alt+Shift+Right and Left
 * indent and outdent, Alt+Shift+Up and Down move the selected row.
 */
public enum PlanKeys {

	/** Insert. */
	ADD_TASK("Insert"),
	/** Shift+Insert. */
	ADD_MILESTONE("Shift+Insert"),
	/** Ctrl+Insert. */
	ADD_PHASE("Ctrl+Insert"),
	/** Delete. */
	DELETE("Delete"),
	/** Alt+Shift+Right. */
	INDENT("Alt+Shift+Right"),
	/** Alt+Shift+Left. */
	OUTDENT("Alt+Shift+Left"),
	/** Alt+Shift+Up. */
	MOVE_UP("Alt+Shift+Up"),
	/** Alt+Shift+Down. */
	MOVE_DOWN("Alt+Shift+Down");

	private final String keys;

	PlanKeys(String keys) {
		this.keys = keys;
	}

	/** @return the keys as a user reads them in a tooltip or menu, e.g. "Alt+Shift+Right" */
	public String keys() {
		return keys;
	}

	/**
	 * @param event a key press
	 * @return the edit it asks for, or {@code null} when it is no edit key
	 */
	public static PlanKeys of(Event event) {
		int modifiers = event.stateMask & SWT.MODIFIER_MASK;
		if (event.keyCode == SWT.INSERT) {
			return modifiers == 0 ? ADD_TASK
					: modifiers == SWT.SHIFT ? ADD_MILESTONE : modifiers == SWT.MOD1 ? ADD_PHASE : null;
		}
		if (event.keyCode == SWT.DEL) {
			return modifiers == 0 ? DELETE : null;
		}
		if (modifiers != (SWT.ALT | SWT.SHIFT)) {
			return null;
		}
		return switch (event.keyCode) {
		case SWT.ARROW_RIGHT -> INDENT;
		case SWT.ARROW_LEFT -> OUTDENT;
		case SWT.ARROW_UP -> MOVE_UP;
		case SWT.ARROW_DOWN -> MOVE_DOWN;
		default -> null;
		};
	}
}
