// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.StatusColour;

/** Builds small hand-made repositories for the review tests: each method adds one model object and returns it. */
final class ReviewFixture {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	final AdvocacyRepository repository = FACTORY.createAdvocacyRepository();
	private int nextKey = 1;

	CustomerSegment segment(String name) {
		CustomerSegment segment = FACTORY.createCustomerSegment();
		segment.setName(name);
		repository.getSegments().add(segment);
		return segment;
	}

	BusinessUnit businessUnit(String name) {
		BusinessUnit unit = FACTORY.createBusinessUnit();
		unit.setName(name);
		repository.getBusinessUnits().add(unit);
		return unit;
	}

	ProductLine productLine(String name, BusinessUnit unit) {
		ProductLine line = FACTORY.createProductLine();
		line.setName(name);
		line.setBusinessUnit(unit);
		repository.getProductLines().add(line);
		return line;
	}

	EngagementReason reason(String name) {
		EngagementReason reason = FACTORY.createEngagementReason();
		reason.setName(name);
		repository.getReasons().add(reason);
		return reason;
	}

	Customer customer(String name, CustomerSegment segment, BusinessUnit unit, ProductLine... lines) {
		Customer customer = FACTORY.createCustomer();
		customer.setName(name);
		customer.setSegment(segment);
		customer.setBusinessUnit(unit);
		customer.getProductLines().addAll(List.of(lines));
		repository.getCustomers().add(customer);
		return customer;
	}

	/** An engagement about a product line (and its business unit), keyed ADV-0001, ADV-0002, ... */
	Engagement engagement(Customer customer, EngagementReason reason, ProductLine line, EngagementState state,
			String openedAt, String closedAt) {
		Engagement engagement = FACTORY.createEngagement();
		engagement.setKey(String.format("ADV-%04d", nextKey++));
		engagement.setCustomer(customer);
		engagement.setReason(reason);
		engagement.setProductLine(line);
		engagement.setBusinessUnit(line == null ? null : line.getBusinessUnit());
		engagement.setState(state);
		engagement.setOpenedAt(Instant.parse(openedAt));
		engagement.setClosedAt(closedAt == null ? null : Instant.parse(closedAt));
		repository.getEngagements().add(engagement);
		return engagement;
	}

	/** An engagement for the agenda tests, where only state, colour, advocate and dates matter. */
	Engagement engagement(EngagementState state, StatusColour status, Person advocate, String openedAt,
			String closedAt) {
		Engagement engagement = engagement(null, null, null, state, openedAt, closedAt);
		if (status != null) {
			ColourOverride colour = FACTORY.createColourOverride();
			colour.setColour(status);
			colour.setReason("Set for the test");
			engagement.setColourOverride(colour);
		}
		engagement.setAdvocate(advocate);
		return engagement;
	}

	static void effort(Engagement engagement, double hours, String hourlyRate) {
		EffortEntry entry = FACTORY.createEffortEntry();
		entry.setHours(hours);
		entry.setHourlyRate(new BigDecimal(hourlyRate));
		entry.setDate(LocalDate.ofInstant(engagement.getOpenedAt(), ZoneOffset.UTC));
		engagement.getEffortEntries().add(entry);
	}

	static void expense(Engagement engagement, String amount) {
		Expense expense = FACTORY.createExpense();
		expense.setAmount(new BigDecimal(amount));
		engagement.getExpenses().add(expense);
	}

	Person person(String name) {
		Person person = FACTORY.createPerson();
		person.setName(name);
		return person;
	}

	ManagementReview review(String heldOn) {
		ManagementReview review = FACTORY.createManagementReview();
		review.setHeldOn(Instant.parse(heldOn));
		repository.getReviews().add(review);
		return review;
	}

	static ReviewItem item(ManagementReview review, Engagement engagement, ReviewItemKind kind, boolean confirmed) {
		ReviewItem item = FACTORY.createReviewItem();
		item.setEngagement(engagement);
		item.setKind(kind);
		item.setClosureConfirmed(confirmed);
		review.getItems().add(item);
		return item;
	}
}
