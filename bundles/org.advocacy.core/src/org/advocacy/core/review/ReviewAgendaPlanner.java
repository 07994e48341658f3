// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.ObjectIds;
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
		Reviews reviews = new Reviews(repository.getReviews(), now, engagement -> engagement);
		Sections sections = new Sections();
		EngagementColours colours = new EngagementColours(now);
		for (Engagement engagement : repository.getEngagements()) {
			ReviewItemKind kind = reviews.kindOf(engagement, engagement.getOpenedAt(), engagement.getState(),
					engagement.getClosedAt(), now);
			if (kind != null) {
				sections.add(new AgendaItem(engagement, kind, colours.colourOf(engagement),
						Duration.between(engagement.getOpenedAt(), now)));
			}
		}
		return sections.agenda(reviews, now, OverdueCommitments.find(repository, LocalDate.ofInstant(now, zone)));
	}

	/**
	 * Prepares the agenda from engagement headers and the management reviews, without loading any engagement body
	 * (the command line, a team repository). Equal to {@link #prepare(AdvocacyRepository, Instant)} of the same
	 * content, its items holding headers instead of engagements.
	 *
	 * @param engagements the engagement headers
	 * @param reviews     the management reviews
	 * @param now         the instant the agenda is prepared for
	 * @return the agenda since the last review held before {@code now}
	 */
	public ReviewAgenda prepare(List<EngagementHeader> engagements, List<ManagementReview> reviews, Instant now) {
		Reviews held = new Reviews(reviews, now, ObjectIds::of);
		Sections sections = new Sections();
		for (EngagementHeader header : engagements) {
			ReviewItemKind kind = held.kindOf(header.id(), header.openedAt(), header.state(), header.closedAt(), now);
			if (kind != null) {
				sections.add(new AgendaItem(header, kind, Duration.between(header.openedAt(), now)));
			}
		}
		return sections.agenda(held, now, OverdueCommitments.find(reviews, LocalDate.ofInstant(now, zone)));
	}

	/**
	 * What the reviews held so far say: the period since the last one, and the closures confirmed or left
	 * unconfirmed, by engagement (identified by the engagement itself in a model, by UUID from headers).
	 */
	private final class Reviews {

		final Optional<ManagementReview> last;
		final Instant since;
		final Set<Object> confirmed = new HashSet<>();
		final Set<Object> leftUnconfirmed = new HashSet<>();

		Reviews(List<ManagementReview> reviews, Instant now, Function<Engagement, Object> identity) {
			last = lastReviewBefore(reviews, now);
			since = last.map(ManagementReview::getHeldOn).orElseGet(() -> now.minus(lookBack));
			for (ManagementReview review : reviews) {
				if (AgendaDraft.isDraft(review)) {
					continue; // closures confirmed in the draft count once the review is recorded
				}
				for (ReviewItem item : review.getItems()) {
					if (item.isClosureConfirmed()) {
						confirmed.add(identity.apply(item.getEngagement()));
					} else if (item.getKind() == ReviewItemKind.CONFIRM_CLOSED && last.orElse(null) == review) {
						leftUnconfirmed.add(identity.apply(item.getEngagement()));
					}
				}
			}
		}

		/** @return the section an engagement belongs in, or {@code null} when it is not on the agenda */
		ReviewItemKind kindOf(Object engagement, Instant opened, EngagementState state, Instant closed, Instant now) {
			if (opened == null || !opened.isBefore(now)) {
				return null;
			}
			if (ACTIVE.contains(state)) {
				return opened.isBefore(since) ? ReviewItemKind.UPDATE : ReviewItemKind.NEW;
			}
			return !confirmed.contains(engagement)
					&& awaitsConfirmation(state, closed, since, now, leftUnconfirmed.contains(engagement))
							? ReviewItemKind.CONFIRM_CLOSED
							: null;
		}
	}

	/** The three engagement sections of an agenda, each sorted worst and oldest first. */
	private static final class Sections {

		private final Map<ReviewItemKind, List<AgendaItem>> items = new EnumMap<>(ReviewItemKind.class);

		void add(AgendaItem item) {
			items.computeIfAbsent(item.kind(), kind -> new ArrayList<>()).add(item);
		}

		ReviewAgenda agenda(Reviews reviews, Instant now, List<OverdueCommitment> overdue) {
			return new ReviewAgenda(reviews.since, now, reviews.last, sorted(ReviewItemKind.NEW),
					sorted(ReviewItemKind.UPDATE), sorted(ReviewItemKind.CONFIRM_CLOSED), overdue);
		}

		private List<AgendaItem> sorted(ReviewItemKind kind) {
			List<AgendaItem> section = new ArrayList<>(items.getOrDefault(kind, List.of()));
			section.sort(AgendaItem.WORST_AND_OLDEST_FIRST);
			return section;
		}
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

	private static boolean awaitsConfirmation(EngagementState state, Instant closed, Instant since, Instant now,
			boolean leftUnconfirmed) {
		if (state == EngagementState.CLOSE_OUT) {
			return true;
		}
		return state == EngagementState.RETURNED_TO_SOP && closed != null && closed.isBefore(now)
				&& (leftUnconfirmed || !closed.isBefore(since));
	}
}
