// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.BUSINESS_CALENDAR__WORKING_DAYS;
import static org.advocacy.model.AdvocacyPackage.Literals.FUNCTIONAL_AREA__LADDER;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_RUNG__PERSON;

import java.util.List;

import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of the organization — the who-to-call matrix, business calendars, the lists of people, areas and
 * calendars — each one undoable command labelled for Edit &gt; Undo. Removing what is still named elsewhere is refused
 * with the places to change first ({@link Usages}).
 */
public final class OrganizationCommands {

	private OrganizationCommands() {
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
		LadderRung rung = LadderRungs.at(area, level);
		if (person == null) {
			return rung == null ? UnexecutableCommand.INSTANCE
					: Labels.labelled("Clear " + level + " of " + area.getName(),
							RemoveCommand.create(domain, area, FUNCTIONAL_AREA__LADDER, rung));
		}
		if (rung != null && rung.getPerson() == person) {
			return UnexecutableCommand.INSTANCE;
		}
		Command change;
		if (rung == null) {
			LadderRung added = AdvocacyFactory.eINSTANCE.createLadderRung();
			added.setLevel(level);
			added.setPerson(person);
			change = AddCommand.create(domain, area, FUNCTIONAL_AREA__LADDER, added,
					LadderRungs.insertionIndex(area, level));
		} else {
			change = SetCommand.create(domain, rung, LADDER_RUNG__PERSON, person);
		}
		return Labels.labelled(person.getName() + " as " + level + " of " + area.getName(), change);
	}

	/**
	 * @param domain   the file's editing domain
	 * @param calendar a business calendar
	 * @param working  the days it works, in week order
	 * @return the command setting the calendar's working days
	 */
	public static Command workingDays(EditingDomain domain, BusinessCalendar calendar, List<Weekday> working) {
		return Labels.labelled("Working days of " + calendar.getName(),
				SetCommand.create(domain, calendar, BUSINESS_CALENDAR__WORKING_DAYS, working));
	}

	/**
	 * Removes people, areas or calendars from the organization's lists, or refuses when one of them is still named
	 * elsewhere: on a ladder, in an engagement, as someone's alternate.
	 *
	 * @param domain  the file's editing domain
	 * @param owner   the object holding the list, e.g. the {@link Organization}
	 * @param list    the list, e.g. the organization's people
	 * @param objects the objects to remove
	 * @param usages  where objects are still named
	 * @return the remove command, or the refusal naming the first object still used and where
	 */
	public static Edit remove(EditingDomain domain, EObject owner, EStructuralFeature list, List<?> objects,
			Usages usages) {
		String refusal = usages.refusalToRemove(objects);
		if (refusal != null) {
			return Edit.refused(refusal);
		}
		return objects.isEmpty() ? Edit.unchanged() : Edit.of(RemoveCommand.create(domain, owner, list, objects));
	}

	/**
	 * Applies clean rows of a who-to-call matrix to an organization as one command. The rows are the matrix for the
	 * areas they name: each such area's ladder becomes exactly the rows (sorted primary to vice president), its kind
	 * the rows' kind; areas not named stay as they are; new areas are created. People are matched by e-mail ignoring
	 * case: known people get the rows' name, title, time zone (when given) and phone numbers; new people are created.
	 *
	 * @param domain       the file's editing domain
	 * @param organization the organization
	 * @param label        the command's name, shown by Undo
	 * @param rows         the clean rows, consistent with each other
	 * @return the command; an identity command when the rows change nothing
	 */
	public static Command importWhoToCall(EditingDomain domain, Organization organization, String label,
			List<WhoToCallRow> rows) {
		return new WhoToCallCommandBuilder(domain, organization, label).build(rows);
	}
}
