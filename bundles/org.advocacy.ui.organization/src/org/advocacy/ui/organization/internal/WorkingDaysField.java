// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.commands.OrganizationCommands;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Weekday;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The working days of a calendar as seven check boxes, Monday to Sunday; ticking or clearing one sets the calendar's
 * working days in one command.
 */
final class WorkingDaysField {

	private final EditingDomain domain;
	private final Supplier<BusinessCalendar> calendar;
	private final List<Button> days = new ArrayList<>();

	/**
	 * @param toolkit  the form toolkit
	 * @param parent   a two-column composite
	 * @param domain   the file's editing domain
	 * @param calendar the calendar shown, or {@code null}
	 */
	WorkingDaysField(FormToolkit toolkit, Composite parent, EditingDomain domain, Supplier<BusinessCalendar> calendar) {
		this.domain = domain;
		this.calendar = calendar;
		Label label = toolkit.createLabel(parent, "Working days:");
		GridDataFactory.swtDefaults().applyTo(label);
		Composite row = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(Weekday.VALUES.size()).applyTo(row);
		for (Weekday day : Weekday.VALUES) {
			Button box = toolkit.createButton(row, day.getLiteral().substring(0, 3), SWT.CHECK);
			box.setToolTipText(day.getLiteral());
			box.setData(day);
			box.addListener(SWT.Selection, event -> changed());
			days.add(box);
		}
		refresh();
	}

	private void changed() {
		BusinessCalendar shown = calendar.get();
		if (shown == null) {
			return;
		}
		List<Weekday> working = new ArrayList<>();
		for (Button box : days) {
			if (box.getSelection()) {
				working.add((Weekday) box.getData());
			}
		}
		domain.getCommandStack().execute(OrganizationCommands.workingDays(domain, shown, working));
	}

	/** Shows the calendar's working days (after a change of the model or of the calendar shown). */
	void refresh() {
		BusinessCalendar shown = calendar.get();
		for (Button box : days) {
			if (!box.isDisposed()) {
				box.setEnabled(shown != null);
				box.setSelection(shown != null && shown.getWorkingDays().contains(box.getData()));
			}
		}
	}
}
