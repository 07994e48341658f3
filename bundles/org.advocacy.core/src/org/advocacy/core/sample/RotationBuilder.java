// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.advocacy.model.RotationShift;

/**
 * Gives the areas whose primary and backup take turns (technical support and engineering) a rota: the ladder's own
 * primary and backup have been on duty for the last eight weeks, so every escalation in the sample called the right
 * person, and next Monday another colleague takes over as primary with the outgoing primary as backup.
 */
final class RotationBuilder extends StaffedBuilder {

	private static final AreaKind[] ROTATING = { AreaKind.TECHNICAL_SUPPORT, AreaKind.ENGINEERING };
	private static final int WEEKS_ON_DUTY = 8;

	RotationBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build() {
		LocalDate monday = LocalDate.ofInstant(context.now, ZoneOffset.UTC)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (AreaKind kind : ROTATING) {
			FunctionalArea area = staff.areas.get(kind);
			Person primary = staff.ladder(kind, EscalationLevel.PRIMARY);
			Person backup = staff.ladder(kind, EscalationLevel.BACKUP);
			area.getRotation().add(shift(monday.minusWeeks(WEEKS_ON_DUTY), primary, backup));
			area.getRotation().add(shift(monday.plusWeeks(1), next(kind, primary, backup), primary));
		}
	}

	/** @return a colleague of the area who is neither primary nor backup nor its manager, else the backup */
	private Person next(AreaKind kind, Person primary, Person backup) {
		Person manager = staff.ladder(kind, EscalationLevel.MANAGER);
		for (Person worker : staff.workers.get(kind)) {
			if (worker != primary && worker != backup && worker != manager) {
				return worker;
			}
		}
		return backup;
	}

	private RotationShift shift(LocalDate startsOn, Person primary, Person backup) {
		RotationShift shift = context.factory.createRotationShift();
		shift.setStartsOn(startsOn);
		shift.setPrimary(primary);
		shift.setBackup(backup);
		return shift;
	}
}
