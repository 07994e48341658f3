// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import org.advocacy.model.AreaKind;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.FactorOwner;
import org.advocacy.model.RootCauseCategory;

/**
 * The narrative of one reason for engagement: what customers say, how such situations unfold (chronology), what
 * is usually found (root causes, contributing factors) and what a get-well plan for it contains. Texts with
 * {@code %1$s} and {@code %2$s} take the customer's name and the product line.
 *
 * @param reason           the reason's short name
 * @param description      what the reason covers
 * @param escalationAreas  the areas an advocate escalates to first, most likely first
 * @param titles           engagement titles ({@code %s}: product line)
 * @param customerWords    what customers say, in their own words
 * @param summary          executive summary
 * @param chronology       typical events relative to the opening day, in time order
 * @param rootCauses       candidate root causes
 * @param factors          candidate contributing factors
 * @param actions          candidate action items
 * @param recommendations  candidate recommendations
 * @param disengagement    disengagement criteria
 * @param success          success criteria
 * @param scope            plan scope, objectives and what is out of scope, in that order
 * @param stabilizeTasks   specific tasks of the first phase of value
 * @param preventTasks     specific tasks of the second phase of value
 */
record Scenario(String reason, String description, AreaKind[] escalationAreas, String[] titles,
		String[] customerWords, String summary, Event[] chronology, Cause[] rootCauses, Factor[] factors,
		Task[] actions, Recommendation[] recommendations, String[] disengagement, String[] success, String[] scope,
		Task[] stabilizeTasks, Task[] preventTasks) {

	/** A chronology event {@code day} days after the engagement was opened (negative: before). */
	record Event(int day, EvidenceKind kind, String text) {
	}

	record Cause(String text, RootCauseCategory category, AreaKind area) {
	}

	record Factor(String text, FactorOwner owner, boolean swirl) {
	}

	/**
	 * A task or action owned by someone in the area, or by the advocate when the area is null; {@code days} is its
	 * fixed duration in working days, or 0 when any short duration fits.
	 */
	record Task(String name, AreaKind area, int days) {
	}

	record Recommendation(String text, String rationale) {
	}

	static Event event(int day, EvidenceKind kind, String text) {
		return new Event(day, kind, text);
	}

	static Cause cause(String text, RootCauseCategory category, AreaKind area) {
		return new Cause(text, category, area);
	}

	static Factor factor(String text, FactorOwner owner, boolean swirl) {
		return new Factor(text, owner, swirl);
	}

	static Task task(String name, AreaKind area) {
		return new Task(name, area, 0);
	}

	static Task task(String name, AreaKind area, int days) {
		return new Task(name, area, days);
	}

	static Recommendation recommend(String text, String rationale) {
		return new Recommendation(text, rationale);
	}
}
