// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One change to the model, described as data rather than done: set a feature to a value, or add a value to a
 * many-valued feature. The lifecycle returns lists of these so that the workbench can turn each into a
 * {@code SetCommand} or {@code AddCommand} of one compound, undoable command, and headless callers can
 * {@link #apply()} them directly.
 *
 * @param kind    whether the value is set or added
 * @param owner   the object to change
 * @param feature the feature to change
 * @param value   the new value, or the value to add
 */
public record ModelChange(Kind kind, EObject owner, EStructuralFeature feature, Object value) {

	/** How the value goes into the feature. */
	public enum Kind {
		/** Replaces the feature's value ({@code SetCommand}). */
		SET,
		/** Appends to the feature's list ({@code AddCommand}). */
		ADD
	}

	/** Checks that the feature fits the kind of change. */
	public ModelChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(feature, "feature");
		if ((kind == Kind.ADD) != feature.isMany()) {
			throw new IllegalArgumentException(kind + " does not fit feature " + feature.getName());
		}
	}

	/** @return a change that sets {@code feature} of {@code owner} to {@code value} */
	public static ModelChange set(EObject owner, EStructuralFeature feature, Object value) {
		return new ModelChange(Kind.SET, owner, feature, value);
	}

	/** @return a change that adds {@code value} to the list {@code feature} of {@code owner} */
	public static ModelChange add(EObject owner, EStructuralFeature feature, Object value) {
		return new ModelChange(Kind.ADD, owner, feature, value);
	}

	/** Makes the change directly, for callers without an editing domain (command line, tests). */
	public void apply() {
		if (kind == Kind.SET) {
			owner.eSet(feature, value);
		} else {
			@SuppressWarnings("unchecked")
			List<Object> values = (List<Object>) owner.eGet(feature);
			values.add(value);
		}
	}
}
