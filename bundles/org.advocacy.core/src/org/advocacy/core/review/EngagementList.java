// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.model.Engagement;

/**
 * The engagements behind one bar of a metric, so a view can click through from the bar to the engagements.
 * <p>
 * An unmodifiable view over arrays the metrics computation shares between all its bars, so keeping a list per bar
 * costs no copying. Metrics computed from a model list engagements; metrics computed from engagement headers
 * ({@link EngagementSnapshot#isFromHeaders()}) list headers, read with {@link #header(int)} or {@link #headers()}.
 */
public final class EngagementList extends AbstractList<Engagement> implements RandomAccess {

	private final EngagementSnapshot snapshot;
	/** Positions in the snapshot, or {@code null} to read the snapshot in order. */
	private final int[] order;
	private final int from;
	private final int to;

	/**
	 * @param snapshot the snapshot whose engagements or headers are listed
	 * @param order    positions in the snapshot of which {@code [from, to)} belong to this list, or {@code null} for
	 *                 positions {@code [from, to)}
	 */
	EngagementList(EngagementSnapshot snapshot, int[] order, int from, int to) {
		this.snapshot = snapshot;
		this.order = order;
		this.from = from;
		this.to = to;
	}

	/**
	 * @throws IllegalStateException when the metrics were computed from headers: use {@link #header(int)}
	 */
	@Override
	public Engagement get(int index) {
		if (snapshot.engagements == null) {
			throw new IllegalStateException("These metrics were computed from engagement headers; read the "
					+ "engagements with header(index) or headers()");
		}
		return snapshot.engagements[position(index)];
	}

	/**
	 * @param index a position in this list
	 * @return the header of the engagement there
	 * @throws IllegalStateException when the metrics were computed from a model: use {@link #get(int)}
	 */
	public EngagementHeader header(int index) {
		if (snapshot.headers == null) {
			throw new IllegalStateException("These metrics were computed from a model; read the engagements with "
					+ "get(index)");
		}
		return snapshot.headers[position(index)];
	}

	/** @return the headers of the engagements, when the metrics were computed from headers */
	public List<EngagementHeader> headers() {
		return new AbstractList<>() {
			@Override
			public EngagementHeader get(int index) {
				return header(index);
			}

			@Override
			public int size() {
				return EngagementList.this.size();
			}
		};
	}

	private int position(int index) {
		Objects.checkIndex(index, to - from);
		return order == null ? from + index : order[from + index];
	}

	@Override
	public int size() {
		return to - from;
	}
}
