// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;

/**
 * How often the customer hears from us, and so when the advocate follows up on an update: the update cadence of the
 * customer segment's service target for the engagement's urgency, else the repository's default target for that
 * urgency, else daily for urgent and weekly for business-hours engagements (the whitepaper's "weekly, daily or
 * more"). Plain wall-clock arithmetic; business hours are not considered here.
 */
public final class UpdateCadence {

	/** The cadence when no target is set for an urgent engagement: daily. */
	public static final int URGENT_DEFAULT_MINUTES = 24 * 60;
	/** The cadence when no target is set for a business-hours engagement: weekly. */
	public static final int BUSINESS_HOURS_DEFAULT_MINUTES = 7 * 24 * 60;

	private UpdateCadence() {
	}

	/** @return the minutes between customer updates for the engagement */
	public static int minutes(Engagement engagement) {
		Urgency urgency = engagement.getUrgency();
		if (engagement.getCustomer() != null && engagement.getCustomer().getSegment() != null) {
			Integer minutes = cadence(engagement.getCustomer().getSegment().getTargets(), urgency);
			if (minutes != null) {
				return minutes;
			}
		}
		if (engagement.eContainer() instanceof AdvocacyRepository repository) {
			Integer minutes = cadence(repository.getDefaultTargets(), urgency);
			if (minutes != null) {
				return minutes;
			}
		}
		return urgency == Urgency.URGENT_24X7 ? URGENT_DEFAULT_MINUTES : BUSINESS_HOURS_DEFAULT_MINUTES;
	}

	/** @return when to follow up on an update sent at {@code now} */
	public static Instant followUpBy(Engagement engagement, Instant now) {
		return now.plus(Duration.ofMinutes(minutes(engagement)));
	}

	private static Integer cadence(Iterable<ServiceTarget> targets, Urgency urgency) {
		for (ServiceTarget target : targets) {
			if (target.getUrgency() == urgency && target.getUpdateCadenceMinutes() > 0) {
				return target.getUpdateCadenceMinutes();
			}
		}
		return null;
	}
}
