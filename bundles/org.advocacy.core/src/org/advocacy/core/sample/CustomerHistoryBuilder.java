// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;

/**
 * Gives every customer the day it became a customer (well before its first engagement), makes two customers without
 * engagements former customers, so the customers-per-engagement metric has a base that grows and shrinks, and gives
 * the managers and engineers of strategic accounts a way to be reached around the clock.
 */
final class CustomerHistoryBuilder {

	private static final int FORMER_CUSTOMERS = 2;

	private final SampleContext context;
	private final ReferenceData reference;

	CustomerHistoryBuilder(SampleContext context, ReferenceData reference) {
		this.context = context;
		this.reference = reference;
	}

	void build(AdvocacyRepository repository) {
		LocalDate today = LocalDate.ofInstant(context.now, ZoneOffset.UTC);
		Map<Customer, LocalDate> firstEngagement = new IdentityHashMap<>();
		for (Engagement engagement : repository.getEngagements()) {
			LocalDate opened = LocalDate.ofInstant(engagement.getOpenedAt(), ZoneOffset.UTC);
			firstEngagement.merge(engagement.getCustomer(), opened, (a, b) -> a.isBefore(b) ? a : b);
		}
		List<Customer> customers = repository.getCustomers();
		int former = 0;
		for (int i = customers.size() - 1; i >= 0; i--) {
			Customer customer = customers.get(i);
			LocalDate first = firstEngagement.getOrDefault(customer, today);
			if (former < FORMER_CUSTOMERS && !firstEngagement.containsKey(customer)) {
				former++;
				LocalDate until = today.minusDays(context.between(30, 300));
				customer.setCustomerUntil(until);
				first = until;
			}
			customer.setCustomerSince(first.minusDays(context.between(180, 3650)));
			if (customer.getSegment() == reference.segments.get(ReferenceData.STRATEGIC)) {
				aroundTheClock(customer);
			}
		}
	}

	private void aroundTheClock(Customer customer) {
		for (CustomerContact contact : customer.getContacts()) {
			if (contact.getAudience() != Audience.ADMINISTRATIVE && contact.getContactPoints().isEmpty()) {
				ContactPoint point = context.factory.createContactPoint();
				boolean manager = contact.getAudience() == Audience.MANAGEMENT;
				point.setChannel(manager ? ContactChannel.MOBILE : ContactChannel.PAGER);
				point.setAddress(manager ? "+1 " + context.between(201, 989) + " 555 02" + context.between(10, 99)
						: "oncall-" + NamePool.slug(customer.getName()).replace('.', '-') + "@pager.example");
				point.setAvailable24x7(true);
				contact.getContactPoints().add(point);
			}
		}
	}
}
