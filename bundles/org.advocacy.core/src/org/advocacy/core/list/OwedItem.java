// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.Engagement;
import org.advocacy.model.ListPriority;
import org.advocacy.model.PersonalListItem;

/**
 * One line of a person's list: a thing they owe, where it comes from and when it is due. A value computed from the
 * model; the priority and the crossing off are stored on the {@link PersonalListItem} itself.
 *
 * @param item       the model object the line stands for
 * @param kind       what kind of thing it is
 * @param engagement the engagement it belongs to, or {@code null} for a commitment whose root causes are not on an
 *                   engagement
 * @param title      what is owed, in one line
 * @param due        when it is due, or {@code null} when nothing says
 */
public record OwedItem(PersonalListItem item, OwedKind kind, Engagement engagement, String title, LocalDate due) {

	/** @return the priority its owner gave it; {@link ListPriority#NEW} while it waits to be triaged */
	public ListPriority priority() {
		return item.getPriority();
	}

	/** @return when it was crossed off, or {@code null} while it is still owed */
	public Instant crossedOffAt() {
		return item.getCrossedOffAt();
	}

	/** @return whether it was crossed off */
	public boolean isCrossedOff() {
		return item.getCrossedOffAt() != null;
	}

	/** @return the engagement's case number, or an empty string */
	public String engagementKey() {
		return engagement == null || engagement.getKey() == null ? "" : engagement.getKey();
	}

	/**
	 * @param day a day
	 * @return whether it is still owed and was due before that day
	 */
	public boolean isOverdueOn(LocalDate day) {
		return !isCrossedOff() && due != null && due.isBefore(day);
	}
}
