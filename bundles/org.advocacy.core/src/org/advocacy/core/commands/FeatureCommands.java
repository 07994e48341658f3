// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
	 * @return the command removing them, even when something else still names them
	 * @see #removeUnlessUsed(EditingDomain, EObject, EStructuralFeature, List, Usages)
	 */
	public static Command remove(EditingDomain domain, EObject owner, EStructuralFeature list, Collection<?> children) {
		return RemoveCommand.create(domain, owner, list, children);
	}

	/**
	 * Removes objects from a containment list — people, areas, calendars, segments, customers, contacts, reasons,
	 * business units, product lines — or refuses when one of them is still named elsewhere: on a ladder, in an
	 * engagement, by a customer, as someone's alternate.
	 *
	 * @param domain  the file's editing domain
	 * @param owner   the object holding the list, e.g. the organization or the repository
	 * @param list    the containment list, e.g. the repository's segments
	 * @param objects the objects to remove
	 * @param usages  where objects are still named
	 * @return the remove command labelled with what it removes, or the refusal naming the first object still used
	 *         and where
	 */
	public static Edit removeUnlessUsed(EditingDomain domain, EObject owner, EStructuralFeature list, List<?> objects,
			Usages usages) {
		String refusal = usages.refusalToRemove(objects);
		if (refusal != null) {
			return Edit.refused(refusal);
		}
		return objects.isEmpty() ? Edit.unchanged()
				: Edit.of(Labels.labelled("Remove " + Labels.named(objects),
						RemoveCommand.create(domain, owner, list, objects)));
	}

	/**
	 * The edit of a whole settings object (the mail settings, a meeting's schedule) made on a working copy in a dialog
	 * or a preference page, as one command: when the owner has none yet, the copy becomes its value; otherwise every
	 * attribute and reference whose value differs is set on the existing object, which keeps its identity (the
	 * invitations of a meeting are tied to its schedule's).
	 *
	 * @param domain  the file's editing domain
	 * @param label   the command's name, shown by Undo
	 * @param owner   the object holding the settings
	 * @param feature the single-valued containment that holds them
	 * @param edited  the edited working copy, contained nowhere
	 * @return the command; it cannot execute when nothing differs
	 */
	public static Command applyValues(EditingDomain domain, String label, EObject owner, EReference feature,
			EObject edited) {
		CompoundCommand command = new CompoundCommand(label);
		EObject current = (EObject) owner.eGet(feature);
		if (current == null) {
			command.append(SetCommand.create(domain, owner, feature, edited));
			return command;
		}
		for (EStructuralFeature value : edited.eClass().getEAllStructuralFeatures()) {
			if (!value.isChangeable() || value.isDerived() || value.isTransient()
					|| value instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			Object wanted = edited.eGet(value);
			Object present = current.eGet(value);
			if (value.isMany() ? !List.copyOf((Collection<?>) present).equals(List.copyOf((Collection<?>) wanted))
					: !Objects.equals(present, wanted)) {
				command.append(SetCommand.create(domain, current, value,
						value.isMany() ? new ArrayList<>((Collection<?>) wanted) : wanted));
			}
		}
		return command;
	}
}
