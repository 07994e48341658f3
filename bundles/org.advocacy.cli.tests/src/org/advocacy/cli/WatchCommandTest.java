// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.advocacy.tests.harness.mail.ReceivedMail.firstRecipient;
import static org.advocacy.tests.harness.mail.ReceivedMail.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.model.Urgency;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;

/**
 * {@code advocacy watch}: the escalation watcher run from the command line against the standard sample and a real
 * SMTP server — one message per due ladder step however often it runs, the status from another process, the mail
 * password from systemd's credentials, and a watcher that runs until stopped.
 */
class WatchCommandTest {

	private static final Clock AT_NOW = Clock.fixed(StandardSample.NOW, ZoneOffset.UTC);

	@TempDir
	Path folder;

	private static final String ESCALATION = "A database engineer to find why order writes time out.";

	private final CommandLineRun commandLine = new CommandLineRun();

	@Test
	void watchingOnceTwiceSendsOneMessagePerDueStepAndRecordsEach() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = StandardSample.write(folder, sample -> {
				sample.setNotificationSettings(settings(smtp.port(), ""));
				escalateAnOpenCase(sample);
			});

			int stepsAtNow = watchOnce(file, StandardSample.NOW);
			List<MimeMessage> afterFirst = settled(smtp, 1);
			String first = commandLine.output();
			Instant backupDue = new EscalationLadder().activeLadders(load(file), StandardSample.NOW).stream()
					.filter(status -> status.escalation().getDescription().equals(ESCALATION)).findFirst().orElseThrow()
					.dueAt();
			int stepsWhenTheWaitRanOut = watchOnce(file, backupDue);
			List<MimeMessage> afterSecond = settled(smtp, afterFirst.size() + 1);
			String second = commandLine.output();
			watchOnce(file, backupDue);
			String third = commandLine.output();
			List<MimeMessage> afterThird = settled(smtp, afterSecond.size());

			assertEquals(1, stepsAtNow, "the sample's escalated case is due at once");
			assertTrue(first.contains("State:      SENDING"), first);
			assertTrue(first.contains("Sent:       " + afterFirst.size() + " in the last pass"), first);
			assertTrue(second.contains("Sent:       " + (afterSecond.size() - afterFirst.size()) + " in the last pass"), second);
			assertTrue(third.contains("Sent:       0 in the last pass"), "nothing is sent twice: " + third);
			assertEquals(afterSecond.size(), afterThird.size());

