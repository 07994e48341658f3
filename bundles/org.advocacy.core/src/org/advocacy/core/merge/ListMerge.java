// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges three versions of a list of distinct elements (UUIDs of referenced or contained objects, or values of a
 * many-valued attribute) by element: what either side removed is removed, what either side added is added next to
 * the element it followed on that side. The order of a side that reordered is kept when the other side did not
 * reorder; when both reordered, their order wins. Never a conflict: adds and removes on both sides are kept.
 */
final class ListMerge {

	private ListMerge() {
	}

	/**
	 * @param original the original list, or {@link Values#ABSENT} when unknown or the object is new (then nothing
	 *                 counts as removed)
	 * @param theirs   their list
	 * @param mine     my list
	 * @return the merged list
	 */
	static List<Object> merge(Object original, List<?> theirs, List<?> mine) {
		List<?> base = original instanceof List<?> list ? list : List.of();
		if (Values.same(theirs, mine) || Values.same(base, mine)) {
			return new ArrayList<>(theirs);
		}
		if (Values.same(base, theirs)) {
			return new ArrayList<>(mine);
		}
		Set<Object> originals = new HashSet<>(base);
		Set<Object> removed = new HashSet<>(originals);
		removed.removeAll(new HashSet<>(mine));
		Set<Object> removedByThem = new HashSet<>(originals);
		removedByThem.removeAll(new HashSet<>(theirs));
		removed.addAll(removedByThem);

		boolean mineReordered = reordered(base, mine);
		boolean theirsReordered = reordered(base, theirs);
		List<?> leading = mineReordered && !theirsReordered ? mine : theirs;
		List<?> following = leading == mine ? theirs : mine;

		List<Object> merged = new ArrayList<>(leading.size() + following.size());
		for (Object element : leading) {
			if (!removed.contains(element)) {
				merged.add(element);
			}
		}
		insertAdditions(merged, following, originals, removed);
		return merged;
	}

	/**
	 * The order of a containment's children: the three versions merged, restricted to the children it has after the
	 * merge; a child the merge alone would not place there (restored after a deletion, or moved in) goes next to the
	 * child it follows in my version, else theirs, else the original.
	 *
	 * @param original the original children, or {@code null} when unknown or the container is new
	 * @param theirs   their children, or {@code null} when they do not have the container
	 * @param mine     my children, or {@code null} when I do not have the container
	 * @param members  the children after the merge
	 * @return the members in order
	 */
	static List<String> order(List<String> original, List<String> theirs, List<String> mine,
			Collection<String> members) {
		List<String> their = theirs == null ? List.of() : theirs;
		List<String> my = mine == null ? List.of() : mine;
		List<Object> ordered = new ArrayList<>();
		for (Object element : merge(original == null ? Values.ABSENT : original, their, my)) {
			if (members.contains(element)) {
				ordered.add(element);
			}
		}
		Set<Object> present = new HashSet<>(ordered);
		for (String member : members) {
			if (present.contains(member)) {
				continue;
			}
			List<String> side = my.contains(member) ? my
					: their.contains(member) ? their : original != null && original.contains(member) ? original : null;
			ordered.add(side == null ? ordered.size() : positionFor(ordered, side, side.indexOf(member), present),
					member);
			present.add(member);
		}
		List<String> result = new ArrayList<>(ordered.size());
		ordered.forEach(element -> result.add((String) element));
		return result;
	}

	private static void insertAdditions(List<Object> merged, List<?> side, Set<Object> originals,
			Set<Object> removed) {
		Set<Object> present = new HashSet<>(merged);
		for (int i = 0; i < side.size(); i++) {
			Object element = side.get(i);
			if (present.contains(element) || originals.contains(element) || removed.contains(element)) {
				continue;
			}
			merged.add(positionFor(merged, side, i, present), element);
			present.add(element);
		}
	}

	/** @return after the nearest element before it on its side that is in the merged list, else before the next */
	private static int positionFor(List<Object> merged, List<?> side, int index, Set<Object> present) {
		for (int before = index - 1; before >= 0; before--) {
			if (present.contains(side.get(before))) {
				return merged.indexOf(side.get(before)) + 1;
			}
		}
		for (int after = index + 1; after < side.size(); after++) {
			if (present.contains(side.get(after))) {
				return merged.indexOf(side.get(after));
			}
		}
		return merged.size();
	}

	/** @return whether the elements a list shares with the original are in another order than there */
	static boolean reordered(List<?> original, List<?> list) {
		Set<Object> inList = new HashSet<>(list);
		Set<Object> inOriginal = new HashSet<>(original);
		List<Object> before = new ArrayList<>();
		for (Object element : original) {
			if (inList.contains(element)) {
				before.add(element);
			}
		}
		List<Object> after = new ArrayList<>();
		for (Object element : list) {
			if (inOriginal.contains(element)) {
				after.add(element);
			}
		}
		return !before.equals(after);
	}
}
