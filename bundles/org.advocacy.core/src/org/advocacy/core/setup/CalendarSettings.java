// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The organization's default business calendar as the user chose it: working days, working hours (local wall-clock
 * times in the organization's time zone) and the public holidays of a country or region for a range of years.
 *
 * @param workingDays  the days of the week the organization works, at least one
 * @param workdayStart when the working day starts
 * @param workdayEnd   when it ends, after the start
 * @param holidays     whose public holidays are days off
 * @param firstYear    the first year to take the holidays for
 * @param lastYear     the last year, at most {@link PublicHolidays#MAX_YEARS} years after the first
 */
public record CalendarSettings(Set<DayOfWeek> workingDays, LocalTime workdayStart, LocalTime workdayEnd,
		HolidayRegion holidays, int firstYear, int lastYear) {

	/** Monday to Friday. */
	public static final Set<DayOfWeek> WEEKDAYS = Collections
			.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

	/** @throws IllegalArgumentException naming what is missing or wrong */
	public CalendarSettings {
		if (workingDays == null || workingDays.isEmpty()) {
			throw new IllegalArgumentException("choose at least one working day");
		}
		workingDays = Collections.unmodifiableSet(EnumSet.copyOf((Collection<DayOfWeek>) workingDays));
		if (workdayStart == null || workdayEnd == null) {
			throw new IllegalArgumentException("give the working hours' start and end");
		}
		if (!workdayEnd.isAfter(workdayStart)) {
			throw new IllegalArgumentException(
					"the working day ends at " + workdayEnd + ", which is not after it starts at " + workdayStart);
		}
		if (holidays == null) {
			throw new IllegalArgumentException("choose the country whose public holidays the organization observes");
		}
		PublicHolidays.checkYears(firstYear, lastYear);
	}
}
