// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.CLOCK_PAUSE__END;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__PAUSES;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.escalation.ClockPauses;
import org.advocacy.core.escalation.Engagements;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ClockPause;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Pausing an engagement's customer-update clock while we wait on the customer, and starting it again, each one
 * undoable command. A pause needs its reason (what we wait for), so the log and the management review can tell
 * waiting from neglect; {@link ClockPauses} flags a pause that lasts too long.
 */
public final class ClockPauseCommands {

	private ClockPauseCommands() {
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement an open engagement whose clock runs
	 * @param reason     what we wait on the customer for
	 * @param pausedBy   who pauses it, or {@code null} when the workbench does not know
	 * @param at         when the clock stops
	 * @return the command adding the pause; refused without a reason, on a closed engagement, or while a pause goes on
	 */
	public static Edit pause(EditingDomain domain, Engagement engagement, String reason, Person pausedBy, Instant at) {
		Objects.requireNonNull(at, "at");
		if (reason == null || reason.isBlank()) {
			return Edit.refused("Say what we are waiting on the customer for; the pause is shown with its reason.");
		}
		if (Engagements.isClosed(engagement)) {
			return Edit.refused("The engagement is closed; no customer updates are due to pause.");
		}
		if (ClockPauses.active(engagement) != null) {
			return Edit.refused("The update clock is paused already; resume it first.");
		}
		ClockPause pause = AdvocacyFactory.eINSTANCE.createClockPause();
		pause.setStart(at);
		pause.setReason(reason.strip());
		pause.setPausedBy(pausedBy);
		return Edit.of(EngagementCommands.apply(domain, "Pause Update Clock",
				List.of(ModelChange.add(engagement, ENGAGEMENT__PAUSES, pause))));
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement an engagement whose clock is paused
	 * @param at         when the clock runs again
	 * @return the command ending the pause; refused when the clock is not paused or {@code at} is before the pause
	 */
	public static Edit resume(EditingDomain domain, Engagement engagement, Instant at) {
		Objects.requireNonNull(at, "at");
		ClockPause pause = ClockPauses.active(engagement);
		if (pause == null) {
			return Edit.refused("The update clock is not paused.");
		}
		if (at.isBefore(pause.getStart())) {
			return Edit.refused("The clock cannot run again before it was paused.");
		}
		return Edit.of(EngagementCommands.apply(domain, "Resume Update Clock",
				List.of(ModelChange.set(pause, CLOCK_PAUSE__END, at))));
	}
}
