// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of one feature of one object that the generic editors make — the Properties view, form fields, the rows
 * of a table — where the feature, not the domain, says what changes. Each is the editing domain's own command, so
 * item providers can take part and Undo shows EMF's usual labels (Set, Add, Delete).
 */
public final class FeatureCommands {

	private FeatureCommands() {
	}

	/**
	 * @param domain  the file's editing domain
	 * @param owner   the object
	 * @param feature one of its features
	 * @param value   the new value
	 * @return the command setting the feature
	 */
	public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return SetCommand.create(domain, owner, feature, value);
	}

	/**
	 * @param domain  the file's editing domain
	 * @param owner   the object
	 * @param feature one of its features
	 * @return the command restoring the feature's default (unsetting it)
	 */
	public static Command unset(EditingDomain domain, EObject owner, EStructuralFeature feature) {
		return SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE);
	}

	/**
	 * @param domain the file's editing domain
	 * @param owner  the object holding the list
	 * @param list   a many-valued feature of the owner
	 * @param child  the object to add at the end
	 * @return the command adding it
	 */
	public static Command add(EditingDomain domain, EObject owner, EStructuralFeature list, Object child) {
		return AddCommand.create(domain, owner, list, child);
	}

	/**
	 * @param domain   the file's editing domain
	 * @param owner    the object holding the list
	 * @param list     a many-valued feature of the owner
	 * @param children the objects to remove from it
	 * @return the command removing them
	 */
	public static Command remove(EditingDomain domain, EObject owner, EStructuralFeature list, Collection<?> children) {
		return RemoveCommand.create(domain, owner, list, children);
	}
}
