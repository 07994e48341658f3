// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.time.ZoneId;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * One validated data row of a who-to-call file: one person at one level of one area's ladder. Optional values the
 * file leaves empty are empty strings, or {@code null} for the time zone.
 *
 * @param line           the 1-based line the row starts on
 * @param area           the area's name
 * @param kind           the area's kind
 * @param level          the ladder level
 * @param name           the person's name
 * @param title          the person's title
 * @param email          the person's e-mail address, which identifies the person
 * @param phone          the desk phone number
 * @param mobile         the mobile number
 * @param available24x7  whether the numbers can be called around the clock
 * @param timeZone       the person's time zone, or {@code null}
 */
record WhoToCallRow(int line, String area, AreaKind kind, EscalationLevel level, String name, String title,
		String email, String phone, String mobile, boolean available24x7, ZoneId timeZone) {
}
