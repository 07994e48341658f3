// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Builds the command of {@link OrganizationCommands#importWhoToCall}: changes to known people first, then the new
 * people and areas, then the areas' new kinds and ladders. Nothing changes until the command is executed, and undoing
 * it restores the organization.
 */
final class WhoToCallCommandBuilder {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final EditingDomain domain;
	private final Organization organization;
	private final CompoundCommand changesToPeople;
	private final CompoundCommand changesToAreas = new CompoundCommand();
	private final Map<String, Person> peopleByEmail;
	private final List<Person> newPeople = new ArrayList<>();
	private final List<FunctionalArea> newAreas = new ArrayList<>();
	/** People already created or updated from an earlier row. */
	private final Set<Person> settled = new HashSet<>();

	WhoToCallCommandBuilder(EditingDomain domain, Organization organization, String label) {
		this.domain = domain;
		this.organization = organization;
		this.changesToPeople = new CompoundCommand(label);
		this.peopleByEmail = ImportKeys.index(organization.getPeople(), Person::getEmail, WhoToCallRow::emailKey);
	}

	/** @return the command; an identity command when the rows change nothing */
	Command build(List<WhoToCallRow> rows) {
		Map<String, List<WhoToCallRow>> rowsByArea = ImportKeys.group(rows, row -> WhoToCallRow.areaKey(row.area()));
		Map<String, FunctionalArea> areas = ImportKeys.index(organization.getAreas(), FunctionalArea::getName,
				WhoToCallRow::areaKey);
		for (List<WhoToCallRow> areaRows : rowsByArea.values()) {
			areaRows.sort(Comparator.comparing(WhoToCallRow::level));
			List<LadderRung> ladder = new ArrayList<>();
			for (WhoToCallRow row : areaRows) {
				LadderRung rung = FACTORY.createLadderRung();
				rung.setLevel(row.level());
				rung.setPerson(person(row));
				ladder.add(rung);
			}
			FunctionalArea existing = areas.get(WhoToCallRow.areaKey(areaRows.get(0).area()));
			if (existing == null) {
				newAreas.add(newArea(areaRows.get(0), ladder));
			} else {
				replaceLadder(existing, areaRows.get(0), ladder);
			}
		}
		CompoundCommand command = changesToPeople;
		if (!newPeople.isEmpty()) {
			command.append(new AddCommand(domain, organization, Literals.ORGANIZATION__PEOPLE, newPeople));
		}
		if (!newAreas.isEmpty()) {
			command.append(new AddCommand(domain, organization, Literals.ORGANIZATION__AREAS, newAreas));
		}
		changesToAreas.getCommandList().forEach(command::append);
		return command.isEmpty() ? new IdentityCommand(command.getLabel()) : command;
	}

	private FunctionalArea newArea(WhoToCallRow first, List<LadderRung> ladder) {
		FunctionalArea area = FACTORY.createFunctionalArea();
		area.setName(first.area());
		area.setKind(first.kind());
		area.getLadder().addAll(ladder);
		return area;
	}

	private void replaceLadder(FunctionalArea area, WhoToCallRow first, List<LadderRung> ladder) {
		set(changesToAreas, area, Literals.FUNCTIONAL_AREA__KIND, first.kind());
		if (!area.getLadder().isEmpty()) {
			changesToAreas.append(new RemoveCommand(domain, area, Literals.FUNCTIONAL_AREA__LADDER,
					new ArrayList<>(area.getLadder())));
		}
		changesToAreas.append(new AddCommand(domain, area, Literals.FUNCTIONAL_AREA__LADDER, ladder));
	}

	/** The person of a row: known by e-mail (updated once, from the first row naming them) or new. */
	private Person person(WhoToCallRow row) {
		String key = WhoToCallRow.emailKey(row.email());
		Person person = peopleByEmail.get(key);
		if (person == null) {
			person = FACTORY.createPerson();
			person.setName(row.name());
			person.setTitle(row.title().isEmpty() ? null : row.title());
			person.setEmail(row.email());
			person.setTimeZone(row.timeZone());
			addContactPoint(person, ContactChannel.PHONE, row.phone(), row.available24x7());
			addContactPoint(person, ContactChannel.MOBILE, row.mobile(), row.available24x7());
			newPeople.add(person);
			settled.add(person);
			peopleByEmail.put(key, person);
		} else if (settled.add(person)) {
			set(changesToPeople, person, Literals.PERSON__NAME, row.name());
			if (!row.title().isEmpty()) {
				set(changesToPeople, person, Literals.PERSON__TITLE, row.title());
			}
			if (row.timeZone() != null) {
				set(changesToPeople, person, Literals.PERSON__TIME_ZONE, row.timeZone());
			}
			updateContactPoint(person, ContactChannel.PHONE, row.phone(), row.available24x7());
			updateContactPoint(person, ContactChannel.MOBILE, row.mobile(), row.available24x7());
		}
		return person;
	}

	private static void addContactPoint(Person person, ContactChannel channel, String address, boolean available24x7) {
		if (!address.isEmpty()) {
			person.getContactPoints().add(contactPoint(channel, address, available24x7));
		}
	}

	private static ContactPoint contactPoint(ContactChannel channel, String address, boolean available24x7) {
		ContactPoint point = FACTORY.createContactPoint();
		point.setChannel(channel);
		point.setAddress(address);
		point.setAvailable24x7(available24x7);
		return point;
	}

	private void updateContactPoint(Person person, ContactChannel channel, String address, boolean available24x7) {
		if (address.isEmpty()) {
			return;
		}
		ContactPoint existing = person.getContactPoints().stream().filter(point -> point.getChannel() == channel)
				.findFirst().orElse(null);
		if (existing == null) {
			changesToPeople.append(new AddCommand(domain, person, Literals.PERSON__CONTACT_POINTS,
					contactPoint(channel, address, available24x7)));
		} else {
			set(changesToPeople, existing, Literals.CONTACT_POINT__ADDRESS, address);
			set(changesToPeople, existing, Literals.CONTACT_POINT__AVAILABLE24X7, available24x7);
		}
	}

	private void set(CompoundCommand into, EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			into.append(new SetCommand(domain, owner, feature, value));
		}
	}
}
