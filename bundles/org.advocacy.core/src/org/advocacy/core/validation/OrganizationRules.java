// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.AWAY_PERIOD__ALTERNATE;
import static org.advocacy.model.AdvocacyPackage.Literals.AWAY_PERIOD__ALTERNATE_CONFIRMED;
import static org.advocacy.model.AdvocacyPackage.Literals.AWAY_PERIOD__END;
import static org.advocacy.model.AdvocacyPackage.Literals.BUSINESS_CALENDAR__WORKDAY_END;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_ATTEMPT__RESPONDED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_RUNG__LEVEL;
import static org.advocacy.model.AdvocacyPackage.Literals.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES;
import static org.advocacy.model.AdvocacyPackage.Literals.SERVICE_TARGET__UPDATE_CADENCE_MINUTES;

import java.time.Instant;
import java.time.LocalTime;

import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.ServiceTarget;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Rules on what the escalation ladder engine relies on: one person per level of a who-to-call ladder, away periods
 * that end after they start with a confirmed alternate who is someone else, calls answered after they were made,
 * working days that end after they start, and service targets of at least a minute.
 */
final class OrganizationRules {

	private OrganizationRules() {
	}

	/** Reports each rung whose level an earlier rung of the same ladder already has. */
	static void check(FunctionalArea area, Report report) {
		LadderRung[] byLevel = new LadderRung[EscalationLevel.VALUES.size()];
		for (LadderRung rung : area.getLadder()) {
			EscalationLevel level = rung.getLevel();
			LadderRung first = byLevel[level.getValue()];
			if (first == null) {
				byLevel[level.getValue()] = rung;
			} else {
				report.add(Rule.LADDER_LEVEL_DUPLICATE, rung, LADDER_RUNG__LEVEL,
						"The who-to-call ladder of " + Names.quoted(area.getName()) + " has two " + level + " rungs ("
								+ Names.person(first.getPerson()) + " and " + Names.person(rung.getPerson())
								+ "); keep one person per level.",
						first);
			}
		}
	}

	static void check(AwayPeriod away, Report report) {
		String name = Names.of(away);
		Instant start = away.getStart();
		Instant end = away.getEnd();
		if (start != null && end != null && !end.isAfter(start)) {
			report.add(Rule.AWAY_PERIOD_ENDS_BEFORE_START, away, AWAY_PERIOD__END,
					name + " ends on " + end + ", not after it starts.");
		}
		if (away.getAlternate() == null) {
			return;
		}
		if (away.getAlternate() == away.eContainer()) {
			report.add(Rule.AWAY_ALTERNATE_IS_SELF, away, AWAY_PERIOD__ALTERNATE,
					name + " names the absent person as their own alternate; choose someone who is there.");
		} else if (!away.isAlternateConfirmed()) {
			report.add(Rule.AWAY_ALTERNATE_NOT_CONFIRMED, away, AWAY_PERIOD__ALTERNATE_CONFIRMED, name + " names "
					+ Names.person(away.getAlternate()) + " as alternate, who has not agreed to cover yet.");
		}
	}

	static void check(LadderAttempt attempt, Report report) {
		Instant contacted = attempt.getContactedAt();
		Instant responded = attempt.getRespondedAt();
		if (contacted != null && responded != null && responded.isBefore(contacted)) {
			report.add(Rule.ATTEMPT_RESPONDED_BEFORE_CONTACTED, attempt, LADDER_ATTEMPT__RESPONDED_AT, Names.of(attempt)
					+ " was answered on " + responded + ", before the call was made on " + contacted + ".");
		}
	}

	static void check(BusinessCalendar calendar, Report report) {
		LocalTime start = calendar.getWorkdayStart();
		LocalTime end = calendar.getWorkdayEnd();
		if (start != null && end != null && !end.isAfter(start)) {
			report.add(Rule.CALENDAR_WORKDAY_ENDS_BEFORE_START, calendar, BUSINESS_CALENDAR__WORKDAY_END,
					Names.of(calendar) + " ends the working day at " + end + ", not after it starts at " + start + ".");
		}
	}

	static void check(ServiceTarget target, Report report) {
		checkMinutes(target, SERVICE_TARGET__UPDATE_CADENCE_MINUTES, target.getUpdateCadenceMinutes(),
				"update cadence", report);
		checkMinutes(target, SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES, target.getEscalationTimeoutMinutes(),
				"escalation timeout", report);
	}

	private static void checkMinutes(ServiceTarget target, EAttribute feature, int minutes, String what,
			Report report) {
		if (minutes < 1) {
			report.add(Rule.SERVICE_TARGET_NOT_POSITIVE, target, feature,
					Names.of(target) + " has an " + what + " of " + minutes + " minutes; it must be at least 1 minute.");
		}
	}
}
