// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.repository.HistoryEntry.Change;
import org.advocacy.core.repository.ObjectIds;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The feature-level change log of one save: what changed between the version a client loaded and the version it
 * saves, per object (by UUID) and feature, with the old and new value as text. An object that appeared is logged
 * as {@code (added)} in the feature that holds it, followed by the features it was given; one that disappeared
 * as {@code (removed)}. References are compared by the UUID of their target and shown by its name.
 */
public final class FeatureChanges {

	/** The pseudo-feature of an object that appeared. */
	public static final String ADDED = "(added)";
	/** The pseudo-feature of an object that disappeared. */
	public static final String REMOVED = "(removed)";

	private FeatureChanges() {
	}

	/**
	 * @param before the document as loaded, or {@code null} for a new document
	 * @param after  the document as saved
	 * @return the changes, in the order of the saved document's objects
	 */
	public static List<Change> between(Resource before, Resource after) {
		Map<String, EObject> old = objects(before);
		Map<String, EObject> current = objects(after);
		List<Change> changes = new ArrayList<>();
		current.forEach((id, object) -> {
			EObject previous = old.get(id);
			if (previous == null) {
				changes.add(change(id, object, ADDED, null, featureName(object)));
			}
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (isLogged(feature)) {
					String oldValue = previous == null ? null : text(previous, feature);
					String newValue = text(object, feature);
					if (!Objects.equals(comparable(previous, feature), comparable(object, feature))) {
						changes.add(change(id, object, feature.getName(), oldValue, newValue));
					}
				}
			}
		});
		old.forEach((id, object) -> {
			if (!current.containsKey(id)) {
				changes.add(change(id, object, REMOVED, label(object), null));
			}
		});
		return changes;
	}

	/**
	 * @param changes the changes of a save
	 * @return them as the JSON array the save path takes
	 */
	public static String toJson(List<Change> changes) {
		return Json.array(changes.stream().map(change -> Json.object().put("object_id", change.objectId())
				.put("object_type", change.objectType()).put("feature", change.feature())
				.put("old_value", change.oldValue()).put("new_value", change.newValue())).toList());
	}

	/**
	 * @param object a model object
	 * @return its name, title, key or description if it has one, else its class
	 */
	public static String label(EObject object) {
		for (String name : List.of("key", "name", "title", "description")) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature instanceof EAttribute && !object.eIsProxy() && object.eGet(feature) instanceof String text
					&& !text.isBlank()) {
				return text;
			}
		}
		return object.eClass().getName();
	}

	private static boolean isLogged(EStructuralFeature feature) {
		return !feature.isDerived() && !feature.isTransient() && feature.isChangeable()
				&& !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()));
	}

	private static Change change(String id, EObject object, String feature, String oldValue, String newValue) {
		return new Change(id, object.eClass().getName(), feature, oldValue, newValue);
	}

	private static String featureName(EObject object) {
		return object.eContainingFeature() == null ? "(document)" : object.eContainingFeature().getName();
	}

	private static Map<String, EObject> objects(Resource resource) {
		Map<String, EObject> objects = new LinkedHashMap<>();
		if (resource == null) {
			return objects;
		}
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			String id = ObjectIds.of(object);
			if (id != null) {
				objects.put(id, object);
			}
		}
		return objects;
	}

	/** The value compared: attribute values as text, references by the UUIDs of their targets. */
	private static Object comparable(EObject object, EStructuralFeature feature) {
		if (object == null || !object.eIsSet(feature)) {
			return null;
		}
		if (feature instanceof EReference reference) {
			return targets(object, reference).stream().map(ObjectIds::of).toList();
		}
		return text(object, feature);
	}

	private static String text(EObject object, EStructuralFeature feature) {
		if (!object.eIsSet(feature)) {
			return null;
		}
		if (feature instanceof EReference reference) {
			List<String> names = targets(object, reference).stream().map(FeatureChanges::referenceText).toList();
			return reference.isMany() ? names.toString() : names.get(0);
		}
		EAttribute attribute = (EAttribute) feature;
		Object value = object.eGet(attribute);
		if (attribute.isMany()) {
			return ((List<?>) value).stream().map(element -> EcoreUtil.convertToString(attribute.getEAttributeType(),
					element)).toList().toString();
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	private static String referenceText(EObject target) {
		String id = ObjectIds.of(target);
		return target.eIsProxy() ? id : label(target) + " (" + id + ")";
	}

	private static List<EObject> targets(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		List<EObject> targets = new ArrayList<>();
		if (value instanceof InternalEList<?> list) {
			list.basicIterator().forEachRemaining(target -> targets.add((EObject) target));
		} else if (value != null) {
			targets.add((EObject) value);
		}
		return targets;
	}
}
