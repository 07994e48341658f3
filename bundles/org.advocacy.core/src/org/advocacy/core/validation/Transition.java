// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import java.util.List;

import org.advocacy.model.EngagementState;

/**
 * A move of an engagement from one state to another, and whether it is allowed now: the workbench shows a refused
 * transition disabled, with its reasons as the explanation.
 *
 * @param from    the engagement's current state
 * @param to      the state it would move to
 * @param reasons why the move is not allowed now, in plain words; empty when it is allowed
 */
public record Transition(EngagementState from, EngagementState to, List<String> reasons) {

	/** Copies the reasons so the transition cannot change afterwards. */
	public Transition {
		reasons = List.copyOf(reasons);
	}

	/** @return whether the move is allowed now */
	public boolean allowed() {
		return reasons.isEmpty();
	}

	/** @return the name of the action for a menu or button, e.g. "Close out" or "Back to the plan" */
	public String actionName() {
		return switch (to) {
		case REQUESTED -> "Back to requested";
		case DECLINED -> "Decline";
		case ASSESSING -> "Start assessment";
		case ENGAGED -> from == EngagementState.EXECUTING_PLAN ? "Back to engaged (re-plan)" : "Engage";
		case EXECUTING_PLAN -> from == EngagementState.CLOSE_OUT ? "Back to the plan (customer disagrees)"
				: "Execute the plan";
		case CLOSE_OUT -> "Close out";
		case RETURNED_TO_SOP -> "Return to standard operations";
		};
	}
}
