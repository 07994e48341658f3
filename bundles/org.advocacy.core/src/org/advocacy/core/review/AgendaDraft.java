// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;

/**
 * The agenda of the next management review as edited before the meeting: a {@link ManagementReview} in the
 * repository that has not been held yet (no {@code heldOn}). It starts as the engine's agenda
 * ({@link ReviewAgenda#draftReview()}); advocates then add and remove engagements, reorder them, write notes per
 * item, invite attendees and confirm closures ({@link org.advocacy.core.commands.AgendaCommands}). Recording the
 * review sets its {@code heldOn}, and from then on the planner starts the next agenda from it. Saved with the
 * repository, so the agenda prepared on Monday is still there on Tuesday.
 */
public final class AgendaDraft {

	private AgendaDraft() {
	}

	/**
	 * @param repository the repository
	 * @return the draft of the next review, if one is being prepared
	 */
	public static Optional<ManagementReview> find(AdvocacyRepository repository) {
		return repository.getReviews().stream().filter(AgendaDraft::isDraft).findFirst();
	}

	/**
	 * @param review a review
	 * @return whether it is a draft: prepared, not held yet
	 */
	public static boolean isDraft(ManagementReview review) {
		return review.getHeldOn() == null;
	}

	/**
	 * @param draft the draft
	 * @param kind  a section of the agenda
	 * @return the draft's items of that section, in the order the advocates gave them
	 */
	public static List<ReviewItem> items(ManagementReview draft, ReviewItemKind kind) {
		return draft.getItems().stream().filter(item -> item.getKind() == kind).toList();
	}

	/**
	 * @param item an item of a draft
	 * @param now  the instant the age is measured at
	 * @return the item as the agenda shows it: its engagement's colour code now and its age
	 */
	public static AgendaItem asAgendaItem(ReviewItem item, Instant now) {
		Instant opened = item.getEngagement().getOpenedAt();
		return new AgendaItem(item.getEngagement(), item.getKind(), item.getEngagement().getStatus(),
				opened == null ? Duration.ZERO : Duration.between(opened, now));
	}
}
