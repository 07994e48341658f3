// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__COLOUR;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__HOLD_UNTIL;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SENT_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__STATE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;

/**
 * What happens to a customer-update draft when the advocate sends it, following the whitepaper's advice on
 * emotionally charged writing: write it, walk away, let it sit for {@link #HOLD} and then revise and send it, or
 * delete it. A draft is charged when the advocate marks it so, or when its subject or text uses wording written in
 * the heat of the moment ({@link #chargedWording}); such a draft is put on hold the first time it is sent and may be
 * sent once the hold is over. Other drafts are sent at once, and the next update falls due one cadence later
 * ({@link CustomerUpdates#nextUpdateAfter}).
 * <p>
 * Nothing is changed here: the decisions come back as {@link ModelChange}s for the caller to apply as one command.
 * A pure function of the model and the instant passed in.
 */
public final class CustomerDrafts {

	/** How long an emotionally charged draft sits before it may be sent. */
	public static final Duration HOLD = Duration.ofHours(24);

	/** Wording that signals a draft written in anger or in blame, rather than one voice giving facts and next steps. */
	private static final Pattern CHARGED = Pattern.compile("\\b(frankly|unacceptable|ridiculous|absurd|outrageous"
			+ "|incompetent|incompetence|your fault|your team missed|on your side|we cannot keep|how many times"
			+ "|once again you|sick of|fed up|waste of (?:our|my) time|blame you|as we already told you)\\b|!{2,}",
			Pattern.CASE_INSENSITIVE);

	/** What sending a draft does now. */
	public enum SendStep {
		/** The draft goes out now. */
		SEND,
		/** The draft is charged and has not sat yet: sending puts it on hold. */
		HOLD,
		/** The draft is on hold and its hold is not over: it cannot be sent yet. */
		WAIT,
		/** The update was sent or discarded already. */
		NONE
	}

	private CustomerDrafts() {
	}

	/**
	 * @param text a subject or body, may be {@code null}
	 * @return the charged phrases found, in order, lower case; empty when none
	 */
	public static List<String> chargedWording(String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		Matcher matcher = CHARGED.matcher(text);
		while (matcher.find()) {
			String phrase = matcher.group().toLowerCase(Locale.ROOT);
			if (!found.contains(phrase)) {
				found.add(phrase);
			}
		}
		return found;
	}

	/** @return whether the draft is marked charged or reads as charged */
	public static boolean isCharged(CustomerCommunication draft) {
		return draft.isEmotionallyCharged() || !chargedWording(draft.getSubject()).isEmpty()
				|| !chargedWording(draft.getSummary()).isEmpty();
	}

	/**
	 * @param draft a customer communication
	 * @param now   the instant to decide for
	 * @return what sending it does at {@code now}
	 */
	public static SendStep sendStep(CustomerCommunication draft, Instant now) {
		CommunicationState state = draft.getState();
		if (state == CommunicationState.SENT || state == CommunicationState.DISCARDED) {
			return SendStep.NONE;
		}
		if (draft.getHoldUntil() != null) {
			return now.isBefore(draft.getHoldUntil()) ? SendStep.WAIT : SendStep.SEND;
		}
		return isCharged(draft) ? SendStep.HOLD : SendStep.SEND;
	}

	/**
	 * The changes that send a draft, or that put it on hold when it is charged and has not sat yet.
	 *
	 * @param draft a draft of an engagement
	 * @param now   when the advocate sends it
	 * @return the changes, for the caller to apply as one command
	 * @throws IllegalStateException if the draft is on hold until after {@code now}, or was sent or discarded; the
	 *                               message says which
	 */
	public static List<ModelChange> send(CustomerCommunication draft, Instant now) {
		return switch (sendStep(draft, now)) {
		case HOLD -> List.of(ModelChange.set(draft, CUSTOMER_COMMUNICATION__STATE, CommunicationState.ON_HOLD),
				ModelChange.set(draft, CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED, true),
				ModelChange.set(draft, CUSTOMER_COMMUNICATION__HOLD_UNTIL, now.plus(HOLD)));
		case SEND -> sent(draft, now);
		case WAIT -> throw new IllegalStateException("The update '" + draft.getSubject() + "' is held until "
				+ draft.getHoldUntil() + " to let it sit; revise it meanwhile.");
		case NONE -> throw new IllegalStateException("The update '" + draft.getSubject() + "' was "
				+ draft.getState().getLiteral().toLowerCase(Locale.ROOT) + " already.");
		};
	}

	/** @return the change that discards a draft that should not go out */
	public static List<ModelChange> discard(CustomerCommunication draft) {
		return List.of(ModelChange.set(draft, CUSTOMER_COMMUNICATION__STATE, CommunicationState.DISCARDED));
	}

	/**
	 * The changes that record a draft as sent: its state, when, when the next update is due and, so that the next
	 * update can tell a blip, the engagement's colour code as it went out.
	 */
	private static List<ModelChange> sent(CustomerCommunication draft, Instant now) {
		List<ModelChange> changes = new ArrayList<>(List.of(
				ModelChange.set(draft, CUSTOMER_COMMUNICATION__STATE, CommunicationState.SENT),
				ModelChange.set(draft, CUSTOMER_COMMUNICATION__SENT_AT, now),
				ModelChange.set(draft, CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE, nextUpdate(draft, now))));
		if (draft.eContainer() instanceof Engagement engagement) {
			changes.add(ModelChange.set(draft, CUSTOMER_COMMUNICATION__COLOUR,
					new EngagementColours(now).colourOf(engagement)));
		}
		return changes;
	}

	private static Instant nextUpdate(CustomerCommunication draft, Instant now) {
		return draft.eContainer() instanceof Engagement engagement ? new CustomerUpdates().nextUpdateAfter(engagement, now)
				: null;
	}
}
