// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CLOSED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__STATE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The life of an engagement from request to return to standard operating procedure, as the whitepaper describes
 * it: a request is assessed or declined; an assessed situation is engaged (with disengagement criteria agreed up
 * front) or declined; an engaged situation executes a get-well plan or goes straight to close-out; a plan can go
 * back to engaged for re-planning; at close-out the customer either confirms the criteria (return to SOP) or
 * disagrees (back to the plan and the agreed criteria). Returned to SOP and declined are final: a recurrence is a
 * new engagement linked to the old one ({@link RelatedIncidents}).
 * <p>
 * Whether a move is allowed is decided by the same requirements the validator checks ({@link StateRequirements}),
 * so a refused transition and a problem marker give the same reasons. Everything here is a pure function of the
 * engagement and, for the follow-up changes, of the instant passed in.
 */
public final class EngagementLifecycle {

	private static final Map<EngagementState, Set<EngagementState>> SUCCESSORS = successors();

	private EngagementLifecycle() {
	}

	/**
	 * @param state a state
	 * @return the states an engagement in {@code state} may move to, in lifecycle order; empty for final states
	 */
	public static Set<EngagementState> successors(EngagementState state) {
		return SUCCESSORS.get(Objects.requireNonNull(state, "state"));
	}

	/** @return whether an engagement in {@code state} is closed for good: returned to SOP or declined */
	public static boolean isFinal(EngagementState state) {
		return successors(state).isEmpty();
	}

	/**
	 * @param engagement an engagement
	 * @return every move the lifecycle offers from the engagement's state, each with the reasons it is refused now
	 *         (none when allowed); empty for a closed or declined engagement
	 */
	public static List<Transition> transitions(Engagement engagement) {
		List<Transition> transitions = new ArrayList<>();
		for (EngagementState target : successors(engagement.getState())) {
			transitions.add(check(engagement, target));
		}
		return transitions;
	}

	/**
	 * Says whether the engagement may move to {@code target} now and, if not, why.
	 *
	 * @param engagement an engagement
	 * @param target     the state it would move to
	 * @return the transition with every reason it is refused, in plain words
	 */
	public static Transition check(Engagement engagement, EngagementState target) {
		EngagementState from = engagement.getState();
		if (!successors(from).contains(target)) {
			return new Transition(from, target, List.of(notOffered(engagement, target)));
		}
		BasicDiagnostic findings = new BasicDiagnostic();
		StateRequirements.check(engagement, target, new Report(findings));
		List<String> reasons = new ArrayList<>();
		for (Diagnostic finding : findings.getChildren()) {
			if (finding.getSeverity() == Diagnostic.ERROR) {
				reasons.add(finding.getMessage());
			}
		}
		return new Transition(from, target, reasons);
	}

	/**
	 * The changes that make a transition: the new state and what follows from it (closing or declining records
	 * the closing date).
	 *
	 * @param engagement an engagement
	 * @param target     the state to move to
	 * @param now        the instant of the move
	 * @return the changes, for the caller to apply as one command
	 * @throws IllegalStateException if the transition is not allowed now; the message gives the reasons
	 */
	public static List<ModelChange> changesFor(Engagement engagement, EngagementState target, Instant now) {
		Objects.requireNonNull(now, "now");
		Transition transition = check(engagement, target);
		if (!transition.allowed()) {
			throw new IllegalStateException(String.join(" ", transition.reasons()));
		}
		List<ModelChange> changes = new ArrayList<>(2);
		changes.add(ModelChange.set(engagement, ENGAGEMENT__STATE, target));
		if (isFinal(target)) {
			changes.add(ModelChange.set(engagement, ENGAGEMENT__CLOSED_AT, now));
		}
		return changes;
	}

	private static String notOffered(Engagement engagement, EngagementState target) {
		String name = Names.engagement(engagement);
		EngagementState from = engagement.getState();
		if (from == EngagementState.RETURNED_TO_SOP) {
			return name + " is closed and cannot be re-opened; record a similar incident as a new engagement linked to it.";
		}
		if (from == EngagementState.DECLINED) {
			return name + " was declined and cannot be re-opened; if the situation comes back, open a new engagement linked to it.";
		}
		return name + " cannot go from " + from + " to " + target + " directly.";
	}

	private static Map<EngagementState, Set<EngagementState>> successors() {
		Map<EngagementState, Set<EngagementState>> successors = new EnumMap<>(EngagementState.class);
		successors.put(EngagementState.REQUESTED, of(EngagementState.ASSESSING, EngagementState.DECLINED));
		successors.put(EngagementState.ASSESSING, of(EngagementState.ENGAGED, EngagementState.DECLINED));
		successors.put(EngagementState.ENGAGED, of(EngagementState.EXECUTING_PLAN, EngagementState.CLOSE_OUT));
		successors.put(EngagementState.EXECUTING_PLAN, of(EngagementState.ENGAGED, EngagementState.CLOSE_OUT));
		successors.put(EngagementState.CLOSE_OUT, of(EngagementState.EXECUTING_PLAN, EngagementState.RETURNED_TO_SOP));
		successors.put(EngagementState.RETURNED_TO_SOP, Set.of());
		successors.put(EngagementState.DECLINED, Set.of());
		return successors;
	}

	private static Set<EngagementState> of(EngagementState first, EngagementState second) {
		return Collections.unmodifiableSet(EnumSet.of(first, second));
	}
}
