// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;

/**
 * Large, regular organizations for scaling tests and the benchmark harness: every area has a full five-level
 * ladder, every third area's primary is away at {@code now} with an alternate, and further staff make up the
 * head count.
 */
public final class SyntheticOrganizations {

	private SyntheticOrganizations() {
	}

	/**
	 * @param areas  how many functional areas
	 * @param people the head count (at least the ladder people and alternates)
	 * @param now    the instant around which the away periods lie
	 * @return a new organization, not in any resource
	 */
	public static Organization large(int areas, int people, Instant now) {
		AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
		Organization organization = factory.createOrganization();
		int count = 0;
		for (int a = 0; a < areas; a++) {
			FunctionalArea area = factory.createFunctionalArea();
			area.setName("Area " + a);
			organization.getAreas().add(area);
			for (EscalationLevel level : EscalationLevel.VALUES) {
				Person person = person(organization, "Person " + count++);
				LadderRung rung = factory.createLadderRung();
				rung.setLevel(level);
				rung.setPerson(person);
				area.getLadder().add(rung);
				if (level == EscalationLevel.PRIMARY && a % 3 == 0) {
					AwayPeriod away = factory.createAwayPeriod();
					away.setStart(now.minus(Duration.ofDays(1)));
					away.setEnd(now.plus(Duration.ofDays(1)));
					away.setAlternate(person(organization, "Alternate " + count++));
					person.getAwayPeriods().add(away);
				}
			}
		}
		while (count < people) {
			person(organization, "Staff " + count++);
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
