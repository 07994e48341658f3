// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.advocacy.core.calendar.WorkingTime;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Person;

/**
 * Whether a person can be reached now: their local time, whether it is working time on their business calendar,
 * and, when they are away, the alternate who takes their calls (the engine's {@link LadderContact#covering} rule).
 *
 * @param person    the person
 * @param localTime the time where the person is, or {@code null} when their time zone is unknown
 * @param working   whether it is working time for them now (always true without a calendar)
 * @param away      whether they are away
 * @param alternate who takes their calls while away, or {@code null}
 */
public record PersonPresence(Person person, ZonedDateTime localTime, boolean working, boolean away, Person alternate) {

	/**
	 * @param person          the person
	 * @param defaultCalendar the organization's default calendar, used when the person has none; may be {@code null}
	 * @param now             the instant
	 * @return the presence at {@code now}
	 */
	public static PersonPresence of(Person person, BusinessCalendar defaultCalendar, Instant now) {
		BusinessCalendar calendar = person.getCalendar() != null ? person.getCalendar() : defaultCalendar;
		ZoneId zone = person.getTimeZone() != null ? person.getTimeZone()
				: calendar != null ? calendar.getTimeZone() : null;
		boolean working;
		try {
			working = calendar == null || WorkingTime.businessHours(calendar).isWorkingTime(now);
		} catch (IllegalArgumentException incomplete) {
			working = true;
		}
		LadderContact cover = LadderContact.covering(EscalationLevel.PRIMARY, person, now);
		boolean away = cover.isSubstitute() || isAway(person, now);
		return new PersonPresence(person, zone == null ? null : now.atZone(zone), working, away,
				cover.isSubstitute() ? cover.person() : null);
	}

	private static boolean isAway(Person person, Instant now) {
		return person.getAwayPeriods().stream().anyMatch(away -> away.getStart() != null && !now.isBefore(away.getStart())
				&& (away.getEnd() == null || now.isBefore(away.getEnd())));
	}
}
