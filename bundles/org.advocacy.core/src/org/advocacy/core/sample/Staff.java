// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.model.AreaKind;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;

/**
 * An index over the generated organization, so that the engagement builders find people by area, ladder level
 * and role without searching. Maps keyed by model objects are identity maps used for look-up only, never
 * iterated, so they cannot make the output depend on hash order.
 */
final class Staff {

	final Organization organization;
	final List<WorkingDayIndex> calendars;
	final Map<AreaKind, FunctionalArea> areas = new EnumMap<>(AreaKind.class);
	final Map<AreaKind, Person[]> ladders = new EnumMap<>(AreaKind.class);
	/** People who do hands-on work in an area: its primary, backup and manager plus its other staff. */
	final Map<AreaKind, List<Person>> workers = new EnumMap<>(AreaKind.class);
	final List<Person> advocates = new ArrayList<>();
	final List<Person> seniorAdvocates = new ArrayList<>();
	final List<Person> accountExecutives = new ArrayList<>();
	Person advocacyDirector;
	private final Map<Person, BigDecimal> rates = new IdentityHashMap<>();
	private final Map<BusinessCalendar, WorkingDayIndex> workingDays = new IdentityHashMap<>();

	Staff(Organization organization, List<WorkingDayIndex> calendars) {
		this.organization = organization;
		this.calendars = calendars;
		for (WorkingDayIndex days : calendars) {
			workingDays.put(days.calendar, days);
		}
	}

	Person ladder(AreaKind area, EscalationLevel level) {
		return ladders.get(area)[level.getValue()];
	}

	void rate(Person person, int hourlyRate) {
		rates.put(person, BigDecimal.valueOf(hourlyRate * 100L, 2));
	}

	BigDecimal rate(Person person) {
		return rates.get(person);
	}

	WorkingDayIndex workingDays(Person person) {
		WorkingDayIndex days = workingDays.get(person.getCalendar());
		return days != null ? days : calendars.get(CalendarBuilder.US);
	}

	/** @return the confirmed alternate if the person is away at the instant, otherwise null */
	static Person alternateIfAway(Person person, Instant instant) {
		for (AwayPeriod away : person.getAwayPeriods()) {
			if (!instant.isBefore(away.getStart()) && instant.isBefore(away.getEnd()) && away.isAlternateConfirmed()) {
				return away.getAlternate();
			}
		}
		return null;
	}
}
