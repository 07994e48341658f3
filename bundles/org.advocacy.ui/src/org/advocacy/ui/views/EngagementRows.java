// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.advocacy.model.Engagement;

/**
 * The rows of the virtual engagements table: a plain list of every engagement, sorted once when the order or the
 * engagements change and filtered once when the filter changes, never per row. The table asks it for the
 * engagement at a row and for the row of an engagement.
 */
final class EngagementRows {

	private final Function<List<Engagement>, List<Engagement>> order;
	private List<Engagement> sorted = List.of();
	private List<Engagement> visible = List.of();
	private Map<Engagement, Integer> rowOf = Map.of();
	private Predicate<Engagement> filter = engagement -> true;

	/** @param order sorts a list of engagements into a new list */
	EngagementRows(Function<List<Engagement>, List<Engagement>> order) {
		this.order = order;
	}

	/** Sorts the engagements (all of them, in the repository's order) and filters them. */
	void setEngagements(List<Engagement> engagements) {
		sorted = order.apply(engagements);
		applyFilter();
	}

	/** Filters the sorted engagements again with the new filter. */
	void setFilter(Predicate<Engagement> newFilter) {
		filter = newFilter;
		applyFilter();
	}

	private void applyFilter() {
		List<Engagement> shown = new ArrayList<>();
		Map<Engagement, Integer> rows = new IdentityHashMap<>();
		for (Engagement engagement : sorted) {
			if (filter.test(engagement)) {
				rows.put(engagement, shown.size());
				shown.add(engagement);
			}
		}
		visible = shown;
		rowOf = rows;
	}

	/** @return how many engagements pass the filter */
	int size() {
		return visible.size();
	}

	/** @return how many engagements there are, filtered or not */
	int total() {
		return sorted.size();
	}

	/** @return the engagement shown in the row */
	Engagement get(int row) {
		return visible.get(row);
	}

	/** @return the row of the engagement, or -1 when it is filtered out or unknown */
	int rowOf(Object engagement) {
		Integer row = rowOf.get(engagement);
		return row == null ? -1 : row;
	}

	/** @return the engagements shown, in row order */
	List<Engagement> visible() {
		return visible;
	}
}
