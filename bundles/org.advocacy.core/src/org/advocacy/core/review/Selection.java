// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

/**
 * The engagements of a snapshot that a filter keeps at an instant, with what depends on that instant: whether each
 * is closed, and its duration (to its closing, or its age while open). Engagements opened after the instant do not
 * exist yet; one closing after it is still open.
 */
final class Selection {

	private static final Dimension[] DIMENSIONS = Dimension.values();

	/** Snapshot positions of the selected engagements, in repository order; the first {@link #count} are used. */
	final int[] positions;
	int count;
	/** Per snapshot position, the elapsed seconds from opening to closing, or to "now" while open. */
	final long[] durationSeconds;
	/** Per snapshot position, whether the engagement was closed at "now". */
	final boolean[] closed;
	/** The earliest opening day of the selected engagements; {@link Long#MAX_VALUE} if none. */
	long firstOpenedDay = Long.MAX_VALUE;

	/**
	 * @param snapshot   the engagements
	 * @param filter     the dimension filters
	 * @param now        "now" in epoch seconds
	 * @param rangeStart the start of the date range in epoch seconds, or {@link Long#MIN_VALUE}
	 * @param rangeEnd   the (exclusive) end of the date range in epoch seconds, or {@link Long#MAX_VALUE}
	 */
	Selection(EngagementSnapshot snapshot, MetricsFilter filter, long now, long rangeStart, long rangeEnd) {
		boolean[][] kept = new boolean[DIMENSIONS.length][];
		for (Dimension dimension : DIMENSIONS) {
			kept[dimension.ordinal()] = snapshot.kept(filter, dimension);
		}
		positions = new int[snapshot.size];
		durationSeconds = new long[snapshot.size];
		closed = new boolean[snapshot.size];
		for (int p = 0; p < snapshot.size; p++) {
			long opened = snapshot.openedSecond[p];
			long closedAt = snapshot.closedSecond[p];
			boolean isClosed = closedAt <= now;
			long end = isClosed ? closedAt : now;
			if (opened > now || opened >= rangeEnd || end < rangeStart || !keeps(kept, snapshot.keyOf, p)) {
				continue;
			}
			positions[count++] = p;
			durationSeconds[p] = Math.max(0, end - opened);
			closed[p] = isClosed;
			firstOpenedDay = Math.min(firstOpenedDay, snapshot.openedDay[p]);
		}
	}

	private static boolean keeps(boolean[][] kept, int[][] keyOf, int position) {
		for (int d = 0; d < kept.length; d++) {
			if (kept[d] != null && !kept[d][keyOf[d][position]]) {
				return false;
			}
		}
		return true;
	}
}
