// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.commands.OrganizationCommands;
import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits a cell of the who-to-call matrix in place: a drop-down of the organization's people (by name) and "nobody";
 * the choice becomes one command ({@link OrganizationCommands#assign}).
 */
final class RungEditingSupport extends EditingSupport {

	/** The first choice of the drop-down. */
	static final String NOBODY = "\u2014 nobody \u2014";

	private final EditingDomain domain;
	private final Organization organization;
	private final EscalationLevel level;
	private final List<Person> choices = new ArrayList<>();
	private ComboBoxCellEditor editor;

	RungEditingSupport(ColumnViewer viewer, EditingDomain domain, Organization organization, EscalationLevel level) {
		super(viewer);
		this.domain = domain;
		this.organization = organization;
		this.level = level;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		if (editor == null) {
			editor = new ComboBoxCellEditor((Composite) getViewer().getControl(), new String[0], SWT.READ_ONLY);
			editor.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION
					| ComboBoxCellEditor.DROP_DOWN_ON_KEY_ACTIVATION);
		}
		choices.clear();
		organization.getPeople().stream()
				.sorted(Comparator.comparing(Person::getName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
				.forEach(choices::add);
		String[] items = new String[choices.size() + 1];
		items[0] = NOBODY;
		for (int i = 0; i < choices.size(); i++) {
			items[i + 1] = choices.get(i).getName() == null ? "(no name)" : choices.get(i).getName();
		}
		editor.setItems(items);
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		return choices.indexOf(LadderRungs.personAt((FunctionalArea) element, level)) + 1;
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = (Integer) value;
		if (index < 0) {
			return;
		}
		Person person = index == 0 ? null : choices.get(index - 1);
		Command command = OrganizationCommands.assign(domain, (FunctionalArea) element, level, person);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** @return the drop-down, once a cell of this column was edited */
	ComboBoxCellEditor getEditor() {
		return editor;
	}
}
