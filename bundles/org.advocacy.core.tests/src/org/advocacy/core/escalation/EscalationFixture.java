// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.core.tests.ModelBuilder.target;

import java.time.Instant;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;

/**
 * A small repository for the escalation tests: a Berlin Monday-to-Friday 09:00–17:00 default calendar, an
 * Engineering ladder of five people, a "Strategic" segment (urgent: update every 120 minutes, timeout 10 minutes;
 * business hours: update every 480 minutes, timeout 15 minutes) and repository defaults (urgent: 240 and 20;
 * business hours: 1440 and 45).
 */
final class EscalationFixture {

	static final String BERLIN = "Europe/Berlin";

	final ModelBuilder model = new ModelBuilder();
	final AdvocacyRepository repository = model.repository();
	final Organization organization = model.organization();
	final BusinessCalendar berlin = model.defaultCalendar(ModelBuilder.weekdays(BERLIN, "09:00", "17:00"));
	final Person primary = model.person("Ana Primary");
	final Person backup = model.person("Ben Backup");
	final Person manager = model.person("Mia Manager");
	final Person director = model.person("Dan Director");
	final Person vicePresident = model.person("Vera President");
	final Person advocate = model.person("Alex Advocate");
	final FunctionalArea engineering = model.area("Engineering", AreaKind.ENGINEERING, primary, backup, manager,
			director, vicePresident);
	final CustomerSegment strategic = model.segment("Strategic", target(Urgency.URGENT_24X7, 120, 10),
			target(Urgency.BUSINESS_HOURS, 480, 15));
	final Customer customer = model.customer("Contoso", strategic);

	EscalationFixture() {
		repository.setName("Escalation test repository");
		model.defaultTarget(Urgency.URGENT_24X7, 240, 20);
		model.defaultTarget(Urgency.BUSINESS_HOURS, 1440, 45);
	}

	/** @return an engaged engagement of Contoso, advocated by Alex Advocate */
	Engagement engagement(String key, Urgency urgency, Instant openedAt) {
		Engagement engagement = model.engagement(key, customer, EngagementState.ENGAGED, openedAt);
		engagement.setTitle("Situation " + key);
		engagement.setAdvocate(advocate);
		engagement.setUrgency(urgency);
		return engagement;
	}

	/** @return an escalation of the engagement to Engineering */
	Escalation escalate(Engagement engagement, Instant startedAt) {
		return ModelBuilder.escalation(engagement, engineering, startedAt);
	}
}
