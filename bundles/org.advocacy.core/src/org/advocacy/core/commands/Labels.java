// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/** Names a command for Edit &gt; Undo and Redo by wrapping it in a compound with the label. */
final class Labels {

	private Labels() {
	}

	/**
	 * @param label   what Undo and Redo show, e.g. "Record Ana Lima contacted"
	 * @param command the command
	 * @return the command under that label
	 */
	static Command labelled(String label, Command command) {
		return labelled(label, null, command);
	}

	/**
	 * @param label       what Undo and Redo show
	 * @param description the longer description, or {@code null}
	 * @param command     the command
	 * @return the command under that label
	 */
	static Command labelled(String label, String description, Command command) {
		CompoundCommand labelled = new CompoundCommand(label, description);
		labelled.append(command);
		return labelled;
	}
}
