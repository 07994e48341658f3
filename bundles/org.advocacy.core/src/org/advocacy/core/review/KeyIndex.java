// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * Numbers the distinct values of one dimension (segments, reasons, ...) in the order they are first met, by
 * identity, so the metrics can count in plain {@code int} arrays. {@code null} (not recorded) is a value too.
 */
final class KeyIndex {

	private final Map<EObject, Integer> indices = new IdentityHashMap<>();
	private final List<EObject> keys = new ArrayList<>();

	/** @return the number of a value, numbering it now if it is new */
	int indexOf(EObject key) {
		Integer index = indices.get(key);
		if (index == null) {
			index = keys.size();
			indices.put(key, index);
			keys.add(key);
		}
		return index;
	}

	/** @return how many distinct values were numbered */
	int size() {
		return keys.size();
	}

	/** @return the value with a number */
	EObject key(int index) {
		return keys.get(index);
	}
}
