// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.FUNCTIONAL_AREA__LADDER;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_RUNG__PERSON;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Reads and changes the cells of the who-to-call matrix: the rung of an area's ladder at one level. */
public final class LadderRungs {

	private LadderRungs() {
	}

	/** @return the first rung of the area's ladder at the level, or {@code null} when nobody is named there */
	public static LadderRung at(FunctionalArea area, EscalationLevel level) {
		for (LadderRung rung : area.getLadder()) {
			if (rung.getLevel() == level) {
				return rung;
			}
		}
		return null;
	}

	/** @return the person named at the level of the area's ladder, or {@code null} */
	public static Person personAt(FunctionalArea area, EscalationLevel level) {
		LadderRung rung = at(area, level);
		return rung == null ? null : rung.getPerson();
	}

	/**
	 * The command that puts a person at one level of an area's ladder: changes the rung's person, adds a rung in
	 * level order when the level was empty, or removes the rung when the person is {@code null}.
	 *
	 * @param domain the file's editing domain
	 * @param area   the area
	 * @param level  the level
	 * @param person the person to call at that level, or {@code null} for nobody
	 * @return the command, labelled for Undo; unexecutable when it changes nothing
	 */
	public static Command assign(EditingDomain domain, FunctionalArea area, EscalationLevel level, Person person) {
		LadderRung rung = at(area, level);
		Command change;
		String label;
		if (person == null) {
			if (rung == null) {
				return UnexecutableCommand.INSTANCE;
			}
			change = RemoveCommand.create(domain, area, FUNCTIONAL_AREA__LADDER, rung);
			label = "Clear " + level + " of " + area.getName();
		} else if (rung == null) {
			LadderRung added = AdvocacyFactory.eINSTANCE.createLadderRung();
			added.setLevel(level);
			added.setPerson(person);
			change = AddCommand.create(domain, area, FUNCTIONAL_AREA__LADDER, added, indexFor(area, level));
			label = person.getName() + " as " + level + " of " + area.getName();
		} else if (rung.getPerson() == person) {
			return UnexecutableCommand.INSTANCE;
		} else {
			change = SetCommand.create(domain, rung, LADDER_RUNG__PERSON, person);
			label = person.getName() + " as " + level + " of " + area.getName();
		}
		CompoundCommand command = new CompoundCommand(label);
		command.append(change);
		return command;
	}

	private static int indexFor(FunctionalArea area, EscalationLevel level) {
		int index = 0;
		for (LadderRung rung : area.getLadder()) {
			if (rung.getLevel().getValue() < level.getValue()) {
				index++;
			}
		}
		return index;
	}

	/**
	 * @param organization the organization
	 * @param person       a person
	 * @return where the person is on the ladders, e.g. "Legal (Primary), Sales (Manager)"; empty when nowhere
	 */
	public static String positions(Organization organization, Person person) {
		List<String> positions = new ArrayList<>();
		for (FunctionalArea area : organization.getAreas()) {
			for (LadderRung rung : area.getLadder()) {
				if (rung.getPerson() == person) {
					positions.add(area.getName() + " (" + rung.getLevel() + ")");
				}
			}
		}
		return String.join(", ", positions);
	}
}
