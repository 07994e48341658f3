// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.util.Comparator;

import org.advocacy.model.Engagement;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.StatusColour;

/**
 * One engagement on the weekly review agenda.
 *
 * @param engagement the engagement to discuss
 * @param kind       why it is on the agenda: new, update on an open one, or closure to confirm
 * @param status     its colour code when the agenda was prepared
 * @param age        how long it has been since it was opened
 */
public record AgendaItem(Engagement engagement, ReviewItemKind kind, StatusColour status, Duration age) {

	/** Red before Yellow before Green (no colour last), then the oldest first, then by case number. */
	static final Comparator<AgendaItem> WORST_AND_OLDEST_FIRST = Comparator
			.comparingInt((AgendaItem item) -> severity(item.status()))
			.thenComparing(AgendaItem::age, Comparator.reverseOrder())
			.thenComparing(item -> item.engagement().getKey(), Comparator.nullsLast(Comparator.naturalOrder()));

	private static int severity(StatusColour status) {
		if (status == null) {
			return 3;
		}
		return switch (status) {
		case RED -> 0;
		case YELLOW -> 1;
		case GREEN -> 2;
		};
	}
}
