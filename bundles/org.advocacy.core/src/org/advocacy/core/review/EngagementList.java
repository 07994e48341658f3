// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

import org.advocacy.model.Engagement;

/**
 * The engagements behind one bar of a metric, so a view can click through from the bar to the engagements.
 * <p>
 * An unmodifiable view over arrays the metrics computation shares between all its bars, so keeping a list per bar
 * costs no copying.
 */
public final class EngagementList extends AbstractList<Engagement> implements RandomAccess {

	private final Engagement[] engagements;
	/** Positions in {@link #engagements}, or {@code null} to read {@link #engagements} in order. */
	private final int[] order;
	private final int from;
	private final int to;

	/**
	 * @param engagements the engagements, shared and never modified afterwards
	 * @param order       positions in {@code engagements} of which {@code [from, to)} belong to this list, or
	 *                    {@code null} for {@code engagements[from, to)}
	 */
	EngagementList(Engagement[] engagements, int[] order, int from, int to) {
		this.engagements = engagements;
		this.order = order;
		this.from = from;
		this.to = to;
	}

	@Override
	public Engagement get(int index) {
		Objects.checkIndex(index, to - from);
		return engagements[order == null ? from + index : order[from + index]];
	}

	@Override
	public int size() {
		return to - from;
	}
}
