// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;

/**
 * The open engagements as the management review looks at them: grouped by colour code (Red first, from
 * {@link EngagementColours} as of the agenda's moment) and then by state in lifecycle order, each flagged when the
 * engine's agenda lists it as new since the last review. Open means neither closed nor declined. Pure data, built
 * once per snapshot of the model.
 *
 * @param colours the colour groups, Red, Yellow, Green, then engagements without a colour code; empty groups left out
 * @param fresh   the open engagements new since the last review (an identity set)
 */
public record EngagementBoard(List<ColourGroup> colours, Set<Engagement> fresh) {

	private static final List<StatusColour> WORST_FIRST = List.of(StatusColour.RED, StatusColour.YELLOW,
			StatusColour.GREEN);

	/**
	 * The open engagements with one colour code.
	 *
	 * @param colour the colour code, or {@code null} for none
	 * @param states the state groups in lifecycle order
	 */
	public record ColourGroup(StatusColour colour, List<StateGroup> states) {
		/** @return the number of engagements in the group */
		public int count() {
			return states.stream().mapToInt(state -> state.cards().size()).sum();
		}
	}

	/**
	 * The open engagements with one colour code and one state.
	 *
	 * @param colour the colour code, or {@code null}
	 * @param state  the state
	 * @param cards  the engagements, new ones first, then by case number
	 */
	public record StateGroup(StatusColour colour, EngagementState state, List<Card> cards) {
	}

	/**
	 * One engagement on the board.
	 *
	 * @param engagement the engagement
	 * @param isNew      whether it is new since the last review
	 * @param colour     its colour code with the reason, as every other view shows it
	 */
	public record Card(Engagement engagement, boolean isNew, EngagementColour colour) {
	}

	/** Takes an immutable copy of the groups. */
	public EngagementBoard {
		colours = List.copyOf(colours);
		fresh = Collections.unmodifiableSet(fresh);
	}

	/** @return whether an engagement is new since the last review */
	public boolean isNew(Engagement engagement) {
		return fresh.contains(engagement);
	}

	/**
	 * @param repository the repository
	 * @param agenda     the agenda of the next review, which says what is new since the last one
	 * @return the board
	 */
	public static EngagementBoard of(AdvocacyRepository repository, ReviewAgenda agenda) {
		Set<Engagement> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
		for (AgendaItem item : agenda.newEngagements()) {
			fresh.add(item.engagement());
		}
		Map<StatusColour, Map<EngagementState, List<Card>>> byColour = new IdentityHashMap<>();
		EngagementColours colours = new EngagementColours(agenda.preparedAt());
		for (Engagement engagement : repository.getEngagements()) {
			if (engagement.getClosedAt() == null && engagement.getState() != EngagementState.DECLINED
					&& engagement.getState() != EngagementState.RETURNED_TO_SOP) {
				EngagementColour colour = colours.of(engagement);
				byColour.computeIfAbsent(colour.colour(), code -> new EnumMap<>(EngagementState.class))
						.computeIfAbsent(engagement.getState(), state -> new ArrayList<>())
						.add(new Card(engagement, fresh.contains(engagement), colour));
			}
		}
		Comparator<Card> order = Comparator.comparing((Card card) -> !card.isNew()).thenComparing(
				card -> card.engagement().getKey(), Comparator.nullsLast(Comparator.naturalOrder()));
		List<StatusColour> colourOrder = new ArrayList<>(WORST_FIRST);
		colourOrder.add(null);
		List<ColourGroup> groups = new ArrayList<>();
		for (StatusColour colour : colourOrder) {
			Map<EngagementState, List<Card>> byState = byColour.get(colour);
			if (byState != null) {
				List<StateGroup> states = new ArrayList<>();
				byState.forEach((state, cards) -> {
					cards.sort(order);
					states.add(new StateGroup(colour, state, List.copyOf(cards)));
				});
				groups.add(new ColourGroup(colour, states));
			}
		}
		fresh.retainAll(open(groups));
		return new EngagementBoard(groups, fresh);
	}

	private static Set<Engagement> open(List<ColourGroup> groups) {
		Set<Engagement> open = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ColourGroup group : groups) {
			group.states().forEach(state -> state.cards().forEach(card -> open.add(card.engagement())));
		}
		return open;
	}

	/** @return the number of open engagements */
	public int count() {
		return colours.stream().mapToInt(ColourGroup::count).sum();
	}

	/** @return every card, Red first, in the board's order */
	public List<Card> cards() {
		List<Card> cards = new ArrayList<>();
		colours.forEach(group -> group.states().forEach(state -> cards.addAll(state.cards())));
		return cards;
	}
}
