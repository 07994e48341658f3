// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.QueuedNotification;
import org.advocacy.notify.watch.StatusFile;
import org.advocacy.notify.watch.WatcherOptions;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.notify.watch.WatcherStatus.State;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The escalation watcher against a real SMTP server and a real repository file: what it sends along a ladder,
 * exactly once across restarts, nothing from a watcher without the lease, and nothing recorded while the server is
 * down.
 */
class EscalationWatcherTest {

	private static final WatcherOptions OPTIONS = WatcherOptions.defaults().withMailTimeout(Duration.ofSeconds(3));

	@TempDir
	Path folder;

	@Test
	void walksTheLadderWithOneMessagePerDueStepAcrossRestarts() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = new Fixture(smtp.port()).save(folder);
			MutableClock clock = new MutableClock(Fixture.T0);

			try (EscalationWatcher watcher = EscalationWatcher.forFile(file, OPTIONS, clock)) {
				WatcherPasses.sendsTheDueStepOnce(watcher, clock);
			}
			clock.set(Fixture.T0.plus(Duration.ofMinutes(2)));
			try (EscalationWatcher restarted = EscalationWatcher.forFile(file, OPTIONS, clock)) {
				assertEquals(0, restarted.runPass().sentLastRun(), "a restarted watcher does not repeat the step");
			}
			MimeMessage toPrimary = smtp.awaitReceived(1).get(0);
			assertEquals("bob@example.com", ((InternetAddress) toPrimary.getAllRecipients()[0]).getAddress());
			assertEquals("zoe@example.com", ((InternetAddress) toPrimary.getReplyTo()[0]).getAddress());
			assertEquals("Escalation for Müller & Söhne GmbH: please call Zoë Ångström by 21:15 EDT (ADV-0042)",
					toPrimary.getSubject());
			String text = ReceivedMail.parts(toPrimary).get("text/plain");
			assertTrue(text.contains("You are the primary on the Database who-to-call ladder."), text);
			assertTrue(text.contains("We have been unable to conduct business for several hours."), text);
			assertTrue(text.contains("Monday 9 March 2026, 21:15 EDT"), "by when, in the reader's time zone: " + text);
			assertTrue(text.contains("Mobile: +49 170 0000001 (24x7)"), "the advocate's 24x7 contact: " + text);
			assertTrue(text.contains("the escalation moves on to Ana Lee (backup)"), text);
			assertTrue(text.contains("Zoë Ångström, the customer advocate, is escalating to Database: ADV-0042"), text);
			assertTrue(text.contains("Müller & Söhne GmbH is our customer, and the situation already went through our normal"
					+ " channels."), text);
			assertTrue(ReceivedMail.parts(toPrimary).get("text/html").contains("Müller &amp; Söhne GmbH"));

			Engagement engagement = load(file).getEngagements().get(0);
			Escalation escalation = engagement.getEscalations().get(0);
			assertEquals(1, escalation.getAttempts().size());
			LadderAttempt attempt = escalation.getAttempts().get(0);
			assertEquals("Bob Ott", attempt.getPerson().getName());
			assertEquals(ContactChannel.EMAIL, attempt.getChannel());
			assertEquals(AttemptOutcome.PENDING, attempt.getOutcome());
			assertEquals(Fixture.T0, attempt.getContactedAt());
			NotificationRecord record = engagement.getNotifications().get(0);
			assertEquals(NotificationKind.LADDER_STEP, record.getKind());
			assertEquals(toPrimary.getMessageID(), record.getMessageId());
			assertEquals(List.of("bob@example.com"), record.getRecipients());
			assertEquals(Fixture.T0, record.getAcceptedAt());

