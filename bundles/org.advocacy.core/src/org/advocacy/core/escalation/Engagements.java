// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.util.Locale;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;

/** Small facts about engagements and the words used for them in messages, shared by the engines of this package. */
public final class Engagements {

	private Engagements() {
	}

	/** @return whether the engagement is over (returned to standard procedures or declined): nothing is due on it */
	public static boolean isClosed(Engagement engagement) {
		EngagementState state = engagement.getState();
		return state == EngagementState.RETURNED_TO_SOP || state == EngagementState.DECLINED;
	}

	/** @return the repository that contains the engagement, or {@code null} when it is not in one */
	static AdvocacyRepository repositoryOf(Engagement engagement) {
		return engagement.eContainer() instanceof AdvocacyRepository repository ? repository : null;
	}

	/** @return the person's name for messages */
	static String name(Person person) {
		return person == null || person.getName() == null || person.getName().isBlank() ? "an unnamed person"
				: person.getName();
	}

	/** @return the area's name for messages */
	static String name(FunctionalArea area) {
		if (area == null) {
			return "an unnamed area";
		}
		if (area.getName() != null && !area.getName().isBlank()) {
			return area.getName();
		}
		return area.getKind() == null ? "an unnamed area" : area.getKind().getLiteral();
	}

	/** @return the level in lower case, as in "the vice president" */
	static String name(EscalationLevel level) {
		return level.getLiteral().toLowerCase(Locale.ROOT);
	}

	/** @return a duration in hours and minutes, such as "15 minutes", "4 hours" or "2 hours 30 minutes" */
	static String words(Duration duration) {
		long hours = duration.toHours();
		long minutes = duration.toMinutesPart();
		if (hours == 0) {
			return plural(Math.max(duration.toMinutes(), 0), "minute");
		}
		return minutes == 0 ? plural(hours, "hour") : plural(hours, "hour") + " " + plural(minutes, "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}
}
