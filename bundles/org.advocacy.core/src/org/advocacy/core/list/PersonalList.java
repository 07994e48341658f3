// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;

import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.ListPriority;
import org.advocacy.model.Person;

/**
 * One person's list on one day: every task, action item, commitment and customer update they owe across all
 * engagements, with what they crossed off lately. "Today" is the A items; "incoming" the items nobody has triaged
 * yet. A value computed by {@link PersonalLists}; it is never stored.
 *
 * @param person     whose list it is
 * @param day        the day the list is for, in the time zone it was computed in
 * @param items      what the person owes and what they crossed off since {@link PersonalLists#CROSSED_OFF_DAYS} days,
 *                   soonest due first
 * @param updatesDue the customer updates due by the end of the day after {@code day} (or overdue) on engagements the
 *                   person advocates, which no draft on the list covers yet
 */
public record PersonalList(Person person, LocalDate day, List<OwedItem> items, List<UpdateStatus> updatesDue) {

	/** Still-owed items crossed off most recently first. */
	private static final Comparator<OwedItem> MOST_RECENT_FIRST = Comparator.comparing(OwedItem::crossedOffAt)
			.reversed();

	public PersonalList {
		items = List.copyOf(items);
		updatesDue = List.copyOf(updatesDue);
	}

	/** @return the A items still owed: what must be done tomorrow, done today */
	public List<OwedItem> today() {
		return owed(ListPriority.A);
	}

	/** @return the items still owed that wait to be triaged */
	public List<OwedItem> incoming() {
		return owed(ListPriority.NEW);
	}

	/**
	 * @param priority a priority
	 * @return the items still owed with that priority, soonest due first
	 */
	public List<OwedItem> owed(ListPriority priority) {
		return items.stream().filter(item -> !item.isCrossedOff() && item.priority() == priority).toList();
	}

	/** @return every item still owed, whatever its priority */
	public List<OwedItem> owed() {
		return items.stream().filter(item -> !item.isCrossedOff()).toList();
	}

	/** @return the items crossed off lately, most recent first */
	public List<OwedItem> crossedOff() {
		return items.stream().filter(OwedItem::isCrossedOff).sorted(MOST_RECENT_FIRST).toList();
	}

	/** @return the items still owed whose due day has passed */
	public List<OwedItem> overdue() {
		return items.stream().filter(item -> item.isOverdueOn(day)).toList();
	}
}
