// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.advocacy.model.AdvocacyPackage.Literals.ORGANIZATION__PEOPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Person;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * The organization's edits — a cell of the who-to-call matrix, a calendar's working days, removing people, importing
 * a matrix — are one undoable command each, and removing someone still named elsewhere is refused with the places.
 */
class OrganizationCommandsTest {

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final Person ana = model.person("Ana Lima");
	private final Person ben = model.person("Ben Ode");
	private final Person cy = model.person("Cy Diaz");
	private final FunctionalArea legal = model.area("Legal", AreaKind.LEGAL, ana);
	private final EditingDomain domain = CommandCheck.domain();

	OrganizationCommandsTest() {
		ModelBuilder.rung(legal, EscalationLevel.MANAGER, ben);
	}

	@Test
	void namingSomeoneOnAnOccupiedLevelChangesTheRung() {
		LadderRung rung = LadderRungs.at(legal, EscalationLevel.PRIMARY);
		Command command = OrganizationCommands.assign(domain, legal, EscalationLevel.PRIMARY, cy);

		assertEquals("Cy Diaz as Primary of Legal", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertSame(rung, LadderRungs.at(legal, EscalationLevel.PRIMARY), "the rung changed, no rung was added");
		assertSame(cy, rung.getPerson());
	}

	@Test
	void namingSomeoneOnAnEmptyLevelAddsARungInLevelOrder() {
		executesUndoesAndRedoes(domain, repository,
				OrganizationCommands.assign(domain, legal, EscalationLevel.BACKUP, cy));

		assertEquals(List.of(EscalationLevel.PRIMARY, EscalationLevel.BACKUP, EscalationLevel.MANAGER),
				legal.getLadder().stream().map(LadderRung::getLevel).toList());
		assertSame(cy, LadderRungs.personAt(legal, EscalationLevel.BACKUP));
	}

	@Test
	void namingNobodyClearsTheLevel() {
		Command command = OrganizationCommands.assign(domain, legal, EscalationLevel.MANAGER, null);

		assertEquals("Clear Manager of Legal", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertNull(LadderRungs.at(legal, EscalationLevel.MANAGER));
	}

	@Test
	void anAssignmentThatChangesNothingCannotExecute() {
		assertFalse(OrganizationCommands.assign(domain, legal, EscalationLevel.PRIMARY, ana).canExecute());
		assertFalse(OrganizationCommands.assign(domain, legal, EscalationLevel.DIRECTOR, null).canExecute());
	}

	@Test
	void workingDaysAreSetAsOneNamedCommand() {
		BusinessCalendar calendar = model.defaultCalendar(ModelBuilder.weekdays("Europe/Berlin", "09:00", "17:00"));
		List<Weekday> fourDays = List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY);
		Command command = OrganizationCommands.workingDays(domain, calendar, fourDays);

		assertEquals("Working days of Europe/Berlin business hours", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(fourDays, calendar.getWorkingDays());
	}

	@Test
	void someoneNamedNowhereIsRemoved() {
		Edit edit = OrganizationCommands.remove(domain, model.organization(), ORGANIZATION__PEOPLE, List.of(cy),
				new Usages(Object::toString));

		assertNull(edit.refusal());
		executesUndoesAndRedoes(domain, repository, edit.command());
		assertEquals(List.of(ana, ben), model.organization().getPeople());
	}

	@Test
	void removingSomeoneStillOnALadderIsRefusedWithThePlacesToChangeFirst() {
		AdvocacyRepository sample = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		FunctionalArea area = sample.getOrganization().getAreas().stream()
				.filter(candidate -> "Legal".equals(candidate.getName())).findFirst().orElseThrow();
		Person primary = LadderRungs.personAt(area, EscalationLevel.PRIMARY);
		Usages usages = new Usages(object -> ((Person) object).getName());
		List<String> places = usages.of(primary);

		assertTrue(places.contains("the who-to-call ladder of Legal (Primary)"), places.toString());
		Edit edit = OrganizationCommands.remove(domain, sample.getOrganization(), ORGANIZATION__PEOPLE,
				List.of(primary), usages);
		assertFalse(edit.accepted());
		assertTrue(edit.refusal().startsWith(primary.getName() + " is still named in "), edit.refusal());
		assertTrue(sample.getOrganization().getPeople().contains(primary), "nothing was removed");
		Person nobodysContact = AdvocacyFactory.eINSTANCE.createPerson();
		sample.getOrganization().getPeople().add(nobodysContact);
		assertEquals(List.of(), usages.of(nobodysContact), "someone named nowhere can go");
	}

	@Test
	void aWhoToCallMatrixIsImportedAsOneCommand() {
		ana.setEmail("ana.lima@example.com");
		List<WhoToCallRow> rows = List.of(
				new WhoToCallRow(2, "legal", AreaKind.LEGAL, EscalationLevel.BACKUP, "Ana Lima", "General Counsel",
						"ANA.LIMA@example.com", "+1 555 0100", "", true, ZoneId.of("America/New_York")),
				new WhoToCallRow(3, "Finance", AreaKind.FINANCE, EscalationLevel.PRIMARY, "Di Eng", "", "di@example.com",
						"", "", false, null));
		Command command = OrganizationCommands.importWhoToCall(domain, model.organization(), "Import rows", rows);

		assertEquals("Import rows", command.getLabel());
		executesUndoesAndRedoes(domain, repository, command);
		assertEquals(List.of(EscalationLevel.BACKUP), legal.getLadder().stream().map(LadderRung::getLevel).toList(),
				"the rows are Legal's whole ladder now");
		assertSame(ana, LadderRungs.personAt(legal, EscalationLevel.BACKUP), "matched by e-mail, ignoring case");
		assertEquals("General Counsel", ana.getTitle());
		FunctionalArea finance = model.organization().getAreas().get(1);
		assertEquals("Finance", finance.getName());
		assertEquals("Di Eng", LadderRungs.personAt(finance, EscalationLevel.PRIMARY).getName());
	}
}
