// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.advocacy.model.EngagementState.ASSESSING;
import static org.advocacy.model.EngagementState.CLOSE_OUT;
import static org.advocacy.model.EngagementState.DECLINED;
import static org.advocacy.model.EngagementState.ENGAGED;
import static org.advocacy.model.EngagementState.EXECUTING_PLAN;
import static org.advocacy.model.EngagementState.REQUESTED;
import static org.advocacy.model.EngagementState.RETURNED_TO_SOP;
import static org.advocacy.model.EngagementTrigger.CUSTOMER_REQUEST;
import static org.advocacy.model.EngagementTrigger.EMPLOYEE_OBSERVATION;
import static org.advocacy.model.EngagementTrigger.SURVEY_DISSATISFACTION;
import static org.advocacy.model.Urgency.BUSINESS_HOURS;
import static org.advocacy.model.Urgency.URGENT_24X7;

import org.advocacy.model.EngagementState;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Urgency;

/**
 * What one engagement is about before its details are generated: its state, urgency, trigger, reason and
 * segment, plus the special features the standard sample shows once (a customer with a repeat engagement, a
 * plan in the red, a held-back draft).
 *
 * @param sameCustomerAs index of an earlier engagement whose customer this one shares, or -1
 * @param forcedSlip     working days the plan's second phase slipped against its baseline, 0 for random slips
 * @param special        the special communication of this engagement
 */
record Script(EngagementState state, Urgency urgency, EngagementTrigger trigger, int reason, int segment,
		int sameCustomerAs, Timeline.Anchor anchor, int forcedSlip, Special special) {

	/** A special customer communication shown once in the standard sample. */
	enum Special {
		NONE, DRAFT, ON_HOLD, DISCARDED
	}

	private static final Timeline.Anchor NONE = Timeline.Anchor.NONE;

	/** The hand-written script of the standard sample: every state, urgency, trigger and reason. */
	static final Script[] STANDARD = {
			new Script(ENGAGED, URGENT_24X7, EMPLOYEE_OBSERVATION, Scenarios.PROLONGED_OUTAGE, ReferenceData.STRATEGIC, -1, NONE, 0, Special.DRAFT),
			new Script(EXECUTING_PLAN, BUSINESS_HOURS, CUSTOMER_REQUEST, Scenarios.FAILED_IMPLEMENTATION, ReferenceData.ENTERPRISE, -1, NONE, 7, Special.ON_HOLD),
			new Script(REQUESTED, URGENT_24X7, CUSTOMER_REQUEST, Scenarios.DATA_LOSS, ReferenceData.STRATEGIC, -1, NONE, 0, Special.NONE),
			new Script(ASSESSING, BUSINESS_HOURS, SURVEY_DISSATISFACTION, Scenarios.REPEATED_DEFECTS, ReferenceData.STRATEGIC, -1, NONE, 0, Special.DRAFT),
			new Script(CLOSE_OUT, BUSINESS_HOURS, EMPLOYEE_OBSERVATION, Scenarios.BILLING_DISPUTE, ReferenceData.ENTERPRISE, -1, NONE, 0, Special.NONE),
			new Script(RETURNED_TO_SOP, URGENT_24X7, EMPLOYEE_OBSERVATION, Scenarios.PROLONGED_OUTAGE, ReferenceData.ENTERPRISE, -1, Timeline.Anchor.CLOSED_BEFORE_REVIEW, 0, Special.DISCARDED),
			new Script(EXECUTING_PLAN, URGENT_24X7, EMPLOYEE_OBSERVATION, Scenarios.DATA_LOSS, ReferenceData.STRATEGIC, 2, NONE, 0, Special.NONE),
			new Script(DECLINED, BUSINESS_HOURS, CUSTOMER_REQUEST, Scenarios.BILLING_DISPUTE, ReferenceData.SMALL_BUSINESS, -1, NONE, 0, Special.NONE),
			new Script(EXECUTING_PLAN, BUSINESS_HOURS, SURVEY_DISSATISFACTION, Scenarios.RENEWAL_RISK, ReferenceData.STRATEGIC, -1, NONE, 2, Special.NONE),
			new Script(RETURNED_TO_SOP, BUSINESS_HOURS, CUSTOMER_REQUEST, Scenarios.MISSED_COMMITMENT, ReferenceData.COMMERCIAL, -1, NONE, 0, Special.NONE),
			new Script(ENGAGED, BUSINESS_HOURS, SURVEY_DISSATISFACTION, Scenarios.MISSED_COMMITMENT, ReferenceData.ENTERPRISE, -1, Timeline.Anchor.OPENED_BEFORE_REVIEW, 0, Special.NONE),
			new Script(ASSESSING, URGENT_24X7, EMPLOYEE_OBSERVATION, Scenarios.PROLONGED_OUTAGE, ReferenceData.COMMERCIAL, -1, NONE, 0, Special.NONE),
			new Script(RETURNED_TO_SOP, BUSINESS_HOURS, EMPLOYEE_OBSERVATION, Scenarios.REPEATED_DEFECTS, ReferenceData.STRATEGIC, 3, NONE, 0, Special.NONE),
			new Script(EXECUTING_PLAN, BUSINESS_HOURS, CUSTOMER_REQUEST, Scenarios.FAILED_IMPLEMENTATION, ReferenceData.COMMERCIAL, -1, NONE, 0, Special.NONE) };

	private static final EngagementState[] STATES = { REQUESTED, DECLINED, ASSESSING, ENGAGED, EXECUTING_PLAN,
			CLOSE_OUT, RETURNED_TO_SOP };
	/** In a large, mature sample most engagements are closed; the active ones are a steady working set. */
	private static final int[] STATE_WEIGHTS = { 3, 6, 5, 8, 14, 4, 60 };

	/** @return a random script for an engagement beyond the standard ones */
	static Script random(SampleContext context) {
		EngagementState state = STATES[context.weighted(STATE_WEIGHTS)];
		int reason = context.weighted(Scenarios.REASON_WEIGHTS);
		double urgentShare = switch (reason) {
		case Scenarios.PROLONGED_OUTAGE -> 0.75;
		case Scenarios.DATA_LOSS -> 0.6;
		case Scenarios.REPEATED_DEFECTS -> 0.15;
		default -> 0.05;
		};
		Urgency urgency = context.chance(urgentShare) ? URGENT_24X7 : BUSINESS_HOURS;
		EngagementTrigger trigger = EngagementTrigger.VALUES.get(context.weighted(50, 20, 30));
		int segment = state == DECLINED ? context.weighted(0, 5, 35, 60) : context.weighted(30, 38, 24, 8);
		boolean active = state != DECLINED && state != RETURNED_TO_SOP;
		Special special = active && state != REQUESTED && context.chance(0.08) ? Special.DRAFT : Special.NONE;
		int slip = state == EXECUTING_PLAN && context.chance(0.1) ? context.between(5, 8) : 0;
		return new Script(state, urgency, trigger, reason, segment, -1, NONE, slip, special);
	}
}
