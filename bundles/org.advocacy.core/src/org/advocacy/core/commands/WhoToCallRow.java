// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.ZoneId;
import java.util.Locale;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;

/**
 * One clean row of a who-to-call matrix: one person at one level of one area's ladder, as read and checked by the
 * who-to-call import ({@code org.advocacy.core.imports.WhoToCallCsvImporter}) and applied by
 * {@link OrganizationCommands#importWhoToCall}. Optional values the file leaves empty are empty strings, or
 * {@code null} for the time zone. Areas are matched by {@link #areaKey(String) name} and people by
 * {@link #emailKey(String) e-mail}, ignoring case and surrounding spaces.
 *
 * @param line           the 1-based line of the file the row starts on
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
public record WhoToCallRow(int line, String area, AreaKind kind, EscalationLevel level, String name, String title,
		String email, String phone, String mobile, boolean available24x7, ZoneId timeZone) {

	/**
	 * @param name an area's name, from a row or the organization
	 * @return the key that names the same area
	 */
	public static String areaKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param email a person's e-mail address, from a row or the organization
	 * @return the key that names the same person
	 */
	public static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
