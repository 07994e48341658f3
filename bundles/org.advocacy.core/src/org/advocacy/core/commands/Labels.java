// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.advocacy.model.AdvocacyPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names a command for Edit &gt; Undo and Redo by wrapping it in a compound with the label, and names the objects a
 * command is about the way the user knows them ("segment Strategic accounts").
 */
final class Labels {

	/** What the user calls the objects of the classes whose words alone would be too long or too vague. */
	private static final Map<EClass, String> KINDS = Map.of(AdvocacyPackage.Literals.CUSTOMER_SEGMENT, "segment",
			AdvocacyPackage.Literals.CUSTOMER_CONTACT, "contact", AdvocacyPackage.Literals.ENGAGEMENT_REASON, "reason",
			AdvocacyPackage.Literals.FUNCTIONAL_AREA, "area", AdvocacyPackage.Literals.BUSINESS_CALENDAR, "calendar");

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

	/**
	 * @param object a model object
	 * @return its kind and name as the user says them, e.g. "segment Strategic accounts"; the kind alone when it
	 *         has no name yet
	 */
	static String named(EObject object) {
		String kind = KINDS.getOrDefault(object.eClass(), words(object.eClass()));
		EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
		Object name = nameFeature == null ? null : object.eGet(nameFeature);
		return name == null || name.toString().isBlank() ? kind : kind + " " + name;
	}

	/**
	 * @param objects model objects
	 * @return each {@link #named(EObject) named}, joined with commas; "3 objects" beyond three of them
	 */
	static String named(Collection<?> objects) {
		if (objects.size() > 3) {
			return objects.size() + " objects";
		}
		return objects.stream().map(object -> object instanceof EObject eObject ? named(eObject) : String.valueOf(object))
				.collect(Collectors.joining(", "));
	}

	/** @return "product line" for ProductLine */
	private static String words(EClass type) {
		return type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}
}
