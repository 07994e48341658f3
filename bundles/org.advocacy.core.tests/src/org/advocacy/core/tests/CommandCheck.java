// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The check every command factory gets: the command executes on the editing domain's command stack and changes the
 * model, Undo gives back exactly the model before and Redo exactly the model after. "Exactly" is
 * {@link EcoreUtil#equals(EObject, EObject)} between the live model and a snapshot ({@link EcoreUtil#copy}) taken
 * before executing and after executing, so every attribute, containment and reference counts, not only what a test
 * thought of asserting.
 */
public final class CommandCheck {

	private CommandCheck() {
	}

	/** @return a new editing domain with its own command stack, as each file's session has */
	public static EditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
	}

	/**
	 * Executes, undoes and redoes the command, comparing the model with its snapshots at each step. Leaves the
	 * command executed, so the test can go on to assert what it changed.
	 *
	 * @param domain  the editing domain the command was built for
	 * @param model   the root of the model the command changes, e.g. the repository
	 * @param command the command, not executed yet
	 */
	public static void executesUndoesAndRedoes(EditingDomain domain, EObject model, Command command) {
		assertNotNull(command, "a command");
		CommandStack stack = domain.getCommandStack();
		EObject before = EcoreUtil.copy(model);
		assertTrue(command.canExecute(), () -> "'" + command.getLabel() + "' can execute");

		stack.execute(command);
		assertFalse(EcoreUtil.equals(before, model), () -> "'" + command.getLabel() + "' changed the model");
		EObject after = EcoreUtil.copy(model);

		assertTrue(stack.canUndo(), () -> "'" + command.getLabel() + "' can be undone");
		stack.undo();
		assertTrue(EcoreUtil.equals(before, model), () -> "Undo of '" + command.getLabel()
				+ "' gives back exactly the model before");

		assertTrue(stack.canRedo(), () -> "'" + command.getLabel() + "' can be redone");
		stack.redo();
		assertTrue(EcoreUtil.equals(after, model), () -> "Redo of '" + command.getLabel()
				+ "' gives back exactly the model after");
	}
}
