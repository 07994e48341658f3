// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.advocacy.tests.harness.StandardSample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating the escalation ladders of 10,000 open engagements (target ≤ 50 ms), against a baseline that reads
 * every open engagement's escalation log. Every ladder is made to wait on its last call, so the business-hours
 * and 24x7 time arithmetic really runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LadderBenchmark {

	private static final int OPEN_ENGAGEMENTS = 10_000;

	private AdvocacyRepository repository;
	private final EscalationLadder ladder = new EscalationLadder();

	/** Generates enough engagements for 10,000 open ones and leaves each ladder waiting. */
	@Setup(Level.Trial)
	public void generate() {
		repository = StandardSample.generate(30_000);
		List<Engagement> open = repository.getEngagements().stream().filter(LadderBenchmark::isOpen).toList();
		if (open.size() < OPEN_ENGAGEMENTS) {
			throw new IllegalStateException("Only " + open.size() + " open engagements were generated");
		}
		repository.getEngagements().retainAll(new HashSet<>(open.subList(0, OPEN_ENGAGEMENTS)));
		for (Engagement engagement : repository.getEngagements()) {
			for (Escalation escalation : engagement.getEscalations()) {
				List<LadderAttempt> attempts = escalation.getAttempts();
				if (!attempts.isEmpty()) {
					LadderAttempt last = attempts.get(attempts.size() - 1);
					last.setOutcome(AttemptOutcome.PENDING);
					last.setRespondedAt(null);
					last.setContactedAt(NOW.minus(Duration.ofMinutes(7)));
				}
			}
		}
	}

	private static boolean isOpen(Engagement engagement) {
		return engagement.getState() != EngagementState.RETURNED_TO_SOP
				&& engagement.getState() != EngagementState.DECLINED;
	}

	/** @return the number of attempts read: the baseline */
	@Benchmark
	public long baseline() {
		long count = 0;
		for (Engagement engagement : repository.getEngagements()) {
			for (Escalation escalation : engagement.getEscalations()) {
				for (LadderAttempt attempt : escalation.getAttempts()) {
					count += attempt.getContactedAt() == null ? 0 : 1;
				}
			}
		}
		return count;
	}

	/** @return the ladders waiting, due or exhausted */
	@Benchmark
	public List<LadderStatus> evaluateOpenEngagements() {
		return ladder.activeLadders(repository, NOW);
	}
}
