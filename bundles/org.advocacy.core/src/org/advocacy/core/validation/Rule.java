// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Every rule the tool keeps for the advocate, with the stable code its diagnostics carry and their severity.
 * <p>
 * Codes never change meaning once released, so the workbench can key quick fixes, marker attributes and
 * preferences on them ({@link #forCode(int)}); the hundreds group the rules by subject: 100 engagements and their
 * criteria, 200 situation summaries, 300 get-well plans, 400 escalation and the organization, 500 effort and money,
 * 600 the management review's root-cause commitments.
 * An {@link Diagnostic#ERROR} is data the process cannot work with (and, for state rules, a transition the
 * lifecycle refuses); a {@link Diagnostic#WARNING} is a practice of the whitepaper not followed.
 */
public enum Rule {

	/** An engagement without a case number. */
	ENGAGEMENT_KEY_MISSING(101, Diagnostic.ERROR),
	/** Two engagements with the same case number. */
	ENGAGEMENT_KEY_DUPLICATE(102, Diagnostic.ERROR),
	/** An engagement past the request stage without an advocate who owns it. */
	ENGAGEMENT_ADVOCATE_MISSING(103, Diagnostic.ERROR),
	/** An engaged (or later) engagement without disengagement criteria. */
	ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA(104, Diagnostic.ERROR),
	/** An engaged (or later) engagement whose criteria were never agreed with the customer. */
	ENGAGEMENT_CRITERIA_NOT_AGREED(105, Diagnostic.ERROR),
	/** An engagement executing a get-well plan it does not have, or whose plan has no tasks. */
	ENGAGEMENT_PLAN_MISSING(106, Diagnostic.ERROR),
	/** An engagement executing a get-well plan that was never published. */
	ENGAGEMENT_PLAN_NOT_PUBLISHED(107, Diagnostic.ERROR),
	/** An engagement in close-out (or closed) with a criterion that is not met. */
	ENGAGEMENT_CRITERION_NOT_MET(108, Diagnostic.ERROR),
	/** A closed engagement with a criterion the customer has not confirmed. */
	ENGAGEMENT_CRITERION_NOT_CONFIRMED(109, Diagnostic.ERROR),
	/** A closed or declined engagement without a closing date. */
	ENGAGEMENT_CLOSED_AT_MISSING(110, Diagnostic.ERROR),
	/** An open engagement with a closing date. */
	ENGAGEMENT_CLOSED_AT_WHILE_OPEN(111, Diagnostic.ERROR),
	/** An engagement closed before it was opened. */
	ENGAGEMENT_CLOSED_BEFORE_OPENED(112, Diagnostic.ERROR),
	/** An engagement whose criteria were agreed before it was opened. */
	ENGAGEMENT_CRITERIA_AGREED_BEFORE_OPENED(113, Diagnostic.ERROR),
	/** An engagement listed as related to itself. */
	ENGAGEMENT_RELATED_TO_ITSELF(114, Diagnostic.ERROR),
	/** An engagement without an opening date. */
	ENGAGEMENT_OPENED_AT_MISSING(115, Diagnostic.ERROR),
	/** A criterion the customer confirmed before it was met. */
	CRITERION_CONFIRMED_BEFORE_MET(120, Diagnostic.ERROR),
	/** Criteria agreed with the customer without the update or call in which the customer confirmed them. */
	CRITERIA_CONFIRMATION_MISSING(121, Diagnostic.WARNING),
	/** An engagement returned to standard operations without the update or call in which the customer agreed. */
	CLOSE_OUT_CONFIRMATION_MISSING(122, Diagnostic.WARNING),
	/** A confirmation recorded on an update or call in which the customer did not repeat back their understanding. */
	CONFIRMATION_NOT_REPEATED_BACK(123, Diagnostic.WARNING),
	/** An offer on free trial without its first day, so its switch-off date is unknown. */
	OFFER_TRIAL_START_MISSING(124, Diagnostic.WARNING),
	/** An offer whose free trial lasts no day at all. */
	OFFER_TRIAL_DAYS_NOT_POSITIVE(125, Diagnostic.ERROR),

	/** A reviewed situation summary without an executive summary. */
	SUMMARY_EXECUTIVE_SUMMARY_MISSING(201, Diagnostic.ERROR),
	/** A reviewed situation summary without a chronology. */
	SUMMARY_CHRONOLOGY_MISSING(202, Diagnostic.ERROR),
	/** A reviewed situation summary without a root cause. */
	SUMMARY_ROOT_CAUSE_MISSING(203, Diagnostic.ERROR),
	/** A reviewed situation summary that does not say who reviewed it and when. */
	SUMMARY_REVIEWER_MISSING(204, Diagnostic.WARNING),
	/** A chronology event dated after the engagement was closed. */
	CHRONOLOGY_EVENT_AFTER_CLOSE(205, Diagnostic.WARNING),

	/** A plan task without an owner. */
	TASK_OWNER_MISSING(301, Diagnostic.ERROR),
	/** A plan task whose owner has not committed to a date. */
	TASK_COMMITMENT_DATE_MISSING(302, Diagnostic.ERROR),
	/** A plan task that finishes before it starts. */
	TASK_FINISH_BEFORE_START(303, Diagnostic.ERROR),
	/** A plan task whose percent complete is outside 0 to 100. */
	TASK_PERCENT_COMPLETE_OUT_OF_RANGE(304, Diagnostic.ERROR),
	/** A plan task with a negative duration. */
	TASK_NEGATIVE_DURATION(305, Diagnostic.ERROR),
	/** A milestone that takes time. */
	MILESTONE_WITH_DURATION(306, Diagnostic.ERROR),
	/** A plan task whose baseline finishes before it starts. */
	TASK_BASELINE_FINISH_BEFORE_START(307, Diagnostic.ERROR),
	/** A task depending on a task of another get-well plan. */
	DEPENDENCY_OUTSIDE_PLAN(308, Diagnostic.ERROR),
	/** Tasks of a get-well plan that wait for each other in a circle. */
	PLAN_DEPENDENCY_CYCLE(309, Diagnostic.ERROR),

	/** Two rungs of one who-to-call ladder at the same level. */
	LADDER_LEVEL_DUPLICATE(401, Diagnostic.ERROR),
	/** A ladder call answered before it was made. */
	ATTEMPT_RESPONDED_BEFORE_CONTACTED(402, Diagnostic.ERROR),
	/** An away period that ends before it starts. */
	AWAY_PERIOD_ENDS_BEFORE_START(403, Diagnostic.ERROR),
	/** An away period whose alternate is the absent person. */
	AWAY_ALTERNATE_IS_SELF(404, Diagnostic.ERROR),
	/** An away period whose alternate has not agreed to cover. */
	AWAY_ALTERNATE_NOT_CONFIRMED(405, Diagnostic.WARNING),
	/** A business calendar whose working day ends before it starts. */
	CALENDAR_WORKDAY_ENDS_BEFORE_START(406, Diagnostic.ERROR),
	/** A service target with an update cadence or escalation timeout below one minute. */
	SERVICE_TARGET_NOT_POSITIVE(407, Diagnostic.ERROR),

	/** An effort entry of no time or of more than a day. */
	EFFORT_HOURS_OUT_OF_RANGE(501, Diagnostic.ERROR),
	/** A negative amount of money: rate, expense or revenue. */
	MONEY_NEGATIVE(502, Diagnostic.ERROR),

	/** A dropped root-cause commitment that does not say why. */
	COMMITMENT_DROP_REASON_MISSING(601, Diagnostic.ERROR),
	/** A root-cause commitment without an accountable manager. */
	COMMITMENT_MANAGER_MISSING(602, Diagnostic.ERROR),
	/** A root-cause commitment without the day its manager will update the review. */
	COMMITMENT_UPDATE_DATE_MISSING(603, Diagnostic.ERROR);

	private final int code;
	private final int severity;

	Rule(int code, int severity) {
		this.code = code;
		this.severity = severity;
	}

	/** @return the stable code of the rule's diagnostics ({@link Diagnostic#getCode()}) */
	public int code() {
		return code;
	}

	/** @return {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING} */
	public int severity() {
		return severity;
	}

	/**
	 * @param code a diagnostic code from {@link AdvocacyValidator#DIAGNOSTIC_SOURCE}
	 * @return the rule with that code, or {@code null} when none has it
	 */
	public static Rule forCode(int code) {
		for (Rule rule : values()) {
			if (rule.code == code) {
				return rule;
			}
		}
		return null;
	}
}
