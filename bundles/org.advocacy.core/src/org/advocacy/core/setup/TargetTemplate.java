// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import org.advocacy.model.Urgency;

/**
 * A service target for one urgency: how often the customer hears from the advocate, and how long each rung of the
 * who-to-call ladder has to answer before the next is called. Urgent engagements count wall-clock minutes, the
 * others business minutes of the organization's calendar.
 *
 * @param urgency                  the urgency it applies to
 * @param updateCadenceMinutes     minutes between customer updates, at least 1
 * @param escalationTimeoutMinutes minutes before the next rung of the ladder is called, at least 1
 */
public record TargetTemplate(Urgency urgency, int updateCadenceMinutes, int escalationTimeoutMinutes) {

	/** @throws IllegalArgumentException when the urgency is missing or a number is not positive */
	public TargetTemplate {
		if (urgency == null) {
			throw new IllegalArgumentException("a service target needs an urgency");
		}
		if (updateCadenceMinutes < 1 || escalationTimeoutMinutes < 1) {
			throw new IllegalArgumentException("the " + urgency + " update cadence (" + updateCadenceMinutes
					+ " minutes) and escalation timeout (" + escalationTimeoutMinutes
					+ " minutes) must each be at least 1 minute");
		}
	}
}
