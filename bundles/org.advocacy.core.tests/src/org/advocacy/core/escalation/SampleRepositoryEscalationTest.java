// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderRung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the escalation engine over the shipped sample, and over the same sample saved and loaded again. */
class SampleRepositoryEscalationTest {

	private static final Instant NOW = Instant.parse("2026-03-04T10:15:00Z");

	private final AdvocacyRepository sample = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW)
			.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
	private final EscalationLadder ladder = new EscalationLadder();

	@Test
	void everyEscalationOfAnOpenEngagementGetsADecisionAndTheActiveOnesAreListed() {
		int open = 0;
		List<Escalation> unanswered = new ArrayList<>();
		for (Engagement engagement : sample.getEngagements()) {
			boolean closed = engagement.getState() == EngagementState.RETURNED_TO_SOP
					|| engagement.getState() == EngagementState.DECLINED;
			for (LadderStatus status : ladder.evaluate(engagement, NOW)) {
				assertNotNull(status.reason());
				assertFalse(status.reason().isBlank());
				assertEquals(closed, status.state() == LadderState.CLOSED, engagement.getKey());
				if (!closed) {
					open++;
					if (status.state() != LadderState.RESPONDED) {
						unanswered.add(status.escalation());
					}
				}
			}
		}
		assertTrue(open > 0, "the sample has escalations on open engagements");
		assertEquals(unanswered, ladder.activeLadders(sample, NOW).stream().map(LadderStatus::escalation).toList());
	}

	@Test
	void theSampleHasCustomerUpdatesAndAnOverdueCommitmentToReport() {
		List<UpdateStatus> updates = new CustomerUpdates().openEngagements(sample, NOW);
		assertFalse(updates.isEmpty());
		assertTrue(updates.stream().allMatch(status -> status.nextDueAt() != null));
		assertFalse(OverdueCommitments.find(sample, NOW.atZone(ZoneOffset.UTC).toLocalDate()).isEmpty(),
				"the sample's earlier review has a commitment whose promised update was missed");
	}

	@Test
	void aRestartedWorkbenchDecidesTheSame(@TempDir Path folder) throws Exception {
		callPrimaryFiveMinutesAgo(firstOpenEngagementWithAnEscalation());
		assertFalse(ladder.activeLadders(sample, NOW).isEmpty());
		Path file = folder.resolve("sample.advocacy");
		new RepositoryStore().save(sample, file);
		AdvocacyRepository reloaded = new RepositoryStore().loadRepository(file);

		for (Instant at : List.of(NOW, NOW.plusSeconds(7 * 60), NOW.plusSeconds(3 * 86_400))) {
			assertEquals(ladders(sample, at), ladders(reloaded, at));
			assertEquals(updates(sample, at), updates(reloaded, at));
			assertEquals(ladders(sample, at), ladders(sample, at), "evaluating twice changes nothing");
		}
	}

	private Engagement firstOpenEngagementWithAnEscalation() {
		for (Engagement engagement : sample.getEngagements()) {
			if (!engagement.getEscalations().isEmpty() && engagement.getState() != EngagementState.RETURNED_TO_SOP
					&& engagement.getState() != EngagementState.DECLINED) {
				return engagement;
			}
		}
		throw new AssertionError("The sample has no open engagement with an escalation");
	}

	/** Starts a new escalation on the same area as the engagement's first one, with the primary called at NOW - 5 min. */
	private static void callPrimaryFiveMinutesAgo(Engagement engagement) {
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(engagement.getEscalations().get(0).getArea());
		escalation.setStartedAt(NOW.minusSeconds(5 * 60));
		LadderRung primary = escalation.getArea().getLadder().stream()
				.filter(rung -> rung.getLevel() == EscalationLevel.PRIMARY).findFirst().orElseThrow();
		escalation.getAttempts().add(LadderContact.covering(EscalationLevel.PRIMARY, primary.getPerson(),
				escalation.getStartedAt()).newAttempt(null, escalation.getStartedAt()));
		assertEquals(AttemptOutcome.PENDING, escalation.getAttempts().get(0).getOutcome());
		engagement.getEscalations().add(escalation);
	}

	private List<String> ladders(AdvocacyRepository repository, Instant at) {
		List<String> lines = new ArrayList<>();
		for (Engagement engagement : repository.getEngagements()) {
			for (LadderStatus status : ladder.evaluate(engagement, at)) {
				lines.add(engagement.getKey() + " " + status.state() + " " + status.dueAt() + " " + status.warning() + " "
						+ status.reason());
			}
		}
		return lines;
	}

	private static List<String> updates(AdvocacyRepository repository, Instant at) {
		return new CustomerUpdates().openEngagements(repository, at).stream()
				.map(status -> status.engagement().getKey() + " " + status.state() + " " + status.nextDueAt() + " "
						+ status.readyDrafts().size() + " " + status.reason())
				.toList();
	}
}
