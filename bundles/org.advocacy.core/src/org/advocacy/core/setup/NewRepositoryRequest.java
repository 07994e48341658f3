// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a new repository is made from: who the organization is, where it works and what it starts with. Build
 * one with {@link #withStarterContent} and replace the parts the user changed.
 *
 * @param organizationName the organization's name, which also names the repository
 * @param timeZone         where the organization works; a region such as Europe/Berlin, so that daylight saving
 *                         time is followed
 * @param calendar         the default business calendar
 * @param areas            the functional areas of the who-to-call list, distinct names
 * @param segments         the customer segments, distinct names
 * @param defaultTargets   the service targets of customers outside every segment, one per urgency at most
 * @param reasons          the reasons for engagement, distinct names
 */
public record NewRepositoryRequest(String organizationName, ZoneId timeZone, CalendarSettings calendar,
		List<AreaTemplate> areas, List<SegmentTemplate> segments, List<TargetTemplate> defaultTargets,
		List<ReasonTemplate> reasons) {

	/** @throws IllegalArgumentException naming what is missing, wrong or given twice */
	public NewRepositoryRequest {
		organizationName = Texts.required(organizationName, "give the organization's name");
		timeZone = checkZone(timeZone);
		if (calendar == null) {
			throw new IllegalArgumentException("the organization needs a business calendar");
		}
		areas = distinct(areas, AreaTemplate::name, "functional area");
		segments = distinct(segments, SegmentTemplate::name, "customer segment");
		reasons = distinct(reasons, ReasonTemplate::name, "reason for engagement");
		defaultTargets = List.copyOf(defaultTargets);
		if (defaultTargets.stream().map(TargetTemplate::urgency).distinct().count() < defaultTargets.size()) {
			throw new IllegalArgumentException("the default service targets name one urgency twice");
		}
	}

	/**
	 * @param organizationName the organization's name
	 * @param timeZone         where it works
	 * @param calendar         its default business calendar
	 * @return a request with the {@link StarterContent}: the standard areas, the starter segments and targets, and
	 *         the whitepaper's reasons for engagement
	 */
	public static NewRepositoryRequest withStarterContent(String organizationName, ZoneId timeZone,
			CalendarSettings calendar) {
		return new NewRepositoryRequest(organizationName, timeZone, calendar, StarterContent.standardAreas(),
				StarterContent.starterSegments(), StarterContent.defaultTargets(), StarterContent.engagementReasons());
	}

	/** @return the same request with other functional areas */
	public NewRepositoryRequest withAreas(List<AreaTemplate> newAreas) {
		return new NewRepositoryRequest(organizationName, timeZone, calendar, newAreas, segments, defaultTargets,
				reasons);
	}

	/** @return the same request with other customer segments */
	public NewRepositoryRequest withSegments(List<SegmentTemplate> newSegments) {
		return new NewRepositoryRequest(organizationName, timeZone, calendar, areas, newSegments, defaultTargets,
				reasons);
	}

	/**
	 * @param zone a time zone
	 * @return the zone
	 * @throws IllegalArgumentException when it is missing or a fixed offset other than UTC (such as +02:00 or
	 *                                  Etc/GMT-2), which does not follow daylight saving time
	 */
	public static ZoneId checkZone(ZoneId zone) {
		if (zone == null) {
			throw new IllegalArgumentException("choose the organization's time zone");
		}
		boolean offset = zone instanceof ZoneOffset || zone.getId().matches(".*\\d.*");
		if (offset && !zone.normalized().equals(ZoneOffset.UTC)) {
			throw new IllegalArgumentException("the time zone '" + zone.getId() + "' is a fixed offset, which does "
					+ "not follow daylight saving time; choose a region such as Europe/Berlin or America/New_York");
		}
		return zone;
	}

	private static <T> List<T> distinct(List<T> items, Function<T, String> name, String what) {
		Set<String> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(name.apply(item).toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("there are two of the " + what + " " + name.apply(item)
						+ "; give each a name of its own");
			}
		}
		return List.copyOf(items);
	}
}
