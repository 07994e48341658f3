// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;

/**
 * The agenda of the weekly management review, as prepared by {@link ReviewAgendaPlanner}: the situations since the
 * last review, the open ones, the closures to confirm and the overdue root-cause commitments. Each engagement
 * appears in at most one section.
 *
 * @param since              the start of the period the agenda covers: the last review, or the look-back
 * @param preparedAt         the instant the agenda was prepared for
 * @param lastReview         the last review held before {@code preparedAt}, if any
 * @param newEngagements     engagements opened since the last review and still active
 * @param updates            active engagements opened before the last review, Red first, then Yellow, then Green,
 *                           oldest first within a colour
 * @param toConfirmClosed    engagements in close-out, or returned to standard procedure since the last review (or
 *                           left unconfirmed by it), whose closure no review has confirmed yet
 * @param overdueCommitments root-cause commitments whose promised update date has passed and that are neither done
 *                           nor dropped, most overdue first
 */
public record ReviewAgenda(Instant since, Instant preparedAt, Optional<ManagementReview> lastReview,
		List<AgendaItem> newEngagements, List<AgendaItem> updates, List<AgendaItem> toConfirmClosed,
		List<OverdueCommitment> overdueCommitments) {

	/** Takes immutable copies of the sections. */
	public ReviewAgenda {
		newEngagements = List.copyOf(newEngagements);
		updates = List.copyOf(updates);
		toConfirmClosed = List.copyOf(toConfirmClosed);
		overdueCommitments = List.copyOf(overdueCommitments);
	}

	/**
	 * Drafts the record of the review that walks this agenda, for the caller to add to the repository with a
	 * command. The review is held at {@link #preparedAt()}, has one item per engagement (new, then updates, then
	 * closures to confirm; no closure is marked confirmed yet: the meeting does that) and invites the advocates of
	 * those engagements; the directors and vice presidents are the caller's to add.
	 *
	 * @return a new review, not attached to any repository
	 * @throws IllegalStateException when the agenda was prepared from headers: its engagements are not loaded
	 */
	public ManagementReview draftReview() {
		if (Stream.of(newEngagements, updates, toConfirmClosed).flatMap(List::stream)
				.anyMatch(item -> item.engagement() == null)) {
			throw new IllegalStateException("This agenda was prepared from engagement headers; prepare it from the "
					+ "loaded engagements to draft the review's record");
		}
		AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
		ManagementReview review = factory.createManagementReview();
		review.setHeldOn(preparedAt);
		for (List<AgendaItem> section : List.of(newEngagements, updates, toConfirmClosed)) {
			for (AgendaItem agendaItem : section) {
				Engagement engagement = agendaItem.engagement();
				ReviewItem item = factory.createReviewItem();
				item.setEngagement(engagement);
				item.setKind(agendaItem.kind());
				review.getItems().add(item);
				Person advocate = engagement.getAdvocate();
				if (advocate != null && !review.getAttendees().contains(advocate)) {
					review.getAttendees().add(advocate);
				}
			}
		}
		review.setNotes("Agenda: " + count(newEngagements.size(), "new situation", "new situations") + ", "
				+ count(updates.size(), "update", "updates") + ", "
				+ count(toConfirmClosed.size(), "closure to confirm", "closures to confirm") + ", "
				+ count(overdueCommitments.size(), "overdue root-cause commitment", "overdue root-cause commitments")
				+ ".");
		return review;
	}

	private static String count(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}
}
