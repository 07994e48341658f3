// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Person;
import org.advocacy.model.RotationShift;
import org.junit.jupiter.api.Test;

/**
 * The who-to-call matrix shows, under the primary and backup the list names, whoever the rotation puts on duty now
 * when that is someone else, and says in the tool tip where that comes from; other levels do not rotate.
 */
class RotationOnDutyTest {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;
	private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");

	private final FunctionalArea area = FACTORY.createFunctionalArea();
	private final Person ana = person("Ana Listed");
	private final Person carla = person("Carla Rota");

	private static Person person(String name) {
		Person person = FACTORY.createPerson();
		person.setName(name);
		return person;
	}

	private void rung(EscalationLevel level, Person person) {
		LadderRung rung = FACTORY.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(person);
		area.getLadder().add(rung);
	}

	@Test
	void thePrimaryColumnShowsWhoIsOnDutyWhenTheRotationNamesSomeoneElse() {
		area.setName("Engineering");
		rung(EscalationLevel.PRIMARY, ana);
		rung(EscalationLevel.MANAGER, ana);
		RungLabelProvider primary = new RungLabelProvider(EscalationLevel.PRIMARY, () -> MONDAY_NOON);
		assertEquals("Ana Listed", primary.text(area).getString(), "no rotation: only the list's primary");

		RotationShift shift = FACTORY.createRotationShift();
		shift.setStartsOn(LocalDate.of(2026, 11, 23));
		shift.setPrimary(carla);
		shift.setBackup(ana);
		area.getRotation().add(shift);

		assertEquals("Ana Listed\non duty: Carla Rota", primary.text(area).getString());
		assertTrue(primary.getToolTipText(area).endsWith("\nOn duty now: Carla Rota, from the rotation shift from "
				+ "2026-11-23."), primary.getToolTipText(area));
		assertEquals("Ana Listed", new RungLabelProvider(EscalationLevel.MANAGER, () -> MONDAY_NOON).text(area)
				.getString(), "managers do not rotate");
		assertEquals("Ana Listed", new RungLabelProvider(EscalationLevel.PRIMARY,
				() -> MONDAY_NOON.minusSeconds(86_400)).text(area).getString(), "before the shift: the list's primary");
	}
}
