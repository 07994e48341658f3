// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.RotationShift;

/**
 * Who is on duty as primary and backup of a functional area whose primary and backup take turns: the rotation shift
 * that started last, on or before the day in question, names them. Days begin at midnight in the time zone of the
 * area's business calendar, else the organization's default calendar, else UTC. Where no shift covers the day
 * (before the first shift, or a shift that leaves the role empty) the who-to-call list's own Primary and Backup
 * rungs apply, and {@link Duty#source()} says so.
 */
public final class Rotations {

	private Rotations() {
	}

	/**
	 * Who is primary and backup of an area at an instant, and why.
	 *
	 * @param primary the primary contact, or {@code null} when nobody is named
	 * @param backup  the backup contact, or {@code null} when nobody is named
	 * @param shift   the shift that names them, or {@code null} when the who-to-call list's rungs do
	 * @param source  where the names come from, in words a support manager reads
	 */
	public record Duty(Person primary, Person backup, RotationShift shift, String source) {

		/** @return whether a rotation shift names the primary (not the list's Primary rung) */
		public boolean onRotation() {
			return shift != null && shift.getPrimary() != null;
		}

		/**
		 * @param level a ladder level
		 * @return the person on duty at that level when it is primary or backup, else {@code null}
		 */
		public Person at(EscalationLevel level) {
			return level == EscalationLevel.PRIMARY ? primary : level == EscalationLevel.BACKUP ? backup : null;
		}
	}

	/**
	 * @param area an area
	 * @param at   the instant the call is made
	 * @return who is primary and backup at that instant
	 */
	public static Duty onDuty(FunctionalArea area, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, zoneOf(area));
		RotationShift shift = shiftOn(area, day);
		Person listPrimary = LadderRungs.personAt(area, EscalationLevel.PRIMARY);
		Person listBackup = LadderRungs.personAt(area, EscalationLevel.BACKUP);
		if (shift == null) {
			return new Duty(listPrimary, listBackup, null, area.getRotation().isEmpty() ? "the who-to-call list"
					: "no rotation shift covers " + day + ", so the who-to-call list's primary and backup");
		}
		Person primary = shift.getPrimary() != null ? shift.getPrimary() : listPrimary;
		Person backup = shift.getBackup() != null ? shift.getBackup() : listBackup;
		String source = "the rotation shift from " + shift.getStartsOn()
				+ (shift.getPrimary() == null ? ", which names no primary, so the who-to-call list's primary" : "")
				+ (shift.getBackup() == null ? ", which names no backup, so the who-to-call list's backup" : "");
		return new Duty(primary, backup, shift, source);
	}

	/**
	 * @param area an area
	 * @param day  a day in the area's time zone
	 * @return the shift that started last on or before the day, or {@code null} when none did
	 */
	public static RotationShift shiftOn(FunctionalArea area, LocalDate day) {
		RotationShift current = null;
		for (RotationShift shift : area.getRotation()) {
			LocalDate start = shift.getStartsOn();
			if (start != null && !start.isAfter(day)
					&& (current == null || start.isAfter(current.getStartsOn()))) {
				current = shift;
			}
		}
		return current;
	}

	/** @return the time zone in which the area's rotation days begin */
	public static ZoneId zoneOf(FunctionalArea area) {
		ZoneId zone = zone(area.getCalendar());
		if (zone == null && area.eContainer() instanceof Organization organization) {
			zone = zone(organization.getDefaultCalendar());
		}
		return zone == null ? ZoneOffset.UTC : zone;
	}

	private static ZoneId zone(BusinessCalendar calendar) {
		return calendar == null ? null : calendar.getTimeZone();
	}
}
