// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.util.IdentityHashMap;
import java.util.Map;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;

/**
 * Chooses the clock a deadline of an engagement runs on: urgent engagements run 24x7 on the wall clock;
 * business-hours engagements run on a business calendar. One instance serves one evaluation only: it remembers the
 * working hours of each calendar it has read so that a pass over a whole repository reads each calendar once, and
 * must then be dropped, because the calendars may change afterwards.
 */
final class WorkingTimes {

	private final Map<BusinessCalendar, WorkingTime> byCalendar = new IdentityHashMap<>();

	/**
	 * @return the clock of an escalation's timeouts: the area's calendar, else the organization's default calendar,
	 *         else 24x7
	 */
	WorkingTime forEscalation(Engagement engagement, FunctionalArea area) {
		if (engagement.getUrgency() == Urgency.URGENT_24X7) {
			return WorkingTime.roundTheClock();
		}
		return of(area == null ? null : area.getCalendar(), engagement);
	}

	/**
	 * @return the clock of the customer-update cadence: the advocate's calendar, else the organization's default
	 *         calendar, else 24x7
	 */
	WorkingTime forUpdates(Engagement engagement) {
		if (engagement.getUrgency() == Urgency.URGENT_24X7) {
			return WorkingTime.roundTheClock();
		}
		return of(updateCalendar(engagement), engagement);
	}

	/**
	 * @return the calendar of the customer-update clock: the advocate's calendar, else the organization's default
	 *         calendar, else {@code null}
	 */
	static BusinessCalendar updateCalendar(Engagement engagement) {
		Person advocate = engagement.getAdvocate();
		return advocate != null && advocate.getCalendar() != null ? advocate.getCalendar() : defaultCalendar(engagement);
	}

	private WorkingTime of(BusinessCalendar preferred, Engagement engagement) {
		BusinessCalendar calendar = preferred != null ? preferred : defaultCalendar(engagement);
		if (calendar == null) {
			return WorkingTime.roundTheClock();
		}
		return byCalendar.computeIfAbsent(calendar, WorkingTime::businessHours);
	}

	private static BusinessCalendar defaultCalendar(Engagement engagement) {
		AdvocacyRepository repository = Engagements.repositoryOf(engagement);
		return repository == null || repository.getOrganization() == null ? null
				: repository.getOrganization().getDefaultCalendar();
	}
}
