// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.review.OpenEndedEngagements;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advocacy agenda} flags the open-ended engagements, with limits the user can set. */
class OpenEndedAgendaTest {

	private final CommandLineRun commandLine = new CommandLineRun(Clock.fixed(StandardSample.NOW, ZoneOffset.UTC));

	@TempDir
	Path folder;

	private static List<OpenEndedEngagements.Flag> flagged(int stalledDays, int maxAgeDays) {
		return OpenEndedEngagements.flagged(StandardSample.generate().getEngagements(), StandardSample.NOW,
				OpenEndedEngagements.Limits.ofDays(stalledDays, maxAgeDays), ZoneOffset.UTC);
	}

	@Test
	void theAgendaListsTheOpenEndedEngagementsWithTheDefaultLimitsOrThoseGiven() throws Exception {
		Path file = StandardSample.write(folder);
		assertEquals(0, commandLine.run("agenda", file.toString()), commandLine.errors());
		assertTrue(commandLine.output().contains("Open-ended engagements (" + flagged(14, 90).size() + ")\n"),
				commandLine.output());

		List<OpenEndedEngagements.Flag> expected = flagged(3, 30);
		assertTrue(!expected.isEmpty(), "with tight limits the sample has engagements that went quiet or run long");
		assertEquals(0, commandLine.run("agenda", file.toString(), "--stalled-days", "3", "--max-age-days", "30"),
				commandLine.errors());
		String output = commandLine.output();
		assertTrue(output.contains("Open-ended engagements (" + expected.size() + ")\n"), output);
		expected.forEach(flag -> assertTrue(output.contains("  " + flag.engagement().getKey() + "  " + flag.reason()),
				flag.reason()));

		assertEquals(2, commandLine.run("agenda", file.toString(), "--stalled-days", "0"));
		assertTrue(commandLine.errors().contains("--stalled-days must be a positive whole number, not '0'"),
				commandLine.errors());
	}
}
