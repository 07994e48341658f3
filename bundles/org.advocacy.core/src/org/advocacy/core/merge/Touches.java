// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The objects one side touched since the original: changed a feature of, moved, reordered the children of, added
 * something to, or newly referred to — and every object containing one of them. Deleting an object that the other
 * side touched is a conflict; deleting an untouched one is not.
 */
final class Touches {

	private final Set<String> touched = new HashSet<>();
	private final DocumentState original;
	private final DocumentState side;

	Touches(DocumentState original, DocumentState side) {
		this.original = original;
		this.side = side;
		if (original == null) {
			return;
		}
		for (ObjectState now : side.objects().values()) {
			ObjectState was = original.get(now.id());
			if (was == null) {
				mark(now.parentId());
				continue;
			}
			if (!Objects.equals(was.place(), now.place()) || changed(was, now)) {
				mark(now.id());
				mark(was.parentId());
			}
			markNewTargets(was, now);
		}
	}

	boolean contains(String id) {
		return touched.contains(id);
	}

	private static boolean changed(ObjectState was, ObjectState now) {
		for (Map.Entry<EStructuralFeature, Object> entry : now.values().entrySet()) {
			Object before = was.values().get(entry.getKey());
			if (entry.getKey() instanceof EReference reference && reference.isContainment()) {
				if (ListMerge.reordered((List<?>) before, (List<?>) entry.getValue())) {
					return true;
				}
			} else if (!Values.same(before, entry.getValue())) {
				return true;
			}
		}
		return false;
	}

	/** A reference the side added to an object counts as touching that object: it must not vanish unseen. */
	private void markNewTargets(ObjectState was, ObjectState now) {
		for (Map.Entry<EStructuralFeature, Object> entry : now.values().entrySet()) {
			if (!(entry.getKey() instanceof EReference reference) || reference.isContainment()) {
				continue;
			}
			Object before = was.values().get(reference);
			Object after = entry.getValue();
			if (after instanceof List<?> targets) {
				List<?> previous = before instanceof List<?> list ? list : List.of();
				for (Object target : targets) {
					if (!previous.contains(target)) {
						mark((String) target);
					}
				}
			} else if (after != null && !after.equals(before)) {
				mark((String) after);
			}
		}
	}

	/** Marks an object and every object containing it, on this side and in the original. */
	private void mark(String id) {
		for (String current = id; current != null && touched.add(current);) {
			ObjectState state = side.get(current) != null ? side.get(current) : original.get(current);
			current = state == null ? null : state.parentId();
		}
		ObjectState before = id == null ? null : original.get(id);
		for (String current = before == null ? null : before.parentId(); current != null;) {
			touched.add(current);
			ObjectState state = original.get(current);
			current = state == null ? null : state.parentId();
		}
	}
}
