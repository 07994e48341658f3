// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Customer Advocacy: how the workbench nudges the advocate. The nudges follow a change on
 * their own (they listen to the preference store).
 */
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
		addField(new ComboFieldEditor(NudgePreferences.YOU_ARE, "&You are:", people(), getFieldEditorParent()));
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
		days(NudgePreferences.PAUSE_LIMIT_DAYS, "&Flag a paused update clock after (business days):");
		days(NudgePreferences.STALLED_DAYS, "Flag an engagement without &progress after (days):");
		days(NudgePreferences.MAX_AGE_DAYS, "Flag an engagement &open longer than (days):");
	}

	private void days(String key, String label) {
		IntegerFieldEditor days = new IntegerFieldEditor(key, label, getFieldEditorParent(), 4);
		days.setValidRange(1, 9999);
		addField(days);
	}

	/**
	 * @return "Nobody" and the people of the open repository's organization by name (the Engagements view's "Mine"
	 *         filter shows the engagements they run), keeping the current choice when it is from another repository
	 */
	private String[][] people() {
		List<String[]> entries = new ArrayList<>();
		entries.add(new String[] { "Nobody", "" });
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		Organization organization = session == null ? null : session.getRepository().getOrganization();
		List<String> names = organization == null ? new ArrayList<>()
				: new ArrayList<>(organization.getPeople().stream().map(Person::getName).filter(Objects::nonNull)
						.distinct().sorted().toList());
		String current = getPreferenceStore().getString(NudgePreferences.YOU_ARE);
		if (!current.isBlank() && !names.contains(current)) {
			names.add(0, current);
		}
		names.forEach(name -> entries.add(new String[] { name, name }));
		return entries.toArray(String[][]::new);
	}
}
