// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.preferences;

import java.util.Set;

import org.advocacy.core.escalation.ClockPauses;
import org.advocacy.core.review.OpenEndedEngagements;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Person;
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

	/**
	 * Who uses this workbench: the name of a person of the organization, empty for nobody (no "Mine" filter, and
	 * colour overrides and commitment requests do not say who made them).
	 */
	public static final String YOU_ARE = "youAre";

	/** How many business days the customer-update clock may stay paused before the pause is flagged. */
	public static final String PAUSE_LIMIT_DAYS = "pauses.limitBusinessDays";

	/** After how many days without progress an open engagement is flagged as open-ended. */
	public static final String STALLED_DAYS = "openEnded.stalledDays";

	/** After how many days open an engagement is flagged as open-ended. */
	public static final String MAX_AGE_DAYS = "openEnded.maxAgeDays";

	/** The settings that change what the nudges announce (not {@link #YOU_ARE}, which says who edits). */
	public static final Set<String> NUDGE_SETTINGS = Set.of(NOTIFY, FIRST_WARNING, SECOND_WARNING);

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		store.setDefault(NOTIFY, true);
		store.setDefault(FIRST_WARNING, 70);
		store.setDefault(SECOND_WARNING, 90);
		store.setDefault(YOU_ARE, "");
		store.setDefault(PAUSE_LIMIT_DAYS, ClockPauses.DEFAULT_LIMIT_DAYS);
		store.setDefault(STALLED_DAYS, (int) OpenEndedEngagements.DEFAULT_STALLED_AFTER.toDays());
		store.setDefault(MAX_AGE_DAYS, (int) OpenEndedEngagements.DEFAULT_MAX_AGE.toDays());
	}

	/** @return how pauses of the customer-update clock count, with the limit set */
	public static ClockPauses clockPauses() {
		return new ClockPauses(Math.max(1, AdvocacyUiPlugin.getDefault().getPreferenceStore().getInt(PAUSE_LIMIT_DAYS)));
	}

	/** @return when an open engagement is flagged as open-ended, as set */
	public static OpenEndedEngagements.Limits openEndedLimits() {
		IPreferenceStore store = AdvocacyUiPlugin.getDefault().getPreferenceStore();
		return OpenEndedEngagements.Limits.ofDays(Math.max(1, store.getInt(STALLED_DAYS)),
				Math.max(1, store.getInt(MAX_AGE_DAYS)));
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

	/**
	 * @param repository the repository being edited
	 * @return the person of its organization the user said they are (what the workbench records as who set a colour
	 *         or asked for a commitment), or {@code null} when nobody was chosen or the name is not one of its people
	 */
	public static Person youAre(AdvocacyRepository repository) {
		String name = youAre();
		if (name == null || repository.getOrganization() == null) {
			return null;
		}
		return repository.getOrganization().getPeople().stream().filter(person -> name.equals(person.getName()))
				.findFirst().orElse(null);
	}

	/** @return whether newly due items open a notification */
	public static boolean notifications() {
		return AdvocacyUiPlugin.getDefault().getPreferenceStore().getBoolean(NOTIFY);
	}
}
