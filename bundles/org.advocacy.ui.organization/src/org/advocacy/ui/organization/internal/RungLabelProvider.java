// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;
import java.util.function.Supplier;

import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.core.escalation.Rotations;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.widgets.Event;

/**
 * A cell of the who-to-call matrix: the person at one level of the row's ladder and, when they are away now, the
 * alternate who takes their calls on a second line ("away → Bo Chen", in the decoration colour); in the primary and
 * backup columns, whoever the area's rotation puts on duty now when that is someone else ("on duty: Carla Rota").
 * The tool tip gives the title, time zone and 24x7 contact points, and where the person on duty comes from.
 */
final class RungLabelProvider extends StyledCellLabelProvider {

	private final EscalationLevel level;
	private final Supplier<Instant> now;

	/**
	 * @param level the column's level
	 * @param now   the instant that counts as now
	 */
	RungLabelProvider(EscalationLevel level, Supplier<Instant> now) {
		this.level = level;
		this.now = now;
	}

	/**
	 * @param area a row of the matrix
	 * @return the cell's text as shown
	 */
	StyledString text(FunctionalArea area) {
		Person person = LadderRungs.personAt(area, level);
		String rotation = onDutyHint(area, person);
		if (person == null) {
			StyledString nobody = new StyledString("\u2014 nobody \u2014", StyledString.QUALIFIER_STYLER);
			return rotation.isEmpty() ? nobody : nobody.append("\n" + rotation, StyledString.DECORATIONS_STYLER);
		}
		StyledString text = new StyledString(person.getName() == null ? "(no name)" : person.getName());
		String hint = AwayHint.of(person, level, now.get());
		String second = hint.isEmpty() ? rotation : rotation.isEmpty() ? hint : hint + " \u00B7 " + rotation;
		if (!second.isEmpty()) {
			text.append("\n" + second, StyledString.DECORATIONS_STYLER);
		}
		return text;
	}

	/**
	 * @return "on duty: Carla Rota" when the area's rotation puts someone other than the list's person on duty now
	 *         at the column's level (primary or backup), else an empty string
	 */
	private String onDutyHint(FunctionalArea area, Person listed) {
		Person onDuty = Rotations.onDuty(area, now.get()).at(level);
		return onDuty == null || onDuty == listed ? "" : "on duty: " + onDuty.getName();
	}

	/**
	 * Makes the matrix's rows two lines high, so that the alternate of someone away shows under their name.
	 *
	 * @param event the table's {@code SWT.MeasureItem} event
	 */
	static void twoLines(Event event) {
		event.height = Math.max(event.height, event.gc.getFontMetrics().getHeight() * 2 + 6);
	}

	@Override
	public void update(ViewerCell cell) {
		StyledString text = text((FunctionalArea) cell.getElement());
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		super.update(cell);
	}

	@Override
	public String getToolTipText(Object element) {
		Person person = LadderRungs.personAt((FunctionalArea) element, level);
		Rotations.Duty duty = Rotations.onDuty((FunctionalArea) element, now.get());
		String rotation = duty.at(level) == null || duty.at(level) == person ? ""
				: "\nOn duty now: " + duty.at(level).getName() + ", from " + duty.source() + ".";
		if (person == null) {
			return "Nobody is called at the " + level + " level of " + ((FunctionalArea) element).getName()
					+ ". Click to choose someone." + rotation;
		}
		StringBuilder tip = new StringBuilder(person.getName());
		if (person.getTitle() != null) {
			tip.append(", ").append(person.getTitle());
		}
		if (person.getTimeZone() != null) {
			tip.append("\nTime zone: ").append(person.getTimeZone());
		}
		for (ContactPoint point : person.getContactPoints()) {
			tip.append('\n').append(point.getChannel()).append(": ").append(point.getAddress())
					.append(point.isAvailable24x7() ? " (24x7)" : "");
		}
		String hint = AwayHint.of(person, level, now.get());
		if (!hint.isEmpty()) {
			tip.append("\nAway now; calls go to ").append(hint.substring(hint.indexOf(AwayHint.ARROW) + 2));
		}
		return tip.append(rotation).toString();
	}
}
