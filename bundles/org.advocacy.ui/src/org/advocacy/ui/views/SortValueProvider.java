// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

/** A column label provider that knows a better value to sort by than its text (a duration, a date, a rank). */
interface SortValueProvider {

	/** @return the value to sort the element by; {@code null} sorts last */
	Comparable<?> sortValue(Object element);
}
