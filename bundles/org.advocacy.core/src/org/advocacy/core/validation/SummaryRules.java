// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.CHRONOLOGY_EVENT__OCCURRED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__CHRONOLOGY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__EXECUTIVE_SUMMARY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_BY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__ROOT_CAUSES;

import java.time.Instant;

import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Engagement;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;

/**
 * Rules on the situation summary: once reviewed it has what the whitepaper asks of it — an executive summary, a
 * chronology and at least one root cause — and says who reviewed it when; the chronology does not run past the
 * engagement's close.
 */
final class SummaryRules {

	private SummaryRules() {
	}

	static void check(SituationSummary summary, Report report) {
		if (summary.getState() != SummaryState.REVIEWED) {
			return;
		}
		String name = Names.of(summary) + " is marked reviewed but ";
		String executive = summary.getExecutiveSummary();
		if (executive == null || executive.isBlank()) {
			report.add(Rule.SUMMARY_EXECUTIVE_SUMMARY_MISSING, summary, SITUATION_SUMMARY__EXECUTIVE_SUMMARY,
					name + "has no executive summary.");
		}
		if (summary.getChronology().isEmpty()) {
			report.add(Rule.SUMMARY_CHRONOLOGY_MISSING, summary, SITUATION_SUMMARY__CHRONOLOGY,
					name + "has no chronology of events.");
		}
		if (summary.getRootCauses().isEmpty()) {
			report.add(Rule.SUMMARY_ROOT_CAUSE_MISSING, summary, SITUATION_SUMMARY__ROOT_CAUSES,
					name + "names no root cause.");
		}
		if (summary.getReviewedBy() == null) {
			report.add(Rule.SUMMARY_REVIEWER_MISSING, summary, SITUATION_SUMMARY__REVIEWED_BY,
					name + "does not say who reviewed it.");
		}
		if (summary.getReviewedAt() == null) {
			report.add(Rule.SUMMARY_REVIEWER_MISSING, summary, SITUATION_SUMMARY__REVIEWED_AT,
					name + "does not say when it was reviewed.");
		}
	}

	static void check(ChronologyEvent event, Report report) {
		Instant occurred = event.getOccurredAt();
		if (occurred != null && event.eContainer() != null
				&& event.eContainer().eContainer() instanceof Engagement engagement && engagement.getClosedAt() != null
				&& occurred.isAfter(engagement.getClosedAt())) {
			report.add(Rule.CHRONOLOGY_EVENT_AFTER_CLOSE, event, CHRONOLOGY_EVENT__OCCURRED_AT,
					Names.of(event) + " happened on " + occurred + ", after the engagement was closed on "
							+ engagement.getClosedAt() + "; a new incident is a new engagement.");
		}
	}
}
