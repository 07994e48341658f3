// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

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

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		store.setDefault(NOTIFY, true);
		store.setDefault(FIRST_WARNING, 70);
		store.setDefault(SECOND_WARNING, 90);
	}

	/** @return the warning fractions set, each between 0 and 1 exclusive, for the escalation engine */
	public static double[] warnings() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		return java.util.stream.IntStream.of(store.getInt(FIRST_WARNING), store.getInt(SECOND_WARNING))
				.filter(percent -> percent > 0 && percent < 100).mapToDouble(percent -> percent / 100.0).toArray();
	}

	/** @return whether newly due items open a notification */
	public static boolean notifications() {
		return AdvocacyUiPlugin.getDefault().getPreferenceStore().getBoolean(NOTIFY);
	}
}
