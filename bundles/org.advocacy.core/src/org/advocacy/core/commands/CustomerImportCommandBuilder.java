// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS;
import static org.advocacy.model.AdvocacyPackage.Literals.CONTACT_POINT__ADDRESS;
import static org.advocacy.model.AdvocacyPackage.Literals.CONTACT_POINT__AVAILABLE24X7;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__AUDIENCE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__CONTACT_POINTS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__EMAIL;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__NAME;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__PHONE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_CONTACT__TITLE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__ACCOUNT_OWNER;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__BUSINESS_UNIT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__CONTACTS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__CUSTOMER_SINCE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__CUSTOMER_UNTIL;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__ESCALATION_REQUESTED;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__NAME;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__PRODUCT_LINES;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__SEGMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the command of {@link ReferenceDataCommands#importCustomers}: changes to known customers and their contacts
 * first, then the new customers (complete with their contacts) in one addition. Nothing changes until the command is
 * executed, and undoing it restores the repository.
 */
final class CustomerImportCommandBuilder {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final EditingDomain domain;
	private final AdvocacyRepository repository;
	private final CompoundCommand command;
	private final List<Customer> newCustomers = new ArrayList<>();

	CustomerImportCommandBuilder(EditingDomain domain, AdvocacyRepository repository, String label) {
		this.domain = domain;
		this.repository = repository;
		this.command = new CompoundCommand(label);
	}

	/** @return the command; an identity command when the rows change nothing */
	Command build(List<CustomerRow> rows) {
		Map<String, List<CustomerRow>> rowsByCustomer = ImportKeys.group(rows,
				row -> CustomerRow.customerKey(row.name()));
		Map<String, Customer> known = ImportKeys.index(repository.getCustomers(), Customer::getName,
				CustomerRow::customerKey);
		rowsByCustomer.forEach((key, customerRows) -> {
			CustomerRow merged = merge(customerRows);
			Customer customer = known.get(key);
			if (customer == null) {
				newCustomers.add(newCustomer(merged, customerRows));
			} else {
				update(customer, merged, customerRows);
			}
		});
		if (!newCustomers.isEmpty()) {
			command.append(new AddCommand(domain, repository, ADVOCACY_REPOSITORY__CUSTOMERS, newCustomers));
		}
		return command.isEmpty() ? new IdentityCommand(command.getLabel()) : command;
	}

	/** @return the customer's values given on any of its rows (the first row that gives each, as checked) */
	private static CustomerRow merge(List<CustomerRow> rows) {
		CustomerRow first = rows.get(0);
		return new CustomerRow(first.line(), first.name(), firstGiven(rows, CustomerRow::segment),
				firstGiven(rows, CustomerRow::businessUnit),
				rows.stream().map(CustomerRow::productLines).filter(lines -> !lines.isEmpty()).findFirst()
						.orElse(List.of()),
				firstGiven(rows, CustomerRow::accountOwner), firstGiven(rows, CustomerRow::customerSince),
				firstGiven(rows, CustomerRow::customerUntil), firstGiven(rows, CustomerRow::escalationRequested), null);
	}

	private static <T> T firstGiven(List<CustomerRow> rows, Function<CustomerRow, T> value) {
		return rows.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static Customer newCustomer(CustomerRow values, List<CustomerRow> rows) {
		Customer customer = FACTORY.createCustomer();
		customer.setName(values.name());
		customer.setSegment(values.segment());
		customer.setBusinessUnit(values.businessUnit());
		customer.getProductLines().addAll(values.productLines());
		customer.setAccountOwner(values.accountOwner());
		customer.setCustomerSince(values.customerSince());
		customer.setCustomerUntil(values.customerUntil());
		customer.setEscalationRequested(Boolean.TRUE.equals(values.escalationRequested()));
		for (CustomerRow row : rows) {
			if (row.contact() != null) {
				customer.getContacts().add(newContact(row.contact()));
			}
		}
		return customer;
	}

	private void update(Customer customer, CustomerRow values, List<CustomerRow> rows) {
		set(customer, CUSTOMER__NAME, values.name());
		set(customer, CUSTOMER__SEGMENT, values.segment());
		set(customer, CUSTOMER__BUSINESS_UNIT, values.businessUnit());
		if (!values.productLines().isEmpty() && !values.productLines().equals(customer.getProductLines())) {
			command.append(new SetCommand(domain, customer, CUSTOMER__PRODUCT_LINES, values.productLines()));
		}
		set(customer, CUSTOMER__ACCOUNT_OWNER, values.accountOwner());
		set(customer, CUSTOMER__CUSTOMER_SINCE, values.customerSince());
		set(customer, CUSTOMER__CUSTOMER_UNTIL, values.customerUntil());
		set(customer, CUSTOMER__ESCALATION_REQUESTED, values.escalationRequested());
		List<CustomerContact> added = new ArrayList<>();
		for (CustomerRow row : rows) {
			if (row.contact() == null) {
				continue;
			}
			CustomerContact existing = customer.getContacts().stream().filter(row.contact()::matches).findFirst()
					.orElse(null);
			if (existing == null) {
				added.add(newContact(row.contact()));
			} else {
				update(existing, row.contact());
			}
		}
		if (!added.isEmpty()) {
			command.append(new AddCommand(domain, customer, CUSTOMER__CONTACTS, added));
		}
	}

	private static CustomerContact newContact(ContactRow row) {
		CustomerContact contact = FACTORY.createCustomerContact();
		contact.setName(row.name());
		contact.setTitle(row.title());
		if (row.audience() != null) {
			contact.setAudience(row.audience());
		}
		contact.setEmail(row.email());
		contact.setPhone(row.phone());
		if (row.mobile() != null) {
			contact.getContactPoints().add(mobile(row));
		}
		return contact;
	}

	private static ContactPoint mobile(ContactRow row) {
		ContactPoint point = FACTORY.createContactPoint();
		point.setChannel(ContactChannel.MOBILE);
		point.setAddress(row.mobile());
		point.setAvailable24x7(Boolean.TRUE.equals(row.available24x7()));
		return point;
	}

	private void update(CustomerContact contact, ContactRow row) {
		set(contact, CUSTOMER_CONTACT__NAME, row.name());
		set(contact, CUSTOMER_CONTACT__TITLE, row.title());
		set(contact, CUSTOMER_CONTACT__AUDIENCE, row.audience());
		set(contact, CUSTOMER_CONTACT__EMAIL, row.email());
		set(contact, CUSTOMER_CONTACT__PHONE, row.phone());
		if (row.mobile() == null) {
			return;
		}
		ContactPoint mobile = contact.getContactPoints().stream()
				.filter(point -> point.getChannel() == ContactChannel.MOBILE).findFirst().orElse(null);
		if (mobile == null) {
			command.append(new AddCommand(domain, contact, CUSTOMER_CONTACT__CONTACT_POINTS, mobile(row)));
		} else {
			set(mobile, CONTACT_POINT__ADDRESS, row.mobile());
			set(mobile, CONTACT_POINT__AVAILABLE24X7, row.available24x7());
		}
	}

	/** Sets a value the row gives, when it differs from the object's. */
	private void set(EObject owner, EStructuralFeature feature, Object value) {
		if (value != null && !Objects.equals(owner.eGet(feature), value)) {
			command.append(new SetCommand(domain, owner, feature, value));
		}
	}
}
