// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.review.OpenEndedEngagements.Flag;
import org.advocacy.core.review.OpenEndedEngagements.Limits;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.junit.jupiter.api.Test;

/**
 * No open-ended engagements: an open engagement without progress (no update sent, no ladder call, nothing crossed
 * off, no work logged) for longer than the limit, or open longer than the limit, is flagged; progress, a young
 * engagement and a closed one are not.
 */
class OpenEndedEngagementsTest {

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private final ModelBuilder model = new ModelBuilder();
	private final Engagement engagement = model.engagement("ADV-OE", model.customer("Contoso", null),
			EngagementState.ENGAGED, NOW.minus(Duration.ofDays(30)));

	private List<Flag> flagged() {
		return OpenEndedEngagements.flagged(List.of(engagement), NOW, Limits.DEFAULTS, ZoneOffset.UTC);
	}

	private void sent(Instant at) {
		CustomerCommunication update = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		update.setState(CommunicationState.SENT);
		update.setSentAt(at);
		engagement.getCommunications().add(update);
	}

	@Test
	void noProgressForLongerThanTwoWeeksIsFlagged() {
		sent(NOW.minus(Duration.ofDays(15)));

		List<Flag> flags = flagged();

		assertEquals(1, flags.size());
		assertTrue(flags.get(0).stalled());
		assertFalse(flags.get(0).tooOld());
		assertEquals("Open-ended: no progress since 2026-11-05 (15 days; the limit is 14). Agree what it takes to "
				+ "close, or return it to standard procedures.", flags.get(0).reason());
	}

	@Test
	void withoutAnyProgressTheOpeningCounts() {
		assertEquals("no progress since it opened on 2026-10-21 (30 days; the limit is 14)",
				flagged().get(0).summary());
	}

	@Test
	void anUpdateALadderCallOrLoggedWorkWithinTheLimitIsProgress() {
		sent(NOW.minus(Duration.ofDays(13)));
		assertTrue(flagged().isEmpty(), "an update sent 13 days ago");

		engagement.getCommunications().clear();
		Escalation escalation = ModelBuilder.escalation(engagement, model.area("Legal", AreaKind.LEGAL), NOW.minus(Duration.ofDays(20)));
		ModelBuilder.attempt(escalation, EscalationLevel.PRIMARY, null, NOW.minus(Duration.ofDays(2)),
				AttemptOutcome.RESPONDED);
		assertTrue(flagged().isEmpty(), "a ladder call two days ago");

		engagement.getEscalations().clear();
		EffortEntry effort = AdvocacyFactory.eINSTANCE.createEffortEntry();
		effort.setDate(NOW.minus(Duration.ofDays(1)).atZone(ZoneOffset.UTC).toLocalDate());
		engagement.getEffortEntries().add(effort);
		assertTrue(flagged().isEmpty(), "work logged yesterday");
	}

	@Test
	void progressAfterNowDoesNotCount() {
		sent(NOW.plus(Duration.ofDays(1)));
		assertEquals(1, flagged().size());
	}

	@Test
	void anEngagementOpenLongerThanTheLimitIsFlaggedEvenWithProgress() {
		engagement.setOpenedAt(NOW.minus(Duration.ofDays(91)));
		sent(NOW.minus(Duration.ofDays(1)));

		Flag flag = flagged().get(0);

		assertTrue(flag.tooOld());
		assertFalse(flag.stalled());
		assertEquals("open for 91 days (the limit is 90)", flag.summary());
		assertTrue(OpenEndedEngagements.flagged(List.of(engagement), NOW, Limits.ofDays(14, 120), ZoneOffset.UTC)
				.isEmpty(), "the limit is configurable");
	}

	@Test
	void closedEngagementsAreNeverFlagged() {
		engagement.setOpenedAt(NOW.minus(Duration.ofDays(200)));
		engagement.setState(EngagementState.RETURNED_TO_SOP);
		assertTrue(flagged().isEmpty());
		assertThrows(IllegalArgumentException.class, () -> Limits.ofDays(0, 90));
	}
}
