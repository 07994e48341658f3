// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.MissingResourceException;

import org.advocacy.model.Engagement;
import org.advocacy.model.provider.AdvocacyEditPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The Location column of a problem: where in the repository the offending field is, as a support manager
 * finds it in the workbench — the engagement's case number, the parts down to the object, then the field
 * ("ADV-0042 › Situation Summary › Executive Summary", "ADV-0042 › Get Well Plan › Plan Task 'Apply fix' ›
 * Owner"). Built from the model and the item providers' resource strings only, so it can be computed in a
 * background job without touching adapters.
 */
final class ProblemLocation {

	/** Between the steps of a location. */
	static final String SEPARATOR = " \u203A ";

	private static final List<String> NAME_FEATURES = List.of("name", "title", "description");
	private static final int LONGEST_NAME = 40;

	private ProblemLocation() {
	}

	/**
	 * @param object  the offending object
	 * @param feature the offending feature, or {@code null}
	 * @return the location, never empty
	 */
	static String of(EObject object, EStructuralFeature feature) {
		Deque<String> steps = new ArrayDeque<>();
		for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
			steps.addFirst(label(current));
		}
		if (feature != null) {
			steps.addLast(resourceString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName()
					+ "_feature", feature.getName()));
		}
		if (steps.isEmpty()) {
			steps.add(typeName(object));
		}
		return String.join(SEPARATOR, steps);
	}

	private static String label(EObject object) {
		if (object instanceof Engagement engagement && engagement.getKey() != null && !engagement.getKey().isBlank()) {
			return engagement.getKey();
		}
		String name = name(object);
		return name == null ? typeName(object) : typeName(object) + " '" + name + "'";
	}

	private static String name(EObject object) {
		for (String featureName : NAME_FEATURES) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
			if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String text && !text.isBlank()) {
				String name = text.strip();
				return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME - 1) + "\u2026";
			}
		}
		return null;
	}

	private static String typeName(EObject object) {
		return resourceString("_UI_" + object.eClass().getName() + "_type", object.eClass().getName());
	}

	private static String resourceString(String key, String fallback) {
		try {
			return AdvocacyEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
