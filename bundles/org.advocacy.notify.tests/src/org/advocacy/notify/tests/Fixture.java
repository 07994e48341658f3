// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.model.Urgency;

/**
 * A small repository saved to a file: an urgent engagement for a customer with a non-ASCII name, escalated to the
 * database area whose ladder has a primary, a backup and a vice president, an advocate with a 24x7 mobile, and
 * notification settings pointing at the test's mail server.
 */
final class Fixture {

	static final AdvocacyFactory F = AdvocacyFactory.eINSTANCE;

	/** When the escalation started: the primary's step is due at once. */
	static final Instant T0 = Instant.parse("2026-03-10T01:00:00Z");

	final AdvocacyRepository repository = F.createAdvocacyRepository();
	final Person advocate = person("Zoë Ångström", "zoe@example.com", "+49 170 0000001", "Europe/Berlin");
	final Person primary = person("Bob Ott", "bob@example.com", "+1 555 0101", "America/New_York");
	final Person backup = person("Ana Lee", "ana@example.com", "+1 555 0102", "America/New_York");
	final Person vicePresident = person("Dana Vice", "dana@example.com", "+1 555 0199", "America/New_York");
	final Engagement engagement = F.createEngagement();
	final Escalation escalation = F.createEscalation();
	final Customer customer = F.createCustomer();
	final CustomerContact customerContact = F.createCustomerContact();
	final NotificationSettings settings = F.createNotificationSettings();

	Fixture(int smtpPort) {
		repository.setName("Test");
		Organization organization = F.createOrganization();
		repository.setOrganization(organization);
		organization.getPeople().add(advocate);
		organization.getPeople().add(primary);
		organization.getPeople().add(backup);
		organization.getPeople().add(vicePresident);
		advocate.setAdvocate(true);
		advocate.setTitle("Customer Advocate");
		FunctionalArea area = F.createFunctionalArea();
		area.setName("Database");
		organization.getAreas().add(area);
		area.getLadder().add(rung(EscalationLevel.PRIMARY, primary));
		area.getLadder().add(rung(EscalationLevel.BACKUP, backup));
		area.getLadder().add(rung(EscalationLevel.VICE_PRESIDENT, vicePresident));

		customer.setName("Müller & Söhne GmbH");
		customerContact.setName("Jürgen Müller");
		customerContact.setEmail("juergen@mueller.example");
		customer.getContacts().add(customerContact);
		repository.getCustomers().add(customer);

		engagement.setKey("ADV-0042");
		engagement.setTitle("Orders not processing since the upgrade");
		engagement.setCustomer(customer);
		engagement.setAdvocate(advocate);
		engagement.setUrgency(Urgency.URGENT_24X7);
		engagement.setState(EngagementState.ENGAGED);
		engagement.setOpenedAt(T0.minusSeconds(3600));
		engagement.setCustomerWords("We have been unable to conduct business for several hours.");
		escalation.setArea(area);
		escalation.setStartedAt(T0);
		escalation.setDescription("A database engineer to find why order writes time out.");
		engagement.getEscalations().add(escalation);
		repository.getEngagements().add(engagement);

		settings.setSmtpHost("127.0.0.1");
		settings.setSmtpPort(smtpPort);
		settings.setSecurity(SmtpSecurity.NONE);
		settings.setFromAddress("advocacy@example.com");
		settings.setFromName("Customer Advocacy");
		repository.setNotificationSettings(settings);
	}

	/** Saves the repository to a new file in the folder and returns the file. */
	Path save(Path folder) throws IOException {
		Path file = folder.resolve("team.advocacy");
		new RepositoryStore().save(repository, file);
		return file;
	}

	static Person person(String name, String email, String mobile, String zone) {
		Person person = F.createPerson();
		person.setName(name);
		person.setEmail(email);
		person.setTimeZone(ZoneId.of(zone));
		ContactPoint point = F.createContactPoint();
		point.setChannel(ContactChannel.MOBILE);
		point.setAddress(mobile);
		point.setAvailable24x7(true);
		person.getContactPoints().add(point);
		return person;
	}

	private static LadderRung rung(EscalationLevel level, Person person) {
		LadderRung rung = F.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(person);
		return rung;
	}
}
