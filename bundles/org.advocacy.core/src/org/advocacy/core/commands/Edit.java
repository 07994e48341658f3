// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import org.eclipse.emf.common.command.Command;

/**
 * A checked edit: the command to execute, or why the edit is refused. Factories return it where a user's gesture may
 * ask for something the model cannot take (a finish before the start, a link that would make a cycle, removing
 * someone still on a ladder), so the user interface can show the reason instead of executing anything.
 *
 * @param command the command to execute, or {@code null} when the edit is refused or changes nothing
 * @param refusal why the edit is refused, in words the user reads; {@code null} when it is not refused
 */
public record Edit(Command command, String refusal) {

	static Edit of(Command command) {
		return new Edit(command, null);
	}

	static Edit refused(String reason) {
		return new Edit(null, reason);
	}

	static Edit unchanged() {
		return new Edit(null, null);
	}

	/** @return whether there is a command to execute */
	public boolean accepted() {
		return command != null;
	}
}