			AdvocacyRepository after = load(file);
			List<NotificationRecord> records = records(after);
			assertEquals(messageIds(afterThird), records.stream().map(NotificationRecord::getMessageId)
					.collect(Collectors.toSet()), "every message delivered is recorded with its Message-ID");
			assertEquals(records.size(), records.stream().map(NotificationRecord::getDedupeKey).distinct().count());
			assertEquals(stepsAtNow + stepsWhenTheWaitRanOut, records.stream()
					.filter(record -> record.getKind() == NotificationKind.LADDER_STEP).count(), "one message per due step");
			Escalation escalated = after.getEngagements().stream().flatMap(engagement -> engagement.getEscalations().stream())
					.filter(escalation -> ESCALATION.equals(escalation.getDescription())).findFirst().orElseThrow();
			List<String> called = escalated.getAttempts().stream().map(attempt -> attempt.getPerson().getEmail()).toList();
			assertEquals(2, called.size(), "the primary, then the backup once the wait ran out: " + called);
			for (String address : called) {
				assertEquals(1, afterThird.stream().filter(message -> firstRecipient(message).equals(address)
						&& subject(message).startsWith("Escalation for ")).count(), "one message to " + address);
			}
		}
	}

	/**
	 * Runs {@code watch --once} at an instant.
	 *
	 * @return how many ladder steps the escalation engine found due then, on the repository as it was
	 */
	private int watchOnce(Path file, Instant at) throws Exception {
		long due = new EscalationLadder().activeLadders(load(file), at).stream()
				.filter(status -> status.state() == LadderState.DUE_NOW).count();
		commandLine.run(Clock.fixed(at, ZoneOffset.UTC), Map.of(), "watch", file.toString(), "--once");
		return (int) due;
	}

	/** Escalates an open urgent case of the sample to an area whose primary and backup have e-mail addresses, now. */
	static void escalateAnOpenCase(AdvocacyRepository sample) {
		Engagement engagement = sample.getEngagements().stream()
				.filter(candidate -> candidate.getState() == EngagementState.ENGAGED && candidate.getUrgency() == Urgency.URGENT_24X7
						&& candidate.getAdvocate() != null && candidate.getAdvocate().getEmail() != null)
				.findFirst().orElseThrow();
		FunctionalArea area = sample.getOrganization().getAreas().stream()
				.filter(candidate -> hasEmail(candidate, EscalationLevel.PRIMARY) && hasEmail(candidate, EscalationLevel.BACKUP))
				.findFirst().orElseThrow();
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(area);
		escalation.setStartedAt(StandardSample.NOW);
		escalation.setDescription(ESCALATION);
		engagement.getEscalations().add(escalation);
	}

	private static boolean hasEmail(FunctionalArea area, EscalationLevel level) {
		return area.getLadder().stream().anyMatch(rung -> rung.getLevel() == level && rung.getPerson() != null
				&& rung.getPerson().getEmail() != null && rung.getPerson().getAwayPeriods().isEmpty());
	}

	@Test
	void statusShowsTheLastPassAndFailsWhenItFailed() throws Exception {
		Path file = StandardSample.write(folder);

		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "watch", "--status", file.toString()));
		assertTrue(commandLine.errors().contains("No watcher has run on " + file.toAbsolutePath()), commandLine.errors());

		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--once"));
		assertTrue(commandLine.output().contains("name no mail server"), commandLine.output());

		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "watch", "--status", file.toString()));
		String status = commandLine.output();
		assertTrue(status.contains("Repository: " + file.toAbsolutePath()), status);
		assertTrue(status.contains("State:      FAILED"), status);
		assertTrue(status.contains("Last run:   2026-11-20T14:30:00Z (0 seconds ago)"), status);
		assertTrue(status.contains("Problems (1):\n  The repository's notification settings name no mail server"), status);
	}

	@Test
	void aServerThatIsDownLeavesTheNotificationsQueuedWithTheReasonAndTheExitCodeSaysSo() throws Exception {
		int port;
		try (SmtpServer probe = SmtpServer.plain()) {
			port = probe.port();
		}
		Path file = StandardSample.write(folder, sample -> sample.setNotificationSettings(settings(port, "")));

		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--once"));
		assertEquals(0, commandLine.run(AT_NOW, Map.of(), "watch", "--status", file.toString()), commandLine.errors());
		String status = commandLine.output();
		assertTrue(status.contains("State:      SENDING"), status);
		assertTrue(status.contains("Customer update overdue \"[ADV-"), status);
		assertTrue(status.contains("failed 1 time, next try 2026-11-20T14:30:30Z"), status);
		assertTrue(status.contains("cannot be reached"), status);
		assertTrue(records(load(file)).isEmpty(), "nothing is recorded as sent");
	}

	@Test
	void takesTheMailPasswordFromTheCredentialsDirectoryBeforeTheEnvironment() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain().withUser("watcher", "s3cret pass")) {
			Path file = StandardSample.write(folder,
					sample -> sample.setNotificationSettings(settings(smtp.port(), "watcher")));
			Path credentials = Files.createDirectory(folder.resolve("credentials"));
			Files.writeString(credentials.resolve("smtp-password"), "s3cret pass\n");

			assertEquals(1, commandLine.run(AT_NOW, Map.of("ADVOCACY_SMTP_PASSWORD", "wrong"), "watch", file.toString(),
					"--once"));
			assertTrue(commandLine.output().contains("refused the user name or password"), commandLine.output());
			assertTrue(smtp.received().isEmpty());

			commandLine.run(AT_NOW, Map.of("ADVOCACY_SMTP_PASSWORD", "wrong", "CREDENTIALS_DIRECTORY", credentials.toString()),
					"watch", file.toString(), "--once");
			assertTrue(commandLine.output().contains("State:      SENDING"), commandLine.output());
			assertFalse(smtp.awaitReceived(1).isEmpty(), "signed in with the credential's password");
			assertFalse(commandLine.output().contains("s3cret"), "the password is never printed");
		}
	}

	@Test
	void watchesUntilStoppedAndThenGivesTheLeaseUp() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = StandardSample.write(folder, sample -> sample.setNotificationSettings(settings(smtp.port(), "")));
			CompletableFuture<Thread> watcherThread = new CompletableFuture<>();
			CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
				watcherThread.complete(Thread.currentThread());
				return commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--interval", "1s");
			});
			assertFalse(smtp.awaitReceived(1).isEmpty(), "the running watcher sends what is due");
			TimeUnit.MILLISECONDS.sleep(1500);

			watcherThread.get().interrupt();

			assertEquals(0, exit.get(30, TimeUnit.SECONDS));
			String log = commandLine.output();
			assertTrue(log.startsWith("Watching " + file.toAbsolutePath() + " every 1s (mail password not set,"), log);
			assertTrue(log.contains("2026-11-20T14:30:00Z SENDING "), log);
			assertTrue(log.strip().endsWith("Stopped watching."), log);
			commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--once");
			assertTrue(commandLine.output().contains("State:      SENDING"),
					"the lease was given up, so the next watcher sends: " + commandLine.output());
		}
	}

	@Test
	void rejectsAWrongCommandLine() throws Exception {
		Path file = StandardSample.write(folder);
		assertEquals(2, commandLine.run(AT_NOW, Map.of(), "watch", file.toString(), "--interval", "soon"));
		assertTrue(commandLine.errors().contains("--interval must be a duration like 60s, 5m or 1h, not 'soon'"));
		assertEquals(2, commandLine.run(AT_NOW, Map.of(), "watch", "--status", file.toString(), "--once"));
		assertEquals(1, commandLine.run(AT_NOW, Map.of(), "watch", folder.resolve("missing.advocacy").toString(), "--once"));
		assertTrue(commandLine.errors().contains("There is no repository file"), commandLine.errors());
		assertEquals(0, commandLine.run(AT_NOW, Map.of(), "watch", "--help"));
		assertTrue(commandLine.output().contains("LoadCredential="), commandLine.output());
	}

	static NotificationSettings settings(int port, String username) {
		NotificationSettings settings = AdvocacyFactory.eINSTANCE.createNotificationSettings();
		settings.setSmtpHost("127.0.0.1");
		settings.setSmtpPort(port);
		settings.setSecurity(SmtpSecurity.NONE);
		settings.setUsername(username);
		settings.setFromAddress("advocacy@example.com");
		settings.setFromName("Customer Advocacy");
		return settings;
	}

	static AdvocacyRepository load(Path file) throws Exception {
		return new RepositoryStore().loadRepository(file);
	}

	static List<NotificationRecord> records(AdvocacyRepository repository) {
		List<NotificationRecord> records = new ArrayList<>(repository.getNotifications());
		repository.getEngagements().forEach(engagement -> records.addAll(engagement.getNotifications()));
		return records;
	}

	/** @return the messages received, once at least {@code count} arrived and no more came for half a second */
	static List<MimeMessage> settled(SmtpServer smtp, int count) throws InterruptedException {
		int seen = smtp.awaitReceived(count).size();
		while (true) {
			TimeUnit.MILLISECONDS.sleep(500);
			List<MimeMessage> now = smtp.received();
			if (now.size() == seen) {
				return now;
			}
			seen = now.size();
		}
	}

	static Set<String> messageIds(List<MimeMessage> messages) throws Exception {
		Set<String> ids = new HashSet<>();
		for (MimeMessage message : messages) {
			ids.add(message.getMessageID());
		}
		return ids;
	}
}
