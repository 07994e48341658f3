// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationChannel;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Urgency;

/**
 * Builds the customer communications of an engagement: one voice (the advocate), updates that stand alone
 * (context, progress, next step, expected response) tailored to management, engineers or administrative
 * contacts, sent on the segment's cadence with the next update due; plus drafts, and emotionally charged drafts
 * held for 24 hours before being revised or discarded.
 */
final class CommunicationBuilder {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH)
			.withZone(ZoneOffset.UTC);

	private static final String[] PROGRESS = { "the chronology is complete and was reviewed with our engineering and support leads.",
			"the fix passed regression testing overnight and is scheduled for your next change window.",
			"the interim workaround has held for five business days without a recurrence.",
			"our engineering director has assigned two senior engineers full time to the corrective action.",
			"corrected documents were issued and are with your team for review." };

	private static final String[] IMPACT = { "no further business impact since the workaround was applied.",
			"the remaining risk is limited to month-end processing, which we will watch closely.",
			"your team no longer needs to test every update before it goes to production." };

	private static final String[] NEXT = { "we walk through the root causes with your IT director on Thursday.",
			"we need your approval of the change window by Wednesday noon.",
			"we will run the witnessed test with your engineers and share the results the same day.",
			"your sponsor and our vice president meet to confirm the remaining milestones." };

	private static final String CHARGED = "Frankly, we have carried this project for months. Your team missed four of the "
			+ "last six workshops, changed the integration scope twice and still expects us to hit the original date. "
			+ "We cannot keep absorbing delays caused on your side.";

	private final SampleContext context;
	private final CustomerUpdates updates = new CustomerUpdates();

	CommunicationBuilder(SampleContext context) {
		this.context = context;
	}

	void build(Engagement engagement, Timeline timeline, int cadenceMinutes, Script.Special special, boolean detailed) {
		EngagementState state = engagement.getState();
		boolean closed = timeline.closedAt != null;
		Instant limit = (closed ? timeline.closedAt : context.now).minus(Duration.ofMinutes(15));
		int count = switch (state) {
		case REQUESTED, DECLINED -> 1;
		case ASSESSING -> detailed ? 2 : 1;
		default -> detailed ? context.between(3, 6) : context.between(1, 2);
		};
		boolean urgent = engagement.getUrgency() == Urgency.URGENT_24X7;
		Instant first = timeline.openedAt.plus(Duration.ofMinutes(urgent ? context.between(10, 40) : context.between(60, 300)));
		if (state == EngagementState.DECLINED) {
			first = timeline.closedAt.minus(Duration.ofMinutes(context.between(20, 120)));
		}
		if (!first.isBefore(limit)) {
			count = 0;
		}
		Instant[] times = new Instant[count];
		if (count > 0) {
			times[0] = first;
			Instant last = closed ? limit.minus(Duration.ofMinutes(context.between(15, 240)))
					: limit.minus(Duration.ofMinutes(context.between(0, Math.max(1, cadenceMinutes * 4 / 5))));
			if (!last.isAfter(first)) {
				last = first.plus(Duration.between(first, limit).dividedBy(2));
			}
			long window = Duration.between(first, last).toMinutes();
			for (int i = 1; i < count; i++) {
				times[i] = i == count - 1 ? last : first.plus(Duration.ofMinutes((long) (context.random.nextDouble() * window)));
			}
			Arrays.sort(times);
		}
		for (int i = 0; i < count; i++) {
			boolean finalNote = closed && i == count - 1;
			Audience audience = i == 0 || finalNote ? Audience.MANAGEMENT : Audience.VALUES.get(i % 3);
			CustomerCommunication message = message(engagement, audience, SampleContext.minute(times[i]), CommunicationState.SENT);
			message.setSentAt(SampleContext.minute(times[i]));
			message.setCreatedAt(SampleContext.minute(times[i].minus(Duration.ofMinutes(context.between(10, 60)))));
			if (!finalNote) {
				message.setNextUpdateDue(updates.nextUpdateAfter(engagement, message.getSentAt()));
			}
			text(message, engagement, i, state, finalNote);
			engagement.getCommunications().add(message);
		}
		special(engagement, timeline, special);
	}

	private void special(Engagement engagement, Timeline timeline, Script.Special special) {
		switch (special) {
		case DRAFT -> {
			CustomerCommunication draft = message(engagement, Audience.MANAGEMENT,
					SampleContext.minute(context.now.minus(Duration.ofMinutes(context.between(40, 150)))), CommunicationState.DRAFT);
			draft.setSubject("Draft: update on " + engagement.getTitle());
			draft.setSummary(update(engagement, Audience.MANAGEMENT, engagement.getCommunications().size() + 1, "(to be confirmed)"));
			engagement.getCommunications().add(draft);
		}
		case ON_HOLD, DISCARDED -> {
			Instant created = special == Script.Special.ON_HOLD
					? context.now.minus(Duration.ofMinutes(context.between(180, 480)))
					: timeline.openedAt.plus(Duration.ofHours(context.between(26, 40)));
			CustomerCommunication charged = message(engagement, Audience.MANAGEMENT, SampleContext.minute(created),
					special == Script.Special.ON_HOLD ? CommunicationState.ON_HOLD : CommunicationState.DISCARDED);
			charged.setEmotionallyCharged(true);
			charged.setHoldUntil(charged.getCreatedAt().plus(Duration.ofHours(24)));
			charged.setSubject("Re: " + engagement.getTitle() + ": our position");
			charged.setSummary(CHARGED + (special == Script.Special.ON_HOLD ? ""
					: " [Deleted after letting it sit for 24 hours; the facts went into the next regular update.]"));
			engagement.getCommunications().add(charged);
		}
		default -> {
			// nothing special
		}
		}
	}

	private CustomerCommunication message(Engagement engagement, Audience audience, Instant created,
			CommunicationState state) {
		CustomerCommunication message = context.factory.createCustomerCommunication();
		message.setCreatedAt(created);
		message.setAuthor(engagement.getAdvocate());
		message.setState(state);
		Audience actual = audience;
		if (contacts(engagement, audience) == 0) {
			actual = Audience.MANAGEMENT;
		}
		message.getAudiences().add(actual);
		for (CustomerContact contact : engagement.getCustomer().getContacts()) {
			if (contact.getAudience() == actual) {
				message.getRecipients().add(contact);
			}
		}
		message.setChannel(switch (actual) {
		case ENGINEER -> context.chance(0.5) ? CommunicationChannel.PORTAL : CommunicationChannel.EMAIL;
		case MANAGEMENT -> context.chance(0.3) ? CommunicationChannel.CONFERENCE_CALL : CommunicationChannel.EMAIL;
		default -> CommunicationChannel.EMAIL;
		});
		return message;
	}

	private static int contacts(Engagement engagement, Audience audience) {
		int count = 0;
		for (CustomerContact contact : engagement.getCustomer().getContacts()) {
			if (contact.getAudience() == audience) {
				count++;
			}
		}
		return count;
	}

	private void text(CustomerCommunication message, Engagement engagement, int number, EngagementState state,
			boolean finalNote) {
		String title = engagement.getTitle();
		if (state == EngagementState.DECLINED) {
			message.setSubject("Your request for a customer advocate: " + title);
			message.setSummary("Thank you for asking for a customer advocate. Having reviewed the case history with our "
					+ "support director, we will handle this through standard support with priority handling, and your "
					+ "case owner will call you today. If the situation changes or the case stalls, reply to this note and "
					+ "I will reassess within one business day.");
		} else if (finalNote) {
			message.setSubject("Close-out: " + title);
			message.setSummary("Close-out: every criterion we agreed at the start is met, and you confirmed them on our "
					+ "call. From today your account team and standard support are your contacts again; the root-cause "
					+ "commitments stay on our management review until they are done. Thank you for your patience.");
		} else if (number == 0) {
			message.setSubject("Your customer advocate for " + title);
			message.setSummary("I am " + engagement.getAdvocate().getName() + ", your customer advocate. I own this "
					+ "situation end to end and will be your single point of contact; you will get one consolidated "
					+ "update from me on the agreed cadence, whatever the status. First written update by "
					+ WHEN.format(message.getCreatedAt().plus(Duration.ofHours(4))) + ".");
		} else {
			message.setSubject("Update " + number + ": " + title);
			message.setSummary(update(engagement, message.getAudiences().get(0), number,
					message.getNextUpdateDue() == null ? "the agreed date" : WHEN.format(message.getNextUpdateDue())));
		}
	}

	private String update(Engagement engagement, Audience audience, int number, String next) {
		return switch (audience) {
		case ENGINEER -> "Technical update " + number + " on '" + engagement.getTitle() + "'. What changed: "
				+ context.pick(PROGRESS) + " Next step: " + context.pick(NEXT)
				+ " Logs, test evidence and the change plan are in the portal case. Next update by " + next + ".";
		case ADMINISTRATIVE -> "What this means for you: " + context.pick(IMPACT)
				+ " Nothing changes in how you raise cases or pay invoices. Next step: " + context.pick(NEXT)
				+ " If I don't hear back in 3 days I will follow up.";
		default -> "Following our last call on '" + engagement.getTitle() + "', progress: " + context.pick(PROGRESS)
				+ " Business impact: " + context.pick(IMPACT) + " Next step: " + context.pick(NEXT)
				+ " I will update you again by " + next + "; if I don't hear back on the options within 2 business days "
				+ "I will follow up by phone.";
		};
	}
}
