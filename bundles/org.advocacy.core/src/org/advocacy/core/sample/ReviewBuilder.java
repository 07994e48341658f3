// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;

/**
 * Builds the two most recent weekly management reviews: directors and vice presidents plus the advocates with
 * active engagements; new situations, updates on open ones and confirmations of closed ones; and management
 * commitments to root-cause improvements with a date for an update (one of them already overdue).
 */
final class ReviewBuilder extends StaffedBuilder {

	/** The most items a review discusses; a real meeting does not walk through hundreds. */
	private static final int MAX_ITEMS = 24;

	private static final AreaKind[] ATTENDING_AREAS = { AreaKind.SALES, AreaKind.TECHNICAL_SUPPORT,
			AreaKind.PROFESSIONAL_SERVICES, AreaKind.ENGINEERING };

	/** Root causes that already have a commitment, so a later review does not repeat it; look-up only. */
	private final Set<RootCause> committed = Collections.newSetFromMap(new IdentityHashMap<>());

	ReviewBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build(AdvocacyRepository repository) {
		Instant latest = context.latestReview;
		repository.getReviews().add(review(repository, latest.minus(Duration.ofDays(7)), true));
		repository.getReviews().add(review(repository, latest, false));
	}

	private ManagementReview review(AdvocacyRepository repository, Instant heldOn, boolean earlier) {
		ManagementReview review = context.factory.createManagementReview();
		review.setHeldOn(heldOn);
		for (AreaKind area : ATTENDING_AREAS) {
			review.getAttendees().add(staff.ladder(area, context.chance(0.5) ? EscalationLevel.DIRECTOR
					: EscalationLevel.VICE_PRESIDENT));
		}
		review.getAttendees().add(staff.advocacyDirector);
		Instant weekBefore = heldOn.minus(Duration.ofDays(7));
		List<ReviewItem> added = new ArrayList<>();
		List<ReviewItem> confirmed = new ArrayList<>();
		List<ReviewItem> updates = new ArrayList<>();
		EngagementColours colours = new EngagementColours(heldOn);
		for (Engagement engagement : repository.getEngagements()) {
			if (engagement.getState() == EngagementState.DECLINED || !engagement.getOpenedAt().isBefore(heldOn)) {
				continue;
			}
			Instant closed = engagement.getClosedAt();
			if (!engagement.getOpenedAt().isBefore(weekBefore)) {
				add(added, engagement, ReviewItemKind.NEW, "New " + engagement.getUrgency().getLiteral().toLowerCase(Locale.ROOT)
						+ " situation; advocate " + engagement.getAdvocate().getName() + ".");
			} else if (closed != null && closed.isBefore(heldOn) && !closed.isBefore(weekBefore)) {
				ReviewItem item = add(confirmed, engagement, ReviewItemKind.CONFIRM_CLOSED,
						"All criteria met and confirmed by the customer; cost and lessons learned recorded.");
				item.setClosureConfirmed(true);
			} else if (closed == null || !closed.isBefore(heldOn)) {
				add(updates, engagement, ReviewItemKind.UPDATE, "Status "
						+ colours.colourOf(engagement).getLiteral().toLowerCase(Locale.ROOT)
						+ "; plan and next customer update reviewed.");
			}
		}
		List<ReviewItem> items = new ArrayList<>(added.subList(0, Math.min(8, added.size())));
		items.addAll(confirmed.subList(0, Math.min(6, confirmed.size())));
		items.addAll(updates.subList(0, Math.min(MAX_ITEMS - items.size(), updates.size())));
		for (ReviewItem item : items) {
			review.getItems().add(item);
			Person advocate = item.getEngagement().getAdvocate();
			if (!review.getAttendees().contains(advocate)) {
				review.getAttendees().add(advocate);
			}
		}
		review.setNotes("Weekly advocacy review: " + added.size() + " new, " + updates.size() + " open, "
				+ confirmed.size() + " closure(s) to confirm."
				+ (items.size() < added.size() + confirmed.size() + updates.size()
						? " The " + items.size() + " items below were discussed; the rest were reviewed offline." : ""));
		commitments(review, earlier);
		return review;
	}

	private ReviewItem add(List<ReviewItem> list, Engagement engagement, ReviewItemKind kind, String notes) {
		ReviewItem item = context.factory.createReviewItem();
		item.setEngagement(engagement);
		item.setKind(kind);
		item.setNotes(notes);
		list.add(item);
		return item;
	}

	/** Commitments to fix root causes found in the reviewed situation summaries discussed in this review. */
	private void commitments(ManagementReview review, boolean earlier) {
		List<RootCause> causes = new ArrayList<>();
		for (ReviewItem item : review.getItems()) {
			SituationSummary summary = item.getEngagement().getSituationSummary();
			if (summary != null && summary.getState() == SummaryState.REVIEWED) {
				for (RootCause cause : summary.getRootCauses()) {
					if (!committed.contains(cause)) {
						causes.add(cause);
						break;
					}
				}
			}
		}
		LocalDate today = LocalDate.ofInstant(context.now, ZoneOffset.UTC);
		LocalDate held = LocalDate.ofInstant(review.getHeldOn(), ZoneOffset.UTC);
		int count = Math.min(causes.size(), 3);
		for (int i = 0; i < count; i++) {
			RootCause cause = causes.get(i);
			committed.add(cause);
			RootCauseCommitment commitment = context.factory.createRootCauseCommitment();
			commitment.getRootCauses().add(cause);
			commitment.setRequestedAt(review.getHeldOn().minus(Duration.ofDays(1)));
			commitment.setRequestedBy(((Engagement) cause.eContainer().eContainer()).getAdvocate());
			AreaKind area = cause.getOwningArea().getKind();
			commitment.setAccountableManager(staff.ladder(area, i == 0 ? EscalationLevel.VICE_PRESIDENT : EscalationLevel.DIRECTOR));
			commitment.setCommitment("Fix at the source: " + Character.toLowerCase(cause.getDescription().charAt(0))
					+ cause.getDescription().substring(1) + " Owner reports progress to this review.");
			boolean overdue = earlier && i == 0;
			commitment.setPromisedUpdateOn(overdue ? held.plusDays(5).isBefore(today) ? held.plusDays(5) : today.minusDays(1)
					: held.plusDays(14 + 7L * i));
			commitment.setStatus(overdue ? CommitmentStatus.IN_PROGRESS : i == 2 ? CommitmentStatus.OPEN : CommitmentStatus.IN_PROGRESS);
			commitment.setLastUpdate(overdue ? "Update promised for the last review was not given; owner asked to report next week."
					: "Process owner named; first proposal due at the promised update.");
			review.getCommitments().add(commitment);
		}
	}
}
