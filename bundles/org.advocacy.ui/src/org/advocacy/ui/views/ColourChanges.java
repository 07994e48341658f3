// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.EventObject;

import org.advocacy.model.ColourOverride;
import org.advocacy.model.GetWellPlan;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;

/**
 * Tells the engagements table when a command (executed, undone or redone) may have changed an engagement's colour
 * code without touching the engagement itself: an edit inside a get-well plan (a task's dates, progress, links, a
 * new task) or of a colour override's reason. The engine's colour follows the plan, so the Engagements view must not
 * wait for its next periodic refresh to show it. Reads only what the command says it affected, so a burst of edits
 * elsewhere (a chronology, a customer update) costs nothing.
 */
final class ColourChanges implements CommandStackListener {

	private final Runnable changed;
	private CommandStack stack;

	/** @param changed called after a command that may have changed a colour code */
	ColourChanges(Runnable changed) {
		this.changed = changed;
	}

	/** Listens to a command stack instead of the one before; {@code null} to stop listening. */
	void attach(CommandStack newStack) {
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		Command command = stack == null ? null : stack.getMostRecentCommand();
		if (command != null && command.getAffectedObjects().stream().anyMatch(ColourChanges::mayChangeColour)) {
			changed.run();
		}
	}

	/** @return whether the object is, or lies inside, a get-well plan or a colour override */
	static boolean mayChangeColour(Object affected) {
		for (Object object = affected; object instanceof EObject current; object = current.eContainer()) {
			if (current instanceof GetWellPlan || current instanceof ColourOverride) {
				return true;
			}
		}
		return false;
	}
}
