// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.GetWellPlan;

/**
 * A get-well plan read from a project file, not yet attached to any engagement, with what the plan's owner should
 * know about the import, in words they can check against the original: which calendar the plan is scheduled on, what
 * could not be carried over (an unknown resource, a flattened sub-phase, a weekend working day) and what was changed
 * to fit (a duration that is not a whole number of working days).
 *
 * @param plan        the new plan; its calendar is {@link #newCalendar()} or one of the organization's calendars
 * @param notes       one sentence each, to show the user after the import
 * @param newCalendar the file's calendar, to add to the organization with the plan; {@code null} when the plan uses
 *                    an organization calendar with the same working days
 */
public record PlanImport(GetWellPlan plan, List<String> notes, BusinessCalendar newCalendar) {

	/** Copies the list so the record stays unchanged. */
	public PlanImport {
		notes = List.copyOf(notes);
	}
}
