// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.eclipse.emf.ecore.EObject;

/**
 * The service targets that apply to an engagement: the targets of the customer's segment for the engagement's
 * urgency, else the repository's default targets for that urgency, else the built-in defaults (an escalation
 * timeout of {@link #DEFAULT_ESCALATION_TIMEOUT}, an update cadence of {@link #DEFAULT_UPDATE_CADENCE}). A target
 * of zero or fewer minutes counts as not set.
 */
public final class ServiceTargets {

	/** How long to wait for an answer on the ladder when no service target says otherwise (the whitepaper's 15 minutes). */
	public static final Duration DEFAULT_ESCALATION_TIMEOUT = Duration.ofMinutes(15);

	/** How often to update the customer when no service target says otherwise: daily. */
	public static final Duration DEFAULT_UPDATE_CADENCE = Duration.ofMinutes(1440);

	private ServiceTargets() {
	}

	/** @return how long to wait for an answer before calling the next person on the ladder */
	public static Duration escalationTimeout(Engagement engagement) {
		return minutes(engagement, ServiceTarget::getEscalationTimeoutMinutes, DEFAULT_ESCALATION_TIMEOUT);
	}

	/** @return how often the customer must receive an update */
	public static Duration updateCadence(Engagement engagement) {
		return minutes(engagement, ServiceTarget::getUpdateCadenceMinutes, DEFAULT_UPDATE_CADENCE);
	}

	private static Duration minutes(Engagement engagement, ToIntFunction<ServiceTarget> minutes, Duration fallback) {
		Urgency urgency = engagement.getUrgency();
		Customer customer = engagement.getCustomer();
		if (customer != null && customer.getSegment() != null) {
			int found = find(customer.getSegment().getTargets(), urgency, minutes);
			if (found > 0) {
				return Duration.ofMinutes(found);
			}
		}
		AdvocacyRepository repository = Engagements.repositoryOf(engagement);
		if (repository != null) {
			int found = find(repository.getDefaultTargets(), urgency, minutes);
			if (found > 0) {
				return Duration.ofMinutes(found);
			}
		}
		return fallback;
	}

	private static int find(List<ServiceTarget> targets, Urgency urgency, ToIntFunction<ServiceTarget> minutes) {
		for (ServiceTarget target : targets) {
			if (target.getUrgency() == urgency) {
				int value = minutes.applyAsInt(target);
				if (value > 0) {
					return value;
				}
			}
		}
		return 0;
	}

	/**
	 * @param owner   a segment, or the repository (for its default targets)
	 * @param urgency an urgency
	 * @return a new target for the urgency with the values that apply to the owner's customers today: for a segment
	 *         the repository's default target, for the repository (or a segment without one) the built-in defaults
	 */
	public static ServiceTarget startingTarget(EObject owner, Urgency urgency) {
		return startingTarget(owner instanceof CustomerSegment segment
				&& segment.eContainer() instanceof AdvocacyRepository repository ? repository : null, urgency);
	}

	/**
	 * @param repository the repository a new segment is for
	 * @return the targets the new segment starts with, one per urgency: the repository's default targets, else the
	 *         built-in defaults
	 */
	public static List<ServiceTarget> startingTargets(AdvocacyRepository repository) {
		return Urgency.VALUES.stream().map(urgency -> startingTarget(repository, urgency)).toList();
	}

	private static ServiceTarget startingTarget(AdvocacyRepository defaults, Urgency urgency) {
		int cadence = defaults == null ? 0
				: find(defaults.getDefaultTargets(), urgency, ServiceTarget::getUpdateCadenceMinutes);
		int timeout = defaults == null ? 0
				: find(defaults.getDefaultTargets(), urgency, ServiceTarget::getEscalationTimeoutMinutes);
		ServiceTarget target = AdvocacyFactory.eINSTANCE.createServiceTarget();
		target.setUrgency(urgency);
		target.setUpdateCadenceMinutes(cadence > 0 ? cadence : (int) DEFAULT_UPDATE_CADENCE.toMinutes());
		target.setEscalationTimeoutMinutes(timeout > 0 ? timeout : (int) DEFAULT_ESCALATION_TIMEOUT.toMinutes());
		return target;
	}
}
