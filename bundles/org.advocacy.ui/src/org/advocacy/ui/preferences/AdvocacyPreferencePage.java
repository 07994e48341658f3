// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.nudges.NudgeService;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Customer Advocacy: how the workbench nudges the advocate. */
public class AdvocacyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Lays the fields out in a grid. */
	public AdvocacyPreferencePage() {
		super(GRID);
		setDescription("How the workbench tells you that an escalation step or a customer update falls due. "
				+ "Escalation timeouts, update cadences and calendars are service targets kept in the repository.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AdvocacyUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(NudgePreferences.NOTIFY,
				"Show a &notification when something falls due", getFieldEditorParent()));
		IntegerFieldEditor first = new IntegerFieldEditor(NudgePreferences.FIRST_WARNING,
				"&First warning at (% of the escalation timeout):", getFieldEditorParent(), 2);
		first.setValidRange(1, 99);
		addField(first);
		IntegerFieldEditor second = new IntegerFieldEditor(NudgePreferences.SECOND_WARNING,
				"&Second warning at (% of the escalation timeout):", getFieldEditorParent(), 2);
		second.setValidRange(1, 99);
		addField(second);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		NudgeService.get().refresh();
		return ok;
	}
}
