// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.util.List;

import org.advocacy.core.validation.ModelChange;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Turns the changes the engine describes ({@link ModelChange}) into one undoable command. */
public final class ModelCommands {

	private ModelCommands() {
	}

	/**
	 * @param domain  the file's editing domain
	 * @param label   the command's name, shown by Undo
	 * @param changes the changes, in order
	 * @return one compound command making all of them
	 */
	public static Command of(EditingDomain domain, String label, List<ModelChange> changes) {
		CompoundCommand command = new CompoundCommand(label);
		for (ModelChange change : changes) {
			command.append(change.kind() == ModelChange.Kind.SET
					? SetCommand.create(domain, change.owner(), change.feature(), change.value())
					: AddCommand.create(domain, change.owner(), change.feature(), change.value()));
		}
		return command;
	}
}
