// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.Audience;
import org.advocacy.model.ClockPause;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.CommunicationChannel;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ImpactArea;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferImpact;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.StatusColour;

/**
 * Builds how the standard engagements managed the customer's experience: written updates that reinforce the silver
 * lining and record the colour they were sent with (the latest one the engine's colour today, so a worse colour
 * shows as a blip), calls where the customer repeated back their understanding, the criteria and close-outs the
 * customer confirmed (one engaged engagement's criteria deliberately not, to be flagged), a draft for a mixed
 * audience, services offered on a free trial or bought, the update clock paused while waiting on the customer, and
 * one colour the advocate set differently from the engine's, with the reason.
 */
final class CustomerExperienceBuilder {

	private static final String[] SILVER_LININGS = {
			"Our engineering director reviews this case daily, and three specialists are assigned to it full time.",
			"The fix is in final testing a week ahead of the plan; your operations team has not had to do anything.",
			"Our VP of Customer Support is briefed after every update, and the monitoring we added caught two "
					+ "early warnings before they reached you.",
			"Every commitment in the plan has an owner who reports to me daily; all of this week's tasks finished "
					+ "on time." };

	private static final String[] CLARIFICATIONS = {
			"Asked what 'stable' means for them: no failed batch for ten business days, because the month-end close "
					+ "depends on it.",
			"Asked why the weekend window matters: their own customers' peak is Monday morning, so a Friday change "
					+ "is the real risk.",
			"Asked what a good update looks like for their CFO: the business impact in one paragraph, numbers first." };

	private final SampleContext context;

	CustomerExperienceBuilder(SampleContext context) {
		this.context = context;
	}

	void build(List<Engagement> standard) {
		EngagementColours colours = new EngagementColours(context.now);
		for (Engagement engagement : standard) {
			updates(engagement, colours.colourOf(engagement));
		}
		List<Engagement> engaged = inState(standard, EngagementState.ENGAGED);
		List<Engagement> executing = inState(standard, EngagementState.EXECUTING_PLAN);
		List<Engagement> closed = inState(standard, EngagementState.RETURNED_TO_SOP);
		for (Engagement engagement : standard) {
			if (engagement.getCriteriaAgreedAt() != null && (engaged.size() < 2 || engagement != engaged.get(1))) {
				confirmCriteria(engagement);
			}
		}
		closed.forEach(this::confirmCloseOut);
		mixedAudienceDraft(standard);
		if (executing.size() > 2) {
			offer(executing.get(2), OfferStatus.TRIAL, 30);
		}
		if (!closed.isEmpty()) {
			offer(closed.get(0), OfferStatus.BOUGHT, 120);
		}
		if (!executing.isEmpty()) {
			pause(executing.get(0), context.now.minus(Duration.ofDays(4)), context.now.minus(Duration.ofDays(2)),
					"Waiting for the customer's change window to apply the fix.");
		}
		if (engaged.size() > 1) {
			pause(engaged.get(1), context.now.minus(Duration.ofHours(40)), null,
					"Waiting for the customer's log files from the failed nightly runs.");
		}
		if (!executing.isEmpty()) {
			Engagement last = executing.get(executing.size() - 1);
			override(last, colours.colourOf(last));
		}
	}

	private static List<Engagement> inState(List<Engagement> engagements, EngagementState state) {
		return engagements.stream().filter(engagement -> engagement.getState() == state).toList();
	}

	private static List<CustomerCommunication> sent(Engagement engagement) {
		List<CustomerCommunication> sent = new ArrayList<>();
		for (CustomerCommunication communication : engagement.getCommunications()) {
			if (communication.getState() == CommunicationState.SENT && communication.getSentAt() != null) {
				sent.add(communication);
			}
		}
		sent.sort(Comparator.comparing(CustomerCommunication::getSentAt));
		return sent;
	}

	/** Silver linings on the updates, the colour each was sent with, and repeat-backs on the calls. */
	private void updates(Engagement engagement, StatusColour today) {
		List<CustomerCommunication> sent = sent(engagement);
		for (int i = 0; i < sent.size(); i++) {
			CustomerCommunication update = sent.get(i);
			update.setColour(i == sent.size() - 1 ? today : StatusColour.GREEN);
			if (update.getSubject() != null && update.getSubject().startsWith("Update")) {
				update.setSilverLining(context.pick(SILVER_LININGS));
			}
			CommunicationChannel channel = update.getChannel();
			if (channel == CommunicationChannel.CONFERENCE_CALL || channel == CommunicationChannel.PHONE_CALL) {
				repeatedBack(update);
				update.setClarificationNotes(context.pick(CLARIFICATIONS));
			}
		}
	}

