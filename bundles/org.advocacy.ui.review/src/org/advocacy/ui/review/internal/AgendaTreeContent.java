// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItemKind;

/**
 * The tree of the Review Agenda view: the agenda to walk (new situations, updates, closures to confirm, in the
 * advocates' order), the overdue root-cause commitments, the commitments asked of management for this review, the
 * attendees, and the record of the last review.
 */
final class AgendaTreeContent extends GroupedTreeContent<AgendaTreeContent.Section> {

	/** The heading of the section that lists the record of the last review, for editing in Properties. */
	static final String LAST_REVIEW = "Record of the last review, held ";

	/** The heading of the section that lists the root-cause commitments asked of management for this review. */
	static final String ASKED_FOR = "Root-cause commitments asked for";

	/**
	 * What the view shows.
	 *
	 * @param agenda the engine's agenda of the next review
	 * @param shown  the agenda as edited (the draft), or the engine's as a draft not in the repository
	 * @param zone   the zone the last review's date is written in
	 */
	record Input(ReviewAgenda agenda, ManagementReview shown, ZoneId zone) {
	}

	/**
	 * One section of the tree.
	 *
	 * @param title the section's heading
	 * @param items its items: review items, overdue commitments, commitments asked for, people, or the last review
	 *              and its items
	 */
	record Section(String title, List<?> items) {
	}

	AgendaTreeContent() {
		super(Section.class, Section::items);
	}

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Input shown)) {
			return new Object[0];
		}
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("New situations", AgendaDraft.items(shown.shown(), ReviewItemKind.NEW)));
		sections.add(new Section("Updates on open engagements",
				AgendaDraft.items(shown.shown(), ReviewItemKind.UPDATE)));
		sections.add(new Section("Closures to confirm",
				AgendaDraft.items(shown.shown(), ReviewItemKind.CONFIRM_CLOSED)));
		sections.add(new Section("Overdue root-cause commitments", shown.agenda().overdueCommitments()));
		sections.add(new Section(ASKED_FOR, List.copyOf(shown.shown().getCommitments())));
		sections.add(new Section("Attendees", List.copyOf(shown.shown().getAttendees())));
		shown.agenda().lastReview().ifPresent(review -> {
			List<Object> record = new ArrayList<>();
			record.add(review);
			record.addAll(review.getItems());
			sections.add(new Section(LAST_REVIEW + ReviewText.when(review.getHeldOn(), shown.zone()), record));
		});
		return sections.toArray();
	}
}
