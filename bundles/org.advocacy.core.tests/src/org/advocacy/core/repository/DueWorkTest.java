// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.OverdueCommitments;
import org.advocacy.core.tests.SampleFile;
import org.advocacy.model.AdvocacyRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is due, found from headers with only the candidates' bodies evaluated, is what the engine finds in all. */
class DueWorkTest {

	private static final Instant NOW = SampleFile.NOW;

	@TempDir
	Path folder;

	@Test
	void dueWorkFromHeadersIsTheEnginesOwnOverTheWholeRepository() throws Exception {
		try (SampleFile sample = new SampleFile(folder, 200)) {
			AdvocacyRepository model = sample.onDisk();
			Repository repository = sample.open();
			for (Duration later : List.of(Duration.ZERO, Duration.ofMinutes(20), Duration.ofHours(5),
					Duration.ofDays(3))) {
				Instant now = NOW.plus(later);

				DueWork due = DueWork.find(repository, now);

				assertEquals(describeLadders(new EscalationLadder().activeLadders(model, now).stream()
						.filter(status -> status.isDue() || status.isWarning()).toList()),
						describeLadders(due.ladders()), later.toString());
				assertEquals(new CustomerUpdates().needingAttention(model, now).stream()
						.map(status -> status.engagement().getKey() + " " + status.reason()).toList(),
						due.updates().stream().map(status -> status.engagement().getKey() + " " + status.reason())
								.toList());
				assertEquals(OverdueCommitments.find(model, now).stream().map(o -> o.reason()).toList(),
						due.commitments().stream().map(o -> o.reason()).toList());
			}
			assertFalse(DueWork.find(repository, NOW.plus(Duration.ofDays(3))).updates().isEmpty(),
					"three days on, some customer update is overdue");
		}
	}

	private static List<String> describeLadders(List<org.advocacy.core.escalation.LadderStatus> ladders) {
		return ladders.stream().map(status -> status.engagement().getKey() + " " + status.state() + " "
				+ status.dueAt() + " " + status.reason()).toList();
	}
}
