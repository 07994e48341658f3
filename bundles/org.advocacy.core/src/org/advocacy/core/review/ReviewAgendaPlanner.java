// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;

/**
 * Prepares the agenda of the weekly management review since the last one: new situations, updates on open ones,
 * closures to confirm, and the root-cause commitments whose promised update is overdue (whitepaper, "Internal
 * management review").
 * <p>
 * The period starts at the latest review held before "now"; without one, it starts a look-back before "now"
 * (7 days unless configured). Once a review is recorded, the next agenda starts from it. The model keeps no date
 * for entering close-out, so every engagement in close-out stays on the agenda until a review confirms its
 * closure; one returned to standard procedure is listed if it closed since the last review, or if the last review
 * listed it without confirming it. Declined requests are not on the agenda. A review not held yet (the
 * {@link AgendaDraft} being prepared) confirms nothing until it is recorded. Instances are immutable.
 */
public final class ReviewAgendaPlanner {

	/** How far back the first agenda looks when no review was ever held. */
	public static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(7);

	private static final Set<EngagementState> ACTIVE = EnumSet.of(EngagementState.REQUESTED,
			EngagementState.ASSESSING, EngagementState.ENGAGED, EngagementState.EXECUTING_PLAN);

	private final ZoneId zone;
	private final Duration lookBack;

	/** Counts days in UTC and looks back {@link #DEFAULT_LOOK_BACK} when no review was held yet. */
	public ReviewAgendaPlanner() {
		this(ZoneOffset.UTC, DEFAULT_LOOK_BACK);
	}

	/**
	 * @param zone     the zone in which "today" is taken for overdue commitments
	 * @param lookBack how far back the agenda looks when no review was held yet; positive
	 */
	public ReviewAgendaPlanner(ZoneId zone, Duration lookBack) {
		this.zone = Objects.requireNonNull(zone, "zone");
		if (lookBack.isNegative() || lookBack.isZero()) {
			throw new IllegalArgumentException(
					"The look-back of the first review agenda must be positive: " + lookBack);
		}
		this.lookBack = lookBack;
	}

	/**
	 * @param repository the repository
	 * @param now        the instant the agenda is prepared for
	 * @return the agenda since the last review held before {@code now}
	 */
	public ReviewAgenda prepare(AdvocacyRepository repository, Instant now) {
		Optional<ManagementReview> last = lastReviewBefore(repository.getReviews(), now);
		Instant since = last.map(ManagementReview::getHeldOn).orElseGet(() -> now.minus(lookBack));
		Set<Engagement> confirmed = identitySet();
		Set<Engagement> leftUnconfirmed = identitySet();
		for (ManagementReview review : repository.getReviews()) {
			if (AgendaDraft.isDraft(review)) {
				continue; // closures confirmed in the draft count once the review is recorded
			}
			for (ReviewItem item : review.getItems()) {
				if (item.isClosureConfirmed()) {
					confirmed.add(item.getEngagement());
				} else if (item.getKind() == ReviewItemKind.CONFIRM_CLOSED && last.orElse(null) == review) {
					leftUnconfirmed.add(item.getEngagement());
				}
			}
		}
		List<AgendaItem> added = new ArrayList<>();
		List<AgendaItem> updates = new ArrayList<>();
		List<AgendaItem> closing = new ArrayList<>();
		EngagementColours colours = new EngagementColours(now);
		for (Engagement engagement : repository.getEngagements()) {
			Instant opened = engagement.getOpenedAt();
			if (opened == null || !opened.isBefore(now)) {
				continue;
			}
			EngagementState state = engagement.getState();
			if (ACTIVE.contains(state)) {
				if (opened.isBefore(since)) {
					updates.add(item(engagement, ReviewItemKind.UPDATE, colours));
				} else {
					added.add(item(engagement, ReviewItemKind.NEW, colours));
				}
			} else if (!confirmed.contains(engagement)
					&& awaitsConfirmation(engagement, since, now, leftUnconfirmed.contains(engagement))) {
				closing.add(item(engagement, ReviewItemKind.CONFIRM_CLOSED, colours));
			}
		}
		added.sort(AgendaItem.WORST_AND_OLDEST_FIRST);
		updates.sort(AgendaItem.WORST_AND_OLDEST_FIRST);
		closing.sort(AgendaItem.WORST_AND_OLDEST_FIRST);
		return new ReviewAgenda(since, now, last, added, updates, closing,
				OverdueCommitments.find(repository, LocalDate.ofInstant(now, zone)));
	}

	private static Optional<ManagementReview> lastReviewBefore(List<ManagementReview> reviews, Instant now) {
		ManagementReview last = null;
		for (ManagementReview review : reviews) {
			Instant held = review.getHeldOn();
			if (held != null && held.isBefore(now) && (last == null || held.isAfter(last.getHeldOn()))) {
				last = review;
			}
		}
		return Optional.ofNullable(last);
	}

	private static boolean awaitsConfirmation(Engagement engagement, Instant since, Instant now,
			boolean leftUnconfirmed) {
		if (engagement.getState() == EngagementState.CLOSE_OUT) {
			return true;
		}
		Instant closed = engagement.getClosedAt();
		return engagement.getState() == EngagementState.RETURNED_TO_SOP && closed != null && closed.isBefore(now)
				&& (leftUnconfirmed || !closed.isBefore(since));
	}

	private static AgendaItem item(Engagement engagement, ReviewItemKind kind, EngagementColours colours) {
		return new AgendaItem(engagement, kind, colours.colourOf(engagement),
				Duration.between(engagement.getOpenedAt(), colours.now()));
	}

	private static Set<Engagement> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