			for (int minutes : new int[] { 11, 12, 14, 15, 16 }) {
				clock.set(Fixture.T0.plus(Duration.ofMinutes(minutes)));
				try (EscalationWatcher again = EscalationWatcher.forFile(file, OPTIONS, clock)) {
					again.runPass();
				}
			}
			List<MimeMessage> all = smtp.awaitReceived(4);
			TimeUnit.MILLISECONDS.sleep(300);
			all = smtp.received();
			assertEquals(Map.of("bob@example.com", 1L, "zoe@example.com", 2L, "ana@example.com", 1L), countByRecipient(all),
					"the primary once, the advocate at 70% and 90% of the wait, the backup once the wait ran out");
			assertTrue(all.get(1).getSubject().startsWith("[ADV-0042] 70% of the wait has passed: no answer yet from Bob Ott"),
					all.get(1).getSubject());
			assertTrue(all.get(2).getSubject().startsWith("[ADV-0042] 90% of the wait has passed"), all.get(2).getSubject());
			assertEquals("ana@example.com", ((InternetAddress) all.get(3).getAllRecipients()[0]).getAddress());
			String toBackup = ReceivedMail.parts(all.get(3)).get("text/plain");
			assertTrue(toBackup.contains("needs the attention of someone with Bob Ott's skills. Bob Ott is clearly a "
					+ "knowledgeable and valuable member of your team"), "the whitepaper's wording up the food chain: "
					+ toBackup);
			assertTrue(toBackup.contains("Who would you suggest Zoë Ångström work with from your team on this?"), toBackup);
			assertTrue(toBackup.contains("supports the customer-satisfaction and revenue goals we share"), toBackup);
			assertFalse(text.contains("skills"), "the first call passes nobody by: " + text);
			Engagement after = load(file).getEngagements().get(0);
			assertEquals(2, after.getEscalations().get(0).getAttempts().size());
			assertEquals(4, after.getNotifications().size());
			assertEquals(4, after.getNotifications().stream().map(NotificationRecord::getDedupeKey).distinct().count());
		}
	}

	@Test
	void aSecondWatcherWithoutTheLeaseSendsNothing() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			Path file = new Fixture(smtp.port()).save(folder);
			MutableClock clock = new MutableClock(Fixture.T0);
			try (EscalationWatcher holder = EscalationWatcher.forFile(file, OPTIONS, clock);
					EscalationWatcher second = EscalationWatcher.forFile(file, OPTIONS, clock)) {
				assertEquals(1, holder.runPass().sentLastRun(), "the holder e-mails the primary");
				clock.set(Fixture.T0.plus(Duration.ofMinutes(16)));
				byte[] before = Files.readAllBytes(file);

				WatcherStatus standby = second.runPass();

				assertEquals(State.STANDBY, standby.state(), standby.toString());
				assertTrue(standby.summary().contains("watch-lock"), standby.summary());
				TimeUnit.MILLISECONDS.sleep(300);
				assertEquals(1, smtp.received().size(), "the watcher without the lease sent nothing, though the backup is due");
				assertArrayEquals(before, Files.readAllBytes(file), "and recorded nothing");

				holder.close();
				WatcherStatus takenOver = second.runPass();
				assertEquals(State.SENDING, takenOver.state(), "the standby takes over once the lease is free");
				assertEquals(1, takenOver.sentLastRun(), takenOver.toString());
				assertEquals("ana@example.com", ((InternetAddress) smtp.awaitReceived(2).get(1).getAllRecipients()[0]).getAddress());
			}
		}
	}

	@Test
	void anUnreachableServerIsRetriedWithBackoffAndNothingIsRecordedUntilItAccepts() throws Exception {
		int port;
		try (SmtpServer probe = SmtpServer.plain()) {
			port = probe.port();
		}
		Path file = new Fixture(port).save(folder);
		MutableClock clock = new MutableClock(Fixture.T0);
		WatcherOptions options = OPTIONS.withRetryDelays(Duration.ofSeconds(30), Duration.ofMinutes(5));
		try (EscalationWatcher watcher = EscalationWatcher.forFile(file, options, clock)) {
			WatcherStatus down = watcher.runPass();
			assertEquals(0, down.sentLastRun());
			QueuedNotification queued = down.queue().get(0);
			assertEquals(1, queued.attempts());
			assertEquals(Fixture.T0.plusSeconds(30), queued.nextAttemptAt());
			assertTrue(queued.reason().contains("cannot be reached"), queued.reason());
			assertEquals(List.of("bob@example.com"), queued.recipients());
			assertNothingRecorded(file);
			WatcherStatus published = new StatusFile(file).read().orElseThrow();
			assertEquals(down.queue(), published.queue(), "the queue is visible from another process");

			clock.set(Fixture.T0.plusSeconds(10));
			assertEquals(1, watcher.runPass().queue().get(0).attempts(), "not tried again before its wait is over");
			clock.set(Fixture.T0.plusSeconds(31));
			QueuedNotification again = watcher.runPass().queue().get(0);
			assertEquals(2, again.attempts());
			assertEquals(Fixture.T0.plusSeconds(31 + 60), again.nextAttemptAt(), "the wait doubles");
			assertNothingRecorded(file);

			try (SmtpServer smtp = SmtpServer.plainOn(port)) {
				clock.set(Fixture.T0.plusSeconds(92));
				WatcherStatus delivered = watcher.runPass();
				assertEquals(1, delivered.sentLastRun(), delivered.toString());
				assertTrue(delivered.queue().isEmpty());
				assertEquals(1, smtp.awaitReceived(1).size());
				Engagement engagement = load(file).getEngagements().get(0);
				assertEquals(1, engagement.getNotifications().size());
				assertEquals(1, engagement.getEscalations().get(0).getAttempts().size());
			}
		}
	}

	private static void assertNothingRecorded(Path file) throws Exception {
		Engagement engagement = load(file).getEngagements().get(0);
		assertTrue(engagement.getNotifications().isEmpty(), "nothing is recorded as sent");
		assertTrue(engagement.getEscalations().get(0).getAttempts().isEmpty(), "and no call is recorded");
	}

	static AdvocacyRepository load(Path file) throws Exception {
		return new RepositoryStore().loadRepository(file);
	}

	static Map<String, Long> countByRecipient(List<MimeMessage> messages) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (MimeMessage message : messages) {
			counts.merge(((InternetAddress) message.getAllRecipients()[0]).getAddress(), 1L, Long::sum);
		}
		return counts;
	}
}
