// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.ProductLine;

/**
 * Builds the customer base: plausible companies spread over all segments, with revenue in the segment's range,
 * the owning business unit, the product lines bought, an account executive from sales and two to four
 * contacts for the three audiences. A few strategic customers have a standing escalation request.
 */
final class CustomerBuilder {

	/** The curated names per segment: 8 strategic, 12 enterprise, 12 commercial, 8 small business. */
	private static final int[] CURATED_SEGMENT_SIZES = { 8, 12, 12, 8 };
	/** The segments of every ten curated customers, so that any prefix of 10 or more covers all segments. */
	private static final int[] CURATED_PATTERN = { 0, 1, 2, 1, 2, 3, 0, 1, 2, 3 };
	/** Segment weights of composed customers beyond the curated ones. */
	private static final int[] SEGMENT_WEIGHTS = { 10, 25, 35, 30 };
	/** Annual revenue range per segment, in thousands of dollars. */
	private static final int[][] REVENUE = { { 5_000, 40_000 }, { 1_000, 5_000 }, { 150, 1_000 }, { 12, 150 } };

	private final SampleContext context;
	private final ReferenceData reference;
	private final Staff staff;

	/** The customers per segment, in the order of {@link ReferenceData#segments}. */
	final List<List<Customer>> bySegment = new ArrayList<>();

	CustomerBuilder(SampleContext context, ReferenceData reference, Staff staff) {
		this.context = context;
		this.reference = reference;
		this.staff = staff;
		for (int i = 0; i < reference.segments.size(); i++) {
			bySegment.add(new ArrayList<>());
		}
	}

	/** @return the number of customers for a sample with the given number of engagements */
	static int customerCount(int engagementCount) {
		return Math.max(30, engagementCount / 10);
	}

	void build(AdvocacyRepository repository, int count) {
		int[] used = new int[CURATED_SEGMENT_SIZES.length];
		for (int n = 0; n < count; n++) {
			boolean curated = n < NamePool.COMPANIES.length;
			int segment = curated ? CURATED_PATTERN[n % CURATED_PATTERN.length] : context.weighted(SEGMENT_WEIGHTS);
			String name = curated ? NamePool.COMPANIES[curatedOffset(segment) + used[segment]++] : NamePool.company(n);
			Customer customer = customer(n, name, segment);
			repository.getCustomers().add(customer);
			bySegment.get(segment).add(customer);
		}
	}

	private static int curatedOffset(int segment) {
		int offset = 0;
		for (int i = 0; i < segment; i++) {
			offset += CURATED_SEGMENT_SIZES[i];
		}
		return offset;
	}

	private Customer customer(int n, String name, int segment) {
		Customer customer = context.factory.createCustomer();
		customer.setName(name);
		customer.setSegment(reference.segments.get(segment));
		int[] revenue = REVENUE[segment];
		customer.setAnnualRevenue(BigDecimal.valueOf(context.between(revenue[0], revenue[1]) * 1000L));
		int unitIndex = context.random.nextInt(reference.businessUnits.size());
		BusinessUnit unit = reference.businessUnits.get(unitIndex);
		customer.setBusinessUnit(unit);
		List<ProductLine> lines = reference.productLines.get(unitIndex);
		int bought = segment == ReferenceData.SMALL_BUSINESS ? 1 : context.between(1, Math.min(3, lines.size()));
		int first = context.random.nextInt(lines.size());
		for (int i = 0; i < bought; i++) {
			customer.getProductLines().add(lines.get((first + i) % lines.size()));
		}
		if (segment == ReferenceData.STRATEGIC) {
			// strategic accounts buy across business units
			List<ProductLine> other = reference.productLines.get((unitIndex + 1) % reference.productLines.size());
			customer.getProductLines().add(context.pick(other));
		}
		int executives = staff.accountExecutives.size();
		customer.setAccountOwner(segment <= ReferenceData.ENTERPRISE ? staff.accountExecutives.get(n % 4)
				: staff.accountExecutives.get(4 + n % (executives - 4)));
		String domain = NamePool.domain(name);
		contact(customer, domain, Audience.MANAGEMENT, NamePool.MANAGEMENT_TITLES);
		contact(customer, domain, Audience.ENGINEER, NamePool.ENGINEER_TITLES);
		if (context.chance(0.7)) {
			contact(customer, domain, Audience.ADMINISTRATIVE, NamePool.ADMINISTRATIVE_TITLES);
		}
		if (segment <= ReferenceData.ENTERPRISE && context.chance(0.5)) {
			contact(customer, domain, Audience.MANAGEMENT, NamePool.MANAGEMENT_TITLES);
		}
		boolean escalation = segment == ReferenceData.STRATEGIC && (n % 3 == 0 || context.chance(0.1));
		customer.setEscalationRequested(escalation);
		if (escalation) {
			customer.setNotes("Standing escalation request from the customer's CIO: our VP of Customer Support "
					+ "is to be informed of any Severity 1 incident or advocate engagement.");
		} else if (segment == ReferenceData.STRATEGIC) {
			customer.setNotes("Quarterly business review; executive sponsor is our VP of Worldwide Sales.");
		}
		return customer;
	}

	private void contact(Customer customer, String domain, Audience audience, String[] titles) {
		String first = context.pick(NamePool.FIRST_NAMES);
		String last = context.pick(NamePool.LAST_NAMES);
		CustomerContact contact = context.factory.createCustomerContact();
		contact.setName(first + " " + last);
		contact.setTitle(context.pick(titles));
		contact.setAudience(audience);
		contact.setEmail(NamePool.slug(first) + "." + NamePool.slug(last.replace("'", "")) + "@" + domain);
		contact.setPhone("+1 " + context.between(201, 989) + " 555 01" + context.between(10, 99));
		customer.getContacts().add(contact);
	}
}
