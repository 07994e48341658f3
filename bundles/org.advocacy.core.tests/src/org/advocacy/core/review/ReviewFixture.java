// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;
import org.advocacy.model.StatusColour;

/**
 * Scenarios for the review tests over a {@link ModelBuilder}: customers with their business unit and product lines,
 * engagements keyed ADV-0001, ADV-0002, ... with dates written as instants, and the effort and expenses a cost roll-up
 * sums.
 */
final class ReviewFixture {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	final ModelBuilder model = new ModelBuilder();
	final AdvocacyRepository repository = model.repository();

	Customer customer(String name, CustomerSegment segment, BusinessUnit unit, ProductLine... lines) {
		Customer customer = model.customer(name, segment);
		customer.setBusinessUnit(unit);
		customer.getProductLines().addAll(List.of(lines));
		return customer;
	}

	/** An engagement about a product line (and its business unit). */
	Engagement engagement(Customer customer, EngagementReason reason, ProductLine line, EngagementState state,
			String openedAt, String closedAt) {
		Engagement engagement = model.engagement(customer, state, Instant.parse(openedAt));
		engagement.setReason(reason);
		engagement.setProductLine(line);
		engagement.setBusinessUnit(line == null ? null : line.getBusinessUnit());
		engagement.setClosedAt(closedAt == null ? null : Instant.parse(closedAt));
		return engagement;
	}

	/** An engagement for the agenda tests, where only state, colour, advocate and dates matter. */
	Engagement engagement(EngagementState state, StatusColour status, Person advocate, String openedAt,
			String closedAt) {
		Engagement engagement = engagement(null, null, null, state, openedAt, closedAt);
		if (status != null) {
			ColourOverride colour = AdvocacyFactory.eINSTANCE.createColourOverride();
			colour.setColour(status);
			colour.setReason("Set for the test");
			engagement.setColourOverride(colour);
		}
		engagement.setAdvocate(advocate);
		return engagement;
	}

	/** Effort booked on the day the engagement opened. */
	static void effort(Engagement engagement, double hours, String hourlyRate) {
		ModelBuilder.effort(engagement, null, LocalDate.ofInstant(engagement.getOpenedAt(), ZoneOffset.UTC), hours,
				hourlyRate);
	}

	static void expense(Engagement engagement, String amount) {
		ModelBuilder.expense(engagement, null, null, amount);
	}

	ManagementReview review(String heldOn) {
		return model.review(Instant.parse(heldOn));
	}
}
