// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.validation.Names;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The feature-level change log between two versions of a document, as a team store's history records it: per
 * object and feature the old and the new value as text. Objects added are logged as "created" followed by their
 * values, objects removed as "deleted"; references are logged by the name of the object referred to and its UUID.
 */
public final class FeatureChanges {

	/** The pseudo-feature logged when an object appears. */
	public static final String CREATED = "(created)";
	/** The pseudo-feature logged when an object disappears. */
	public static final String DELETED = "(deleted)";

	private FeatureChanges() {
	}

	/**
	 * @param before the previous version, or {@code null} when the document is new
	 * @param after  the new version, or {@code null} when the document was deleted
	 * @return the changes, in document order
	 */
	public static List<HistoryEntry.Change> between(DocumentState before, DocumentState after) {
		List<HistoryEntry.Change> changes = new ArrayList<>();
		if (after != null) {
			for (ObjectState now : after.objects().values()) {
				ObjectState was = before == null ? null : before.get(now.id());
				if (was == null) {
					changes.add(change(now, CREATED, null, label(after.source(now.id()))));
				}
				for (Map.Entry<EStructuralFeature, Object> entry : now.values().entrySet()) {
					EStructuralFeature feature = entry.getKey();
					if (feature instanceof EReference reference && reference.isContainment()) {
						continue; // the children log their own creation and deletion
					}
					Object old = was == null ? null : was.values().get(feature);
					if (!Values.same(old, entry.getValue()) && !(was == null && isEmpty(entry.getValue()))) {
						changes.add(change(now, feature.getName(), text(before, feature, old),
								text(after, feature, entry.getValue())));
					}
				}
			}
		}
		if (before != null) {
			for (ObjectState was : before.objects().values()) {
				if (after == null || !after.contains(was.id())) {
					changes.add(change(was, DELETED, label(before.source(was.id())), null));
				}
			}
		}
		return changes;
	}

	private static HistoryEntry.Change change(ObjectState object, String feature, String oldValue, String newValue) {
		return new HistoryEntry.Change(object.id(), object.eClass().getName(), feature, oldValue, newValue);
	}

	private static boolean isEmpty(Object value) {
		return value == null || value instanceof List<?> list && list.isEmpty();
	}

	private static String text(DocumentState state, EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			List<String> texts = new ArrayList<>(list.size());
			list.forEach(element -> texts.add(single(state, feature, element)));
			return texts.toString();
		}
		return single(state, feature, value);
	}

	private static String single(DocumentState state, EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		EObject target = state == null ? null : state.source((String) value);
		return target == null || target.eIsProxy() ? String.valueOf(value) : label(target) + " [" + value + "]";
	}

	private static String label(EObject object) {
		return object == null ? null : Names.of(object);
	}
}
