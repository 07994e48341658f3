// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.junit.jupiter.api.Test;

/**
 * A large organization (150 areas, 1,000 people, every third primary away with an alternate) converts and lays out
 * without overlaps. Prints the conversion and layout times for the record; asserts no time.
 */
class LargeOrganizationLayoutTest {

	private static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");
	private static final int AREAS = 150;

	@Test
	void aLargeOrganizationIsLaidOutWithoutOverlaps() {
		Organization organization = organization();
		assertEquals(1_000, organization.getPeople().size());

		long start = System.nanoTime();
		OrganizationGraph graph = new OrganizationGraphBuilder().build(organization, NOW);
		long converted = System.nanoTime();
		GraphLayout layout = new OrganizationLayouter().layout(graph);
		long laidOut = System.nanoTime();

		assertEquals(AREAS, layout.groups().size());
		assertEquals(AREAS * 5 + AREAS / 3, layout.nodes().size());
		OrganizationGraphTest.assertNoOverlaps(layout);
		assertTrue(layout.width() < layout.height() * 6, "the areas wrap into rows instead of one endless line");
		System.out.printf("Large organization (%d areas, %d nodes): conversion %d ms, ELK layout %d ms%n", AREAS,
				layout.nodes().size(), (converted - start) / 1_000_000, (laidOut - converted) / 1_000_000);
	}

	private static Organization organization() {
		AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
		Organization organization = factory.createOrganization();
		int people = 0;
		for (int a = 0; a < AREAS; a++) {
			FunctionalArea area = factory.createFunctionalArea();
			area.setName("Area " + a);
			organization.getAreas().add(area);
			for (EscalationLevel level : EscalationLevel.VALUES) {
				Person person = person(organization, "Person " + people++);
				LadderRung rung = factory.createLadderRung();
				rung.setLevel(level);
				rung.setPerson(person);
				area.getLadder().add(rung);
				if (level == EscalationLevel.PRIMARY && a % 3 == 0) {
					AwayPeriod away = factory.createAwayPeriod();
					away.setStart(NOW.minus(Duration.ofDays(1)));
					away.setEnd(NOW.plus(Duration.ofDays(1)));
					away.setAlternate(person(organization, "Alternate " + people++));
					person.getAwayPeriods().add(away);
				}
			}
		}
		while (people < 1_000) {
			person(organization, "Staff " + people++);
		}
		return organization;
	}

	private static Person person(Organization organization, String name) {
		Person person = AdvocacyFactory.eINSTANCE.createPerson();
		person.setName(name);
		organization.getPeople().add(person);
		return person;
	}
}
