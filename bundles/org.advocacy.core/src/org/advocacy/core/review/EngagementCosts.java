// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The cost of each selected engagement as an unmodifiable list that creates each {@link EngagementCost} only when
 * read, so a hundred thousand engagements cost no money objects until a view shows them.
 */
final class EngagementCosts extends AbstractList<EngagementCost> implements RandomAccess {

	private final EngagementSnapshot snapshot;
	private final Selection selection;

	EngagementCosts(EngagementSnapshot snapshot, Selection selection) {
		this.snapshot = snapshot;
		this.selection = selection;
	}

	@Override
	public EngagementCost get(int index) {
		Objects.checkIndex(index, selection.count);
		int position = selection.positions[index];
		return new EngagementCost(snapshot.engagements == null ? null : snapshot.engagements[position],
				snapshot.headers == null ? null : snapshot.headers[position],
				MoneySum.money(snapshot.effortCents[position]), MoneySum.money(snapshot.expenseCents[position]));
	}

	@Override
	public int size() {
		return selection.count;
	}
}
