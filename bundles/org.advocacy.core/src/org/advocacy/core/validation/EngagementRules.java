// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__CONFIRMED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CLOSED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_AGREED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__KEY;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__OPENED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__RELATED_ENGAGEMENTS;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;

/**
 * Rules on engagements and their criteria: a case number that is unique, the requirements of the engagement's
 * state ({@link StateRequirements}), a closing date exactly when the engagement is closed or declined, dates in
 * order, and no engagement related to itself (a similar but separate incident is a <em>new</em> engagement linked
 * to the old one).
 */
final class EngagementRules {

	private EngagementRules() {
	}

	static void check(Engagement engagement, Report report) {
		String name = Names.engagement(engagement);
		String key = engagement.getKey();
		if (key == null || key.isBlank()) {
			report.add(Rule.ENGAGEMENT_KEY_MISSING, engagement, ENGAGEMENT__KEY, name + " has no case number.");
		}
		Instant opened = engagement.getOpenedAt();
		if (opened == null) {
			report.add(Rule.ENGAGEMENT_OPENED_AT_MISSING, engagement, ENGAGEMENT__OPENED_AT,
					name + " has no opening date.");
		}
		EngagementState state = engagement.getState();
		StateRequirements.check(engagement, state, report);
		checkClosing(engagement, name, state, opened, report);
		Instant agreed = engagement.getCriteriaAgreedAt();
		if (opened != null && agreed != null && agreed.isBefore(opened)) {
			report.add(Rule.ENGAGEMENT_CRITERIA_AGREED_BEFORE_OPENED, engagement, ENGAGEMENT__CRITERIA_AGREED_AT,
					name + " has its criteria agreed on " + agreed + ", before it was opened on " + opened + ".");
		}
		if (engagement.getRelatedEngagements().contains(engagement)) {
			report.add(Rule.ENGAGEMENT_RELATED_TO_ITSELF, engagement, ENGAGEMENT__RELATED_ENGAGEMENTS,
					name + " is listed as related to itself; link a similar incident to the earlier engagement instead.");
		}
	}

	private static void checkClosing(Engagement engagement, String name, EngagementState state, Instant opened,
			Report report) {
		Instant closed = engagement.getClosedAt();
		boolean closedState = state == EngagementState.RETURNED_TO_SOP || state == EngagementState.DECLINED;
		if (closedState && closed == null) {
			report.add(Rule.ENGAGEMENT_CLOSED_AT_MISSING, engagement, ENGAGEMENT__CLOSED_AT,
					name + (state == EngagementState.DECLINED ? " was declined" : " has returned to standard operations")
							+ " but has no closing date.");
		} else if (!closedState && closed != null) {
			report.add(Rule.ENGAGEMENT_CLOSED_AT_WHILE_OPEN, engagement, ENGAGEMENT__CLOSED_AT,
					name + " has a closing date (" + closed + ") but is still open (" + state + ").");
		}
		if (opened != null && closed != null && closed.isBefore(opened)) {
			report.add(Rule.ENGAGEMENT_CLOSED_BEFORE_OPENED, engagement, ENGAGEMENT__CLOSED_AT,
					name + " was closed on " + closed + ", before it was opened on " + opened + ".");
		}
	}

	static void check(Criterion criterion, Report report) {
		Instant met = criterion.getMetAt();
		Instant confirmed = criterion.getConfirmedAt();
		if (met != null && confirmed != null && confirmed.isBefore(met)) {
			report.add(Rule.CRITERION_CONFIRMED_BEFORE_MET, criterion, CRITERION__CONFIRMED_AT,
					Names.of(criterion) + " was confirmed by the customer on " + confirmed + ", before it was met on "
							+ met + ".");
		}
	}

	/** Reports every engagement whose case number an earlier engagement of the repository already has. */
	static void check(AdvocacyRepository repository, Report report) {
		Map<String, Engagement> byKey = new HashMap<>(repository.getEngagements().size() * 2);
		for (Engagement engagement : repository.getEngagements()) {
			String key = engagement.getKey();
			if (key == null || key.isBlank()) {
				continue;
			}
			Engagement first = byKey.putIfAbsent(key, engagement);
			if (first != null) {
				report.add(Rule.ENGAGEMENT_KEY_DUPLICATE, engagement, ENGAGEMENT__KEY, Names.engagement(engagement)
						+ " has the same case number as " + Names.engagement(first) + "; give it a new one.", first);
			}
		}
	}
}
