// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.util.Comparator;

import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.StatusColour;

/**
 * One engagement on the weekly review agenda: from a model (with the engagement) or from headers (with its header,
 * when the agenda was prepared without loading engagement bodies).
 *
 * @param engagement the engagement to discuss, when the agenda was prepared from a model; else {@code null}
 * @param header     its header, when the agenda was prepared from headers; else {@code null}
 * @param kind       why it is on the agenda: new, update on an open one, or closure to confirm
 * @param status     its colour code when the agenda was prepared
 * @param age        how long it has been since it was opened
 */
public record AgendaItem(Engagement engagement, EngagementHeader header, ReviewItemKind kind, StatusColour status,
		Duration age) {

	/** Red before Yellow before Green (no colour last), then the oldest first, then by case number. */
	static final Comparator<AgendaItem> WORST_AND_OLDEST_FIRST = Comparator
			.comparingInt((AgendaItem item) -> severity(item.status()))
			.thenComparing(AgendaItem::age, Comparator.reverseOrder())
			.thenComparing(AgendaItem::key, Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * An engagement of a model on the agenda.
	 *
	 * @param engagement the engagement
	 * @param kind       why it is on the agenda
	 * @param status     its colour code
	 * @param age        how long since it was opened
	 */
	public AgendaItem(Engagement engagement, ReviewItemKind kind, StatusColour status, Duration age) {
		this(engagement, null, kind, status, age);
	}

	/**
	 * An engagement known by its header on the agenda.
	 *
	 * @param header the engagement's header
	 * @param kind   why it is on the agenda
	 * @param age    how long since it was opened
	 */
	public AgendaItem(EngagementHeader header, ReviewItemKind kind, Duration age) {
		this(null, header, kind, header.colour(), age);
	}

	/** @return the case number */
	public String key() {
		return engagement != null ? engagement.getKey() : header.key();
	}

	/** @return the title */
	public String title() {
		return engagement != null ? engagement.getTitle() : header.title();
	}

	/** @return the lifecycle state */
	public EngagementState state() {
		return engagement != null ? engagement.getState() : header.state();
	}

	/** @return the customer's name, or an empty text when there is none */
	public String customerName() {
		if (engagement != null) {
			return engagement.getCustomer() == null || engagement.getCustomer().getName() == null ? ""
					: engagement.getCustomer().getName();
		}
		return header.customer() == null ? "" : header.customer().label();
	}

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
