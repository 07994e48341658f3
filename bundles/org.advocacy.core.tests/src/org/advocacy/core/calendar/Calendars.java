// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Local instants for the calendar and escalation tests; their business calendars come from
 * {@link org.advocacy.core.tests.ModelBuilder}.
 */
public final class Calendars {

	private Calendars() {
	}

	/** @return the instant of a local date-time such as "2026-03-27T16:55" in the zone */
	public static Instant at(String zone, String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
	}
}
