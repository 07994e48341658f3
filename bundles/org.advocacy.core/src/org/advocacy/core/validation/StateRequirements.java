// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__CUSTOMER_CONFIRMED;
import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__MET;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__ADVOCATE;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_AGREED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__GET_WELL_PLAN;
import static org.advocacy.model.AdvocacyPackage.Literals.GET_WELL_PLAN__PUBLISHED_AT;

import java.util.List;
import java.util.Locale;

import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;

/**
 * What an engagement must have to be in a given state, in one place for both users: the validator checks an
 * engagement against its current state, and the lifecycle checks it against the state it would move to, so a
 * refused transition and a problem marker give the same reason in the same words.
 * <p>
 * Past the request an advocate owns the engagement; from <em>engaged</em> on, disengagement criteria exist and were
 * agreed with the customer; <em>executing plan</em> needs a published get-well plan with tasks; from
 * <em>close-out</em> on every criterion is met; <em>returned to SOP</em> needs the customer's confirmation of each.
 */
final class StateRequirements {

	private StateRequirements() {
	}

	/**
	 * Reports every requirement of {@code state} the engagement does not meet.
	 *
	 * @param engagement the engagement
	 * @param state      its current state, or the state it would move to
	 * @param report     where to report
	 */
	static void check(Engagement engagement, EngagementState state, Report report) {
		if (state == null || state == EngagementState.REQUESTED || state == EngagementState.DECLINED) {
			return;
		}
		String cannot = Names.engagement(engagement) + " " + cannot(state) + ": ";
		if (engagement.getAdvocate() == null) {
			report.add(Rule.ENGAGEMENT_ADVOCATE_MISSING, engagement, ENGAGEMENT__ADVOCATE,
					cannot + "no advocate owns it yet.");
		}
		if (state.getValue() < EngagementState.ENGAGED_VALUE) {
			return;
		}
		if (engagement.getDisengagementCriteria().isEmpty()) {
			report.add(Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA, engagement, ENGAGEMENT__DISENGAGEMENT_CRITERIA,
					cannot + "no disengagement criteria have been written down.");
		}
		if (engagement.getCriteriaAgreedAt() == null) {
			report.add(Rule.ENGAGEMENT_CRITERIA_NOT_AGREED, engagement, ENGAGEMENT__CRITERIA_AGREED_AT,
					cannot + "the disengagement criteria have not been agreed with the customer (no agreement date).");
		}
		if (state == EngagementState.EXECUTING_PLAN) {
			checkPlan(engagement, cannot, report);
		}
		if (state.getValue() >= EngagementState.CLOSE_OUT_VALUE) {
			boolean confirmationNeeded = state == EngagementState.RETURNED_TO_SOP;
			checkCriteria(engagement.getDisengagementCriteria(), confirmationNeeded, cannot, report);
			checkCriteria(engagement.getSuccessCriteria(), confirmationNeeded, cannot, report);
		}
	}

	private static void checkPlan(Engagement engagement, String cannot, Report report) {
		GetWellPlan plan = engagement.getGetWellPlan();
		if (plan == null || !hasTasks(plan)) {
			report.add(Rule.ENGAGEMENT_PLAN_MISSING, engagement, ENGAGEMENT__GET_WELL_PLAN,
					cannot + "it has no get-well plan with tasks.");
		} else if (plan.getPublishedAt() == null) {
			report.add(Rule.ENGAGEMENT_PLAN_NOT_PUBLISHED, plan, GET_WELL_PLAN__PUBLISHED_AT,
					cannot + "its get-well plan has not been published.", engagement);
		}
	}

	private static boolean hasTasks(GetWellPlan plan) {
		for (PhaseOfValue phase : plan.getPhases()) {
			if (!phase.getTasks().isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static void checkCriteria(List<Criterion> criteria, boolean confirmationNeeded, String cannot,
			Report report) {
		for (Criterion criterion : criteria) {
			if (!criterion.isMet()) {
				report.add(Rule.ENGAGEMENT_CRITERION_NOT_MET, criterion, CRITERION__MET,
						cannot + Names.criterion(criterion) + " is not met.", criterion.eContainer());
			} else if (confirmationNeeded && !criterion.isCustomerConfirmed()) {
				report.add(Rule.ENGAGEMENT_CRITERION_NOT_CONFIRMED, criterion, CRITERION__CUSTOMER_CONFIRMED,
						cannot + "the customer has not confirmed " + Names.criterion(criterion) + ".",
						criterion.eContainer());
			}
		}
	}

	/** @return what an engagement cannot do when a requirement of {@code state} is not met */
	private static String cannot(EngagementState state) {
		return switch (state) {
		case ASSESSING -> "cannot be assessed";
		case ENGAGED -> "cannot be engaged";
		case EXECUTING_PLAN -> "cannot execute a get-well plan";
		case CLOSE_OUT -> "cannot close out";
		case RETURNED_TO_SOP -> "cannot close and return to standard operations";
		default -> "cannot be " + state.getLiteral().toLowerCase(Locale.ROOT);
		};
	}
}