	private void repeatedBack(CustomerCommunication communication) {
		Instant after = communication.getSentAt().plus(Duration.ofMinutes(15));
		communication.setCustomerRepeatedBack(true);
		communication.setRepeatedBackAt(after.isAfter(context.now) ? communication.getSentAt() : after);
	}

	private void confirmCriteria(Engagement engagement) {
		for (CustomerCommunication update : sent(engagement)) {
			if (!update.getSentAt().isBefore(engagement.getCriteriaAgreedAt())) {
				repeatedBack(update);
				engagement.setCriteriaConfirmation(update);
				return;
			}
		}
	}

	private void confirmCloseOut(Engagement engagement) {
		List<CustomerCommunication> sent = sent(engagement);
		if (!sent.isEmpty()) {
			CustomerCommunication last = sent.get(sent.size() - 1);
			repeatedBack(last);
			engagement.setCloseOutConfirmation(last);
		}
	}

	/** The first draft update of the standard engagements goes to management and engineers at once. */
	private static void mixedAudienceDraft(List<Engagement> standard) {
		for (Engagement engagement : standard) {
			for (CustomerCommunication communication : engagement.getCommunications()) {
				if (communication.getState() == CommunicationState.DRAFT) {
					Audience other = communication.getAudiences().contains(Audience.MANAGEMENT) ? Audience.ENGINEER
							: Audience.MANAGEMENT;
					if (!communication.getAudiences().contains(other)) {
						communication.getAudiences().add(other);
					}
					return;
				}
			}
		}
	}

	/** A proactive monitoring service that would have caught the incident early, on trial or bought. */
	private void offer(Engagement engagement, OfferStatus status, int daysAgo) {
		Offer offer = context.factory.createOffer();
		offer.setService("Proactive monitoring service with 24x7 alerting");
		offer.setBenefit("Alerts on the early warning signs seen in the chronology, hours before users are affected.");
		LocalDate today = LocalDate.ofInstant(context.now, ZoneOffset.UTC);
		offer.setTrialStart(today.minusDays(daysAgo));
		offer.setOfferedOn(today.minusDays(daysAgo + 2L));
		offer.setStatus(status);
		impact(offer, ImpactArea.REVENUE, "Invoicing held up for two days", context.money(120_000, 260_000));
		impact(offer, ImpactArea.CUSTOMER_SATISFACTION, "Their own customers complained about late statements", null);
		impact(offer, ImpactArea.LOST_OPPORTUNITY, "A regional roll-out postponed by a quarter",
				context.money(40_000, 90_000));
		offer.setInvestment(context.money(30_000, 60_000));
		engagement.getOffers().add(offer);
	}

	private void impact(Offer offer, ImpactArea area, String description, BigDecimal amount) {
		OfferImpact impact = context.factory.createOfferImpact();
		impact.setArea(area);
		impact.setDescription(description);
		impact.setAmount(amount);
		offer.getImpacts().add(impact);
	}

	private void pause(Engagement engagement, Instant start, Instant end, String reason) {
		ClockPause pause = context.factory.createClockPause();
		pause.setStart(SampleContext.minute(start));
		pause.setEnd(end == null ? null : SampleContext.minute(end));
		pause.setReason(reason);
		pause.setPausedBy(engagement.getAdvocate());
		engagement.getPauses().add(pause);
	}

	/**
	 * The advocate knows what the schedule cannot: a red plan whose slip the customer agreed to is yellow, and a plan
	 * on track with an unhappy customer is worse than the engine says.
	 */
	private void override(Engagement engagement, StatusColour engine) {
		ColourOverride override = context.factory.createColourOverride();
		if (engine == StatusColour.RED) {
			override.setColour(StatusColour.YELLOW);
			override.setReason("The customer agreed in writing to the new milestone dates on Monday's call; the plan "
					+ "is late against its commitments, not against what the customer expects.");
		} else {
			override.setColour(engine == StatusColour.GREEN ? StatusColour.YELLOW : StatusColour.RED);
			override.setReason("The customer's CFO wrote to our CEO yesterday about the delays; the plan's dates "
					+ "hold, the relationship does not.");
		}
		override.setSetBy(engagement.getAdvocate());
		override.setSetAt(SampleContext.minute(context.now.minus(Duration.ofHours(20))));
		engagement.setColourOverride(override);
	}
}
