// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

import org.advocacy.model.ColourOverride;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

/**
 * The one source of an engagement's colour code. The advocate's explicit override
 * ({@link Engagement#getColourOverride()}) wins, with its reason. Otherwise the engine decides, in this order:
 * <ol>
 * <li>a closed or declined engagement is Green;</li>
 * <li>an engagement whose get-well plan has tasks takes the plan's colour from {@link StatusColourRules}; a plan
 * that cannot be scheduled (a dependency cycle, no start date) is Yellow, naming the problem;</li>
 * <li>without a plan to judge: an urgent request not yet taken on is Red, a request or an assessment under way is
 * Yellow, anything else is Green.</li>
 * </ol>
 * An instance assesses each engagement once and remembers the result, so that a list, board or report built from
 * one snapshot of the model schedules each plan only once; create a new instance for the next snapshot (after a
 * change, or when time has moved on). Not thread-safe.
 */
public final class EngagementColours {

	private final Instant now;
	private final StatusColourRules rules;
	private final Map<Engagement, EngagementColour> assessed = new IdentityHashMap<>();

	/** @param now the moment of the assessment; plans are judged as of its date */
	public EngagementColours(Instant now) {
		this(now, StatusColourRules.standard());
	}

	/**
	 * @param now   the moment of the assessment; plans are judged as of its date
	 * @param rules the rules that judge get-well plans
	 */
	public EngagementColours(Instant now, StatusColourRules rules) {
		this.now = Objects.requireNonNull(now, "now");
		this.rules = Objects.requireNonNull(rules, "rules");
	}

	/** @return the moment of the assessment */
	public Instant now() {
		return now;
	}

	/**
	 * @param engagement an engagement
	 * @return its colour code with the reason
	 */
	public EngagementColour of(Engagement engagement) {
		return assessed.computeIfAbsent(engagement, this::assess);
	}

	/**
	 * @param engagement an engagement
	 * @return its colour
	 */
	public StatusColour colourOf(Engagement engagement) {
		return of(engagement).colour();
	}

	/**
	 * The colour code a get-well plan's chart shows: its engagement's ({@link #of(Engagement)}, so the chart agrees
	 * with every other view, override included); a plan outside an engagement (a template, an import not applied
	 * yet) is judged on its own by the rules, Green when it has no task to judge.
	 *
	 * @param plan a get-well plan
	 * @return its colour code with the reason
	 */
	public EngagementColour of(GetWellPlan plan) {
		if (plan.eContainer() instanceof Engagement engagement) {
			return of(engagement);
		}
		return hasTasks(plan) ? judge(plan) : engine(StatusColour.GREEN, "Green: the plan has no task to judge yet");
	}

	private EngagementColour assess(Engagement engagement) {
		ColourOverride override = engagement.getColourOverride();
		if (override != null) {
			return overridden(override);
		}
		EngagementState state = engagement.getState();
		if (state == EngagementState.RETURNED_TO_SOP) {
			return engine(StatusColour.GREEN, "Green: closed; the customer is back to standard operating procedure");
		}
		if (state == EngagementState.DECLINED) {
			return engine(StatusColour.GREEN, "Green: declined; handled under standard operating procedures");
		}
		GetWellPlan plan = engagement.getGetWellPlan();
		if (plan != null && hasTasks(plan)) {
			return judge(plan);
		}
		if (state == EngagementState.REQUESTED) {
			return engagement.getUrgency() == Urgency.URGENT_24X7
					? engine(StatusColour.RED, "Red: the customer is presently impacted and the request is not taken on yet")
					: engine(StatusColour.YELLOW, "Yellow: new request, not assessed yet");
		}
		if (state == EngagementState.ASSESSING) {
			return engine(StatusColour.YELLOW, "Yellow: assessing the situation; no get-well plan yet");
		}
		if (state == EngagementState.CLOSE_OUT) {
			return engine(StatusColour.GREEN, "Green: the criteria are believed met; awaiting the customer's confirmation");
		}
		return engine(StatusColour.GREEN, "Green: engaged; no get-well plan to judge yet");
	}

	private EngagementColour judge(GetWellPlan plan) {
		try {
			PlanStatus status = rules.assess(CriticalPathScheduler.schedule(plan), now);
			return engine(status.colour(), status.rationale());
		} catch (UnschedulablePlanException e) {
			return engine(StatusColour.YELLOW, "Yellow: the get-well plan cannot be scheduled: " + e.getMessage());
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

	private static EngagementColour engine(StatusColour colour, String rationale) {
		return new EngagementColour(colour, rationale, false);
	}

	private static EngagementColour overridden(ColourOverride override) {
		StatusColour colour = override.getColour();
		String reason = override.getReason();
		return new EngagementColour(colour, colour.getLiteral() + " (set by " + name(override.getSetBy())
				+ (reason == null || reason.isBlank() ? "; no reason given)" : "): " + reason.strip()), true);
	}

	private static String name(Person person) {
		return person == null || person.getName() == null || person.getName().isBlank() ? "the advocate"
				: person.getName();
	}
}
