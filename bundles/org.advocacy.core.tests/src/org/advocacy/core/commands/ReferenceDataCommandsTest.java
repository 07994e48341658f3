// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__BUSINESS_UNITS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__PRODUCT_LINES;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REASONS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__SEGMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Audience;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The reference data's edits — adding segments, customers, contacts, reasons, business units and product lines,
 * setting service targets and product lines, removing what nothing names and importing customers — are one undoable
 * command each, and removing something still in use is refused naming where it is used.
 */
class ReferenceDataCommandsTest {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final CustomerSegment strategic = model.segment("Strategic accounts",
			ModelBuilder.target(Urgency.URGENT_24X7, 120, 15));
	private final BusinessUnit cloud = model.businessUnit("Cloud Infrastructure");
	private final ProductLine compute = model.productLine("Northwind Compute", cloud);
	private final ProductLine backup = model.productLine("Backup & Recovery", cloud);
	private final Customer acme = model.customer("Acme Corp", strategic);
	private final EditingDomain domain = CommandCheck.domain();
	private final Usages usages = new Usages(object -> Labels.named((org.eclipse.emf.ecore.EObject) object));

	@Test
	void eachKindOfReferenceDataIsAddedToItsListUnderItsName() {
		CustomerSegment segment = FACTORY.createCustomerSegment();
		segment.setName("Enterprise");
		Command command = ReferenceDataCommands.add(domain, repository, segment);
		assertEquals("Add segment Enterprise", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertSame(segment, repository.getSegments().get(1));

		EngagementReason reason = FACTORY.createEngagementReason();
		reason.setName("Outage");
		executesUndoesAndRedoes(domain, repository, ReferenceDataCommands.add(domain, repository, reason));
		assertEquals(List.of(reason), repository.getReasons());

		BusinessUnit unit = FACTORY.createBusinessUnit();
		executesUndoesAndRedoes(domain, repository, ReferenceDataCommands.add(domain, repository, unit));
		ProductLine line = FACTORY.createProductLine();
		line.setName("Payroll");
		line.setBusinessUnit(unit);
		executesUndoesAndRedoes(domain, repository, ReferenceDataCommands.add(domain, repository, line));
		assertEquals(List.of(compute, backup, line), repository.getProductLines());

		Customer customer = FACTORY.createCustomer();
		customer.setName("Globex");
		assertEquals("Add customer Globex", ReferenceDataCommands.add(domain, repository, customer).getLabel());
	}

	@Test
	void aContactAndItsTwentyFourSevenNumberAreAddedToTheirCustomer() {
		CustomerContact contact = FACTORY.createCustomerContact();
		contact.setName("Ben Ode");
		Command addContact = ReferenceDataCommands.add(domain, acme, contact);

		assertEquals("Add contact Ben Ode to customer Acme Corp", addContact.getLabel());
		executesUndoesAndRedoes(domain, repository, addContact);
		assertEquals(List.of(contact), acme.getContacts());

		ContactPoint mobile = FACTORY.createContactPoint();
		mobile.setChannel(ContactChannel.MOBILE);
		mobile.setAddress("+1 555 0101");
		mobile.setAvailable24x7(true);
		executesUndoesAndRedoes(domain, repository, ReferenceDataCommands.add(domain, contact, mobile));
		assertTrue(contact.getContactPoints().get(0).isAvailable24x7());
	}

	@Test
	void anObjectOfAKindTheOwnerDoesNotHoldIsRefusedBeforeAnythingIsBuilt() {
		assertThrows(IllegalArgumentException.class,
				() -> ReferenceDataCommands.add(domain, acme, FACTORY.createCustomerSegment()));
	}

	@Test
	void aServiceTargetIsChangedAddedWithTheDefaultsThatApplyOrRemoved() {
		model.defaultTarget(Urgency.BUSINESS_HOURS, 480, 60);
		Command change = ReferenceDataCommands.serviceTarget(domain, strategic, Urgency.URGENT_24X7, 60, null);
		assertEquals("Set service target of segment Strategic accounts for Urgent (24x7)", change.getLabel());
		executesUndoesAndRedoes(domain, repository, change);
		ServiceTarget urgent = strategic.getTargets().get(0);
		assertEquals(60, urgent.getUpdateCadenceMinutes());
		assertEquals(15, urgent.getEscalationTimeoutMinutes(), "the value not given is kept");

		executesUndoesAndRedoes(domain, repository,
				ReferenceDataCommands.serviceTarget(domain, strategic, Urgency.BUSINESS_HOURS, null, 30));
		ServiceTarget business = strategic.getTargets().get(1);
		assertEquals(Urgency.BUSINESS_HOURS, business.getUrgency());
		assertEquals(30, business.getEscalationTimeoutMinutes());
		assertEquals(480, business.getUpdateCadenceMinutes(), "a new target starts at the repository's default");

		Command remove = ReferenceDataCommands.serviceTarget(domain, strategic, Urgency.URGENT_24X7, null, null);
		assertEquals("Remove service target of segment Strategic accounts for Urgent (24x7)", remove.getLabel());
		executesUndoesAndRedoes(domain, repository, remove);
		assertEquals(List.of(business), strategic.getTargets());

		assertFalse(ReferenceDataCommands.serviceTarget(domain, strategic, Urgency.BUSINESS_HOURS, 480, 30)
				.canExecute(), "a change to the same values changes nothing");
		assertFalse(ReferenceDataCommands.serviceTarget(domain, strategic, Urgency.URGENT_24X7, null, null)
				.canExecute(), "there is no urgent target left to remove");
	}

	@Test
	void theRepositorysDefaultTargetsStartAtTheBuiltInDefaults() {
		executesUndoesAndRedoes(domain, repository,
				ReferenceDataCommands.serviceTarget(domain, repository, Urgency.URGENT_24X7, 240, null));
		ServiceTarget target = repository.getDefaultTargets().get(0);
		assertEquals(240, target.getUpdateCadenceMinutes());
		assertEquals(15, target.getEscalationTimeoutMinutes());
	}

	@Test
	void aCustomersProductLinesAreSetAsOneCommand() {
		Command command = ReferenceDataCommands.productLines(domain, acme, List.of(backup, compute));
		assertEquals("Product lines of customer Acme Corp", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(List.of(backup, compute), acme.getProductLines());
		assertFalse(ReferenceDataCommands.productLines(domain, acme, List.of(backup, compute)).canExecute());
	}

	@Test
	void whatNothingNamesIsRemovedAndWhatIsInUseIsRefusedNamingWhere() {
		EngagementReason unused = model.reason("Billing");
		Edit removed = FeatureCommands.removeUnlessUsed(domain, repository, ADVOCACY_REPOSITORY__REASONS,
				List.of(unused), usages);
		assertEquals("Remove reason Billing", removed.command().getLabel());
		executesUndoesAndRedoes(domain, repository, removed.command());

		Edit segment = FeatureCommands.removeUnlessUsed(domain, repository, ADVOCACY_REPOSITORY__SEGMENTS,
				List.of(strategic), usages);
		assertFalse(segment.accepted());
		assertEquals("segment Strategic accounts is still named in customer Acme Corp. Choose someone or something"
				+ " else there first; removing it would leave those places empty.", segment.refusal());

		acme.getProductLines().add(backup);
		assertTrue(FeatureCommands.removeUnlessUsed(domain, repository, ADVOCACY_REPOSITORY__PRODUCT_LINES,
				List.of(backup), usages).refusal().contains("customer Acme Corp"));
		assertTrue(FeatureCommands.removeUnlessUsed(domain, repository, ADVOCACY_REPOSITORY__BUSINESS_UNITS,
				List.of(cloud), usages).refusal().contains("product line Northwind Compute; product line Backup"),
				"a business unit is named by its product lines");

		model.engagement("ADV-0042", acme, EngagementState.ENGAGED, Instant.parse("2026-11-20T14:30:00Z"));
		assertTrue(FeatureCommands.removeUnlessUsed(domain, repository, ADVOCACY_REPOSITORY__CUSTOMERS,
				List.of(acme), usages).refusal().contains("engagement ADV-0042"));
		assertEquals(List.of(acme), repository.getCustomers(), "nothing was removed");

		CustomerContact contact = FACTORY.createCustomerContact();
		contact.setName("Ben Ode");
		acme.getContacts().add(contact);
		Edit contactRemoved = FeatureCommands.removeUnlessUsed(domain, acme, CUSTOMER__CONTACTS, List.of(contact),
				usages);
		assertNull(contactRemoved.refusal());
		executesUndoesAndRedoes(domain, repository, contactRemoved.command());
	}

	@Test
	void aCustomerFileUpdatesKnownCustomersAndAddsNewOnesAsOneCommand() {
		Person ana = model.person("Ana Lima");
		CustomerContact ben = FACTORY.createCustomerContact();
		ben.setName("Ben Ode");
		ben.setEmail("ben.ode@acme.example");
		acme.getContacts().add(ben);
		List<CustomerRow> rows = List.of(
				new CustomerRow(2, "ACME corp", null, cloud, List.of(compute), ana, LocalDate.of(2019, 4, 1), null,
						true, new ContactRow("Benjamin Ode", "CIO", Audience.MANAGEMENT, "BEN.ODE@acme.example", null,
								"+1 555 0101", true)),
				new CustomerRow(3, "Acme Corp", null, null, List.of(), null, null, null, null,
						new ContactRow("Cy Diaz", null, Audience.ENGINEER, null, "+1 555 0200", null, null)),
				new CustomerRow(4, "Globex", strategic, null, List.of(backup), null, null, null, null, null));
		Command command = ReferenceDataCommands.importCustomers(domain, repository, "Import customers from c.csv",
				rows);

		assertEquals("Import customers from c.csv", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(2, repository.getCustomers().size());
		assertEquals("ACME corp", acme.getName(), "matched ignoring case, named as the file spells it");
		assertSame(strategic, acme.getSegment(), "a value not given is left as it was");
		assertSame(cloud, acme.getBusinessUnit());
		assertEquals(List.of(compute), acme.getProductLines());
		assertSame(ana, acme.getAccountOwner());
		assertEquals(LocalDate.of(2019, 4, 1), acme.getCustomerSince());
		assertTrue(acme.isEscalationRequested());
		assertEquals(2, acme.getContacts().size());
		assertSame(ben, acme.getContacts().get(0), "matched by e-mail, ignoring case");
		assertEquals("Benjamin Ode", ben.getName());
		assertEquals("+1 555 0101", ben.getContactPoints().get(0).getAddress());
		assertTrue(ben.getContactPoints().get(0).isAvailable24x7());
		CustomerContact cy = acme.getContacts().get(1);
		assertEquals(Audience.ENGINEER, cy.getAudience());
		assertEquals("+1 555 0200", cy.getPhone());
		Customer globex = repository.getCustomers().get(1);
		assertEquals("Globex", globex.getName());
		assertSame(strategic, globex.getSegment());
		assertEquals(List.of(backup), globex.getProductLines());
	}

	@Test
	void aCustomerFileThatChangesNothingIsAnIdentityCommand() {
		Command command = ReferenceDataCommands.importCustomers(domain, repository, "Import",
				List.of(new CustomerRow(2, "Acme Corp", strategic, null, List.of(), null, null, null, null, null)));
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
		assertEquals(List.of(acme), repository.getCustomers());
	}
}
