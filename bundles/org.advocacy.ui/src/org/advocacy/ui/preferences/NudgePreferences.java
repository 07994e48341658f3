// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

import java.util.Set;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The workbench's own settings for nudges; service targets (escalation timeout, update cadence, calendars) belong
 * to the repository file and its segments, not to one advocate's workbench.
 */
public final class NudgePreferences extends AbstractPreferenceInitializer {

	/** Whether something newly due opens a notification (the status line always says so). */
	public static final String NOTIFY = "nudges.notify";

	/** The first warning, in percent of an escalation level's timeout. */
	public static final String FIRST_WARNING = "nudges.firstWarningPercent";

	/** The second warning, in percent of an escalation level's timeout. */
	public static final String SECOND_WARNING = "nudges.secondWarningPercent";

	/** Who uses this workbench: the name of a person of the organization, empty for nobody (no "Mine" filter). */
	public static final String YOU_ARE = "youAre";

	/** The settings that change what the nudges announce (not {@link #YOU_ARE}, which only filters a view). */
	public static final Set<String> NUDGE_SETTINGS = Set.of(NOTIFY, FIRST_WARNING, SECOND_WARNING);

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		store.setDefault(NOTIFY, true);
		store.setDefault(FIRST_WARNING, 70);
		store.setDefault(SECOND_WARNING, 90);
		store.setDefault(YOU_ARE, "");
	}

	/** @return the warning fractions set, each between 0 and 1 exclusive, for the escalation engine */
	public static double[] warnings() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		return java.util.stream.IntStream.of(store.getInt(FIRST_WARNING), store.getInt(SECOND_WARNING))
				.filter(percent -> percent > 0 && percent < 100).mapToDouble(percent -> percent / 100.0).toArray();
	}

	/** @return the name of the person the user said they are, or {@code null} when nobody was chosen */
	public static String youAre() {
		String name = AdvocacyUiPlugin.getDefault().getPreferenceStore().getString(YOU_ARE);
		return name.isBlank() ? null : name;
	}

	/** @return whether newly due items open a notification */
	public static boolean notifications() {
		return AdvocacyUiPlugin.getDefault().getPreferenceStore().getBoolean(NOTIFY);
	}
}
