// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CLOSE_OUT_CONFIRMATION;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_CONFIRMATION;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_DAYS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_START;

import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.eclipse.emf.ecore.EReference;

/**
 * Rules on mutual understanding with the customer and on what is offered to them: an agreement (the criteria, the
 * close-out) is recorded with the update or call in which the customer confirmed it, having repeated back their
 * understanding in their own words; an offer on free trial has a first day and a length, so its switch-off date is
 * known.
 */
final class UnderstandingRules {

	private UnderstandingRules() {
	}

	static void check(Engagement engagement, Report report) {
		String name = Names.engagement(engagement);
		if (engagement.getCriteriaAgreedAt() != null) {
			confirmation(engagement, ENGAGEMENT__CRITERIA_CONFIRMATION, Rule.CRITERIA_CONFIRMATION_MISSING,
					name + " has its criteria agreed but no update or call in which the customer confirmed them; "
							+ "record it, ideally with the customer repeating them back in their own words.",
					"the criteria", report);
		}
		if (engagement.getState() == EngagementState.RETURNED_TO_SOP) {
			confirmation(engagement, ENGAGEMENT__CLOSE_OUT_CONFIRMATION, Rule.CLOSE_OUT_CONFIRMATION_MISSING,
					name + " has returned to standard operations but no update or call in which the customer agreed "
							+ "to close it is recorded.",
					"the close-out", report);
		}
	}

	private static void confirmation(Engagement engagement, EReference feature, Rule missing, String message,
			String what, Report report) {
		CustomerCommunication confirmation = (CustomerCommunication) engagement.eGet(feature);
		if (confirmation == null) {
			report.add(missing, engagement, feature, message);
		} else if (!confirmation.isCustomerRepeatedBack()) {
			report.add(Rule.CONFIRMATION_NOT_REPEATED_BACK, engagement, feature,
					Names.engagement(engagement) + " has " + what + " confirmed in the update " + Names.quoted(confirmation.getSubject())
							+ ", but the customer did not repeat back their understanding there; until they say it "
							+ "in their own words, we have not been heard.",
					confirmation);
		}
	}

	static void check(Offer offer, Report report) {
		if (offer.getTrialDays() <= 0) {
			report.add(Rule.OFFER_TRIAL_DAYS_NOT_POSITIVE, offer, OFFER__TRIAL_DAYS,
					Names.of(offer) + " has a free trial of " + offer.getTrialDays() + " days; give it a length.");
		}
		if (offer.getStatus() == OfferStatus.TRIAL && offer.getTrialStart() == null) {
			report.add(Rule.OFFER_TRIAL_START_MISSING, offer, OFFER__TRIAL_START,
					Names.of(offer) + " is on free trial but has no first day, so nobody knows when it is switched off.");
		}
	}
}
