// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.time.ZoneId;
import java.util.List;

/** The time zones offered for choice: regions that follow daylight saving time, not fixed offsets or legacy ids. */
final class TimeZones {

	private TimeZones() {
	}

	/** @return "Africa/Abidjan" to "Pacific/Wallis", sorted, plus UTC */
	static List<String> regions() {
		return ZoneId.getAvailableZoneIds().stream()
				.filter(id -> id.equals("UTC") || id.contains("/") && !id.startsWith("Etc/")
						&& !id.startsWith("SystemV/") && Character.isUpperCase(id.charAt(0)) && !id.matches(".*\\d.*"))
				.sorted().toList();
	}
}
