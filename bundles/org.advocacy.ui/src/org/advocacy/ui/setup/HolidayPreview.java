// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.util.List;

import org.advocacy.core.setup.HolidayPlace;
import org.advocacy.core.setup.HolidayRegion;
import org.advocacy.core.setup.PublicHoliday;
import org.advocacy.core.setup.PublicHolidays;

/**
 * What the calendar page shows of a country's public holidays, read from the holiday library off the UI thread (the
 * first look at a country reads its rules).
 *
 * @param regions  the country's regions, or {@code null} when they were not asked for
 * @param holidays the public holidays of the years, by date; empty when there is a problem
 * @param problem  why there are none, or {@code null}
 */
record HolidayPreview(List<HolidayPlace> regions, List<PublicHoliday> holidays, String problem) {

	/**
	 * @param where       the country or region
	 * @param firstYear   the first year
	 * @param lastYear    the last year
	 * @param withRegions whether to list the country's regions too (when the country changed)
	 * @return the preview, with the library's message as the problem when it cannot answer
	 */
	static HolidayPreview of(HolidayRegion where, int firstYear, int lastYear, boolean withRegions) {
		List<HolidayPlace> regions = withRegions ? PublicHolidays.regions(where.country()) : null;
		try {
			return new HolidayPreview(regions, PublicHolidays.between(where, firstYear, lastYear), null);
		} catch (IllegalArgumentException e) {
			return new HolidayPreview(regions, List.of(), e.getMessage());
		}
	}
}
