// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;

/** Reads the cells of the who-to-call matrix: the rung of an area's ladder at one level, and where a person stands. */
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
	 * @param area  an area
	 * @param level a level
	 * @return where a new rung at the level goes so that the ladder stays in level order
	 */
	public static int insertionIndex(FunctionalArea area, EscalationLevel level) {
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
