// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;

import org.advocacy.core.calendar.Calendars;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;

/**
 * A small repository for the escalation tests: a Berlin Monday-to-Friday 09:00–17:00 default calendar, an
 * Engineering ladder of five people, a "Strategic" segment (urgent: update every 120 minutes, timeout 10 minutes;
 * business hours: update every 480 minutes, timeout 15 minutes) and repository defaults (urgent: 240 and 20;
 * business hours: 1440 and 45).
 */
final class EscalationFixture {

	static final String BERLIN = "Europe/Berlin";

	private final AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
	final AdvocacyRepository repository = factory.createAdvocacyRepository();
	final Organization organization = factory.createOrganization();
	final BusinessCalendar berlin = Calendars.weekdays(BERLIN, "09:00", "17:00");
	final Person primary = person("Ana Primary");
	final Person backup = person("Ben Backup");
	final Person manager = person("Mia Manager");
	final Person director = person("Dan Director");
	final Person vicePresident = person("Vera President");
	final Person advocate = person("Alex Advocate");
	final FunctionalArea engineering = factory.createFunctionalArea();
	final CustomerSegment strategic = factory.createCustomerSegment();
	final Customer customer = factory.createCustomer();

	EscalationFixture() {
		repository.setName("Escalation test repository");
		repository.setOrganization(organization);
		organization.getCalendars().add(berlin);
		organization.setDefaultCalendar(berlin);
		engineering.setName("Engineering");
		engineering.setKind(AreaKind.ENGINEERING);
		rung(EscalationLevel.PRIMARY, primary);
		rung(EscalationLevel.BACKUP, backup);
		rung(EscalationLevel.MANAGER, manager);
		rung(EscalationLevel.DIRECTOR, director);
		rung(EscalationLevel.VICE_PRESIDENT, vicePresident);
		organization.getAreas().add(engineering);
		strategic.setName("Strategic");
		strategic.getTargets().add(target(Urgency.URGENT_24X7, 120, 10));
		strategic.getTargets().add(target(Urgency.BUSINESS_HOURS, 480, 15));
		repository.getSegments().add(strategic);
		repository.getDefaultTargets().add(target(Urgency.URGENT_24X7, 240, 20));
		repository.getDefaultTargets().add(target(Urgency.BUSINESS_HOURS, 1440, 45));
		customer.setName("Contoso");
		customer.setSegment(strategic);
		repository.getCustomers().add(customer);
	}

	Engagement engagement(String key, Urgency urgency, Instant openedAt) {
		Engagement engagement = factory.createEngagement();
		engagement.setKey(key);
		engagement.setTitle("Situation " + key);
		engagement.setCustomer(customer);
		engagement.setAdvocate(advocate);
		engagement.setUrgency(urgency);
		engagement.setState(EngagementState.ENGAGED);
		engagement.setOpenedAt(openedAt);
		repository.getEngagements().add(engagement);
		return engagement;
	}

	Escalation escalate(Engagement engagement, Instant startedAt) {
		Escalation escalation = factory.createEscalation();
		escalation.setArea(engineering);
		escalation.setStartedAt(startedAt);
		engagement.getEscalations().add(escalation);
		return escalation;
	}

	LadderAttempt attempt(Escalation escalation, EscalationLevel level, Person person, Instant contactedAt,
			AttemptOutcome outcome) {
		LadderAttempt attempt = factory.createLadderAttempt();
		attempt.setLevel(level);
		attempt.setPerson(person);
		attempt.setContactedAt(contactedAt);
		attempt.setOutcome(outcome);
		escalation.getAttempts().add(attempt);
		return attempt;
	}

	void away(Person person, Instant start, Instant end, Person alternate) {
		AwayPeriod away = factory.createAwayPeriod();
		away.setStart(start);
		away.setEnd(end);
		away.setAlternate(alternate);
		away.setAlternateConfirmed(true);
		person.getAwayPeriods().add(away);
	}

	Person person(String name) {
		Person person = factory.createPerson();
		person.setName(name);
		organization.getPeople().add(person);
		return person;
	}

	ServiceTarget target(Urgency urgency, int cadenceMinutes, int timeoutMinutes) {
		ServiceTarget target = factory.createServiceTarget();
		target.setUrgency(urgency);
		target.setUpdateCadenceMinutes(cadenceMinutes);
		target.setEscalationTimeoutMinutes(timeoutMinutes);
		return target;
	}

	private void rung(EscalationLevel level, Person person) {
		LadderRung rung = factory.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(person);
		engineering.getLadder().add(rung);
	}
}
