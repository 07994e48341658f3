// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.wizards;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.validation.RelatedIncidents;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;

/**
 * What the New Engagement wizard collected.
 *
 * @param title    the situation's title
 * @param customer the customer
 * @param trigger  what triggered the request
 * @param words    the customer's own words
 * @param urgency  urgent (24x7) or business hours
 * @param reason   the reason for engagement, or {@code null}
 * @param advocate the advocate
 * @param criteria the disengagement criteria agreed up front
 */
record NewEngagementRequest(String title, Customer customer, EngagementTrigger trigger, String words, Urgency urgency,
		EngagementReason reason, Person advocate, List<String> criteria) {

	/**
	 * @param repository the repository it goes into (for the next case number)
	 * @param now        when it is opened
	 * @return a new requested engagement, not yet in the repository
	 */
	Engagement create(AdvocacyRepository repository, Instant now) {
		Engagement engagement = AdvocacyFactory.eINSTANCE.createEngagement();
		engagement.setKey(RelatedIncidents.nextKey(repository));
		engagement.setTitle(title);
		engagement.setCustomer(customer);
		engagement.setTrigger(trigger);
		engagement.setCustomerWords(words.isEmpty() ? null : words);
		engagement.setUrgency(urgency);
		engagement.setReason(reason);
		engagement.setAdvocate(advocate);
		engagement.setState(EngagementState.REQUESTED);
		engagement.setOpenedAt(now);
		for (String description : criteria) {
			Criterion criterion = AdvocacyFactory.eINSTANCE.createCriterion();
			criterion.setDescription(description);
			engagement.getDisengagementCriteria().add(criterion);
		}
		return engagement;
	}
}
