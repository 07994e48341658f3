// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;


/**
 * The selected engagements sorted into numbered groups (a counting sort): each group is one contiguous slice of a
 * single array of snapshot positions, so every bar of a metric gets its engagements and sums without a list of its
 * own.
 */
final class Grouping {

	private final EngagementSnapshot snapshot;
	/** Snapshot positions, group after group. */
	private final int[] order;
	/** Group {@code g} is {@code order[offsets[g]] .. order[offsets[g + 1] - 1]}. */
	private final int[] offsets;

	/**
	 * @param snapshot   the snapshot the selection was made from
	 * @param selection  the selected engagements
	 * @param groupOf    the group of each selected engagement, in selection order, in {@code [0, groupCount)}
	 * @param groupCount the number of groups
	 */
	Grouping(EngagementSnapshot snapshot, Selection selection, int[] groupOf, int groupCount) {
		this.snapshot = snapshot;
		this.offsets = new int[groupCount + 1];
		int count = selection.count;
		for (int i = 0; i < count; i++) {
			offsets[groupOf[i] + 1]++;
		}
		for (int g = 0; g < groupCount; g++) {
			offsets[g + 1] += offsets[g];
		}
		int[] next = new int[groupCount];
		System.arraycopy(offsets, 0, next, 0, groupCount);
		this.order = new int[count];
		for (int i = 0; i < count; i++) {
			order[next[groupOf[i]]++] = selection.positions[i];
		}
	}

	/** @return the number of engagements in a group */
	int size(int group) {
		return offsets[group + 1] - offsets[group];
	}

	/** @return the engagements of the groups {@code first} to {@code last} (inclusive), in repository order */
	EngagementList engagements(int first, int last) {
		return new EngagementList(snapshot, order, offsets[first], offsets[last + 1]);
	}

	/** @return the sum over a group of a value indexed by snapshot position */
	long sum(long[] values, int group) {
		long sum = 0;
		for (int k = offsets[group], end = offsets[group + 1]; k < end; k++) {
			sum += values[order[k]];
		}
		return sum;
	}

	/** @return a value indexed by snapshot position, for the groups {@code first} to {@code last} (inclusive) */
	long[] values(long[] values, int first, int last) {
		int start = offsets[first];
		long[] slice = new long[offsets[last + 1] - start];
		for (int k = 0; k < slice.length; k++) {
			slice[k] = values[order[start + k]];
		}
		return slice;
	}
}
