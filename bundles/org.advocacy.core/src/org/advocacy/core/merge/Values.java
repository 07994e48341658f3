// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Compares the values a {@link DocumentState} keeps: attribute values (numbers compared by value, so 1.0 and
 * 1.00 are the same amount), UUIDs of referenced objects, and lists of either.
 */
final class Values {

	/** The value of an object that does not exist in a version (added by one side, or deleted). */
	static final Object ABSENT = new Object() {
		@Override
		public String toString() {
			return "(absent)";
		}
	};

	private Values() {
	}

	static boolean same(Object a, Object b) {
		if (a == b) {
			return true;
		}
		if (a == null || b == null || a == ABSENT || b == ABSENT) {
			return false;
		}
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!same(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(a, b);
	}
}
