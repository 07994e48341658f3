// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.nudges.DueTimes;
import org.eclipse.ui.IMemento;

/**
 * What the Engagements view shows: engagements in one state, of one colour code, of customers in one segment,
 * run by one advocate, the user's own, those with something overdue, and those whose key, title or customer
 * contains a text. Unset criteria let everything through. Segments and advocates are kept by name, so a filter
 * survives reopening the view and reloading the repository.
 */
final class EngagementFilter {

	private static final String STATE = "filter.state";
	private static final String COLOUR = "filter.colour";
	private static final String SEGMENT = "filter.segment";
	private static final String ADVOCATE = "filter.advocate";
	private static final String MINE = "filter.mine";
	private static final String OVERDUE = "filter.overdue";
	private static final String TEXT = "filter.text";

	private EngagementState state;
	private StatusColour colour;
	private String segment;
	private String advocate;
	private boolean mine;
	private boolean overdue;
	private String text = "";

	/**
	 * @param me  the name of the person the user is, or {@code null} when not set ("mine" then lets everything
	 *            through, its button being disabled)
	 * @param due        what the escalation engine said at its last evaluation, read when the predicate is tested
	 * @param colourCode the colour code of an engagement, as the table shows it
	 * @return the filter as a predicate
	 */
	Predicate<Engagement> toPredicate(String me, Supplier<DueTimes> due,
			Function<Engagement, StatusColour> colourCode) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		return engagement -> (state == null || engagement.getState() == state)
				&& (colour == null || colourCode.apply(engagement) == colour)
				&& (segment == null || segment.equals(segmentOf(engagement)))
				&& (advocate == null || advocate.equals(advocateOf(engagement)))
				&& (!mine || me == null || me.equals(advocateOf(engagement)))
				&& (!overdue || isOverdue(engagement, due.get()))
				&& (needle.isEmpty() || contains(engagement, needle));
	}

	/**
	 * @return whether the engagement's next customer update or next escalation step is past due, as the escalation
	 *         engine said at its last evaluation
	 */
	static boolean isOverdue(Engagement engagement, DueTimes due) {
		UpdateStatus update = due.updates().get(engagement);
		LadderStatus step = due.steps().get(engagement);
		return update != null && update.isOverdue() || step != null && step.isDue();
	}

	/** @return the name of the engagement's customer's segment, or {@code null} */
	static String segmentOf(Engagement engagement) {
		return engagement.getCustomer() == null || engagement.getCustomer().getSegment() == null ? null
				: engagement.getCustomer().getSegment().getName();
	}

	/** @return the name of the engagement's advocate, or {@code null} */
	static String advocateOf(Engagement engagement) {
		return engagement.getAdvocate() == null ? null : engagement.getAdvocate().getName();
	}

	private static boolean contains(Engagement engagement, String needle) {
		return containsIgnoringCase(engagement.getKey(), needle) || containsIgnoringCase(engagement.getTitle(), needle)
				|| engagement.getCustomer() != null && containsIgnoringCase(engagement.getCustomer().getName(), needle);
	}

	private static boolean containsIgnoringCase(String haystack, String needle) {
		return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
	}

	/** @return whether every criterion is unset */
	boolean isEmpty() {
		return state == null && colour == null && segment == null && advocate == null && !mine && !overdue
				&& text.isBlank();
	}

	/** Unsets every criterion. */
	void clear() {
		state = null;
		colour = null;
		segment = null;
		advocate = null;
		mine = false;
		overdue = false;
		text = "";
	}

	/** Writes the criteria into the view's memento. */
	void saveTo(IMemento memento) {
		memento.putString(STATE, state == null ? null : state.getName());
		memento.putString(COLOUR, colour == null ? null : colour.getName());
		memento.putString(SEGMENT, segment);
		memento.putString(ADVOCATE, advocate);
		memento.putBoolean(MINE, mine);
		memento.putBoolean(OVERDUE, overdue);
		memento.putString(TEXT, text);
	}

	/** @return the criteria of the view's memento; criteria it lacks stay unset */
	static EngagementFilter restore(IMemento memento) {
		EngagementFilter filter = new EngagementFilter();
		filter.state = EngagementState.getByName(memento.getString(STATE));
		filter.colour = StatusColour.getByName(memento.getString(COLOUR));
		filter.segment = memento.getString(SEGMENT);
		filter.advocate = memento.getString(ADVOCATE);
		filter.mine = Boolean.TRUE.equals(memento.getBoolean(MINE));
		filter.overdue = Boolean.TRUE.equals(memento.getBoolean(OVERDUE));
		filter.text = memento.getString(TEXT) == null ? "" : memento.getString(TEXT);
		return filter;
	}

	EngagementState getState() {
		return state;
	}

	void setState(EngagementState state) {
		this.state = state;
	}

	StatusColour getColour() {
		return colour;
	}

	void setColour(StatusColour colour) {
		this.colour = colour;
	}

	String getSegment() {
		return segment;
	}

	void setSegment(String segment) {
		this.segment = segment;
	}

	String getAdvocate() {
		return advocate;
	}

	void setAdvocate(String advocate) {
		this.advocate = advocate;
	}

	boolean isMine() {
		return mine;
	}

	void setMine(boolean mine) {
		this.mine = mine;
	}

	boolean isOverdue() {
		return overdue;
	}

	void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}

	String getText() {
		return text;
	}

	void setText(String text) {
		this.text = text == null ? "" : text;
	}
}
