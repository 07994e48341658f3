// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.Credentials;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.Engagement;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.ObjectIds;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.team.TeamWatchLocation;
import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.WatcherOptions;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.notify.watch.WatcherStatus.State;
import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The escalation watcher against a team repository on a real PostgreSQL server and a real SMTP server: one message
 * per due step across restarts, nothing from a second watcher while the first holds the advisory lock, the status
 * readable by every member, and a record merged with an advocate's concurrent edit of the same engagement.
 */
class TeamWatcherTest {

	private static final WatcherOptions OPTIONS = WatcherOptions.defaults().withMailTimeout(Duration.ofSeconds(3));
	private static final String TEAM = "Support";

	@TempDir
	Path folder;

	private TestDatabase database;
	private String watcherLogin;
	private String advocateLogin;

	@BeforeEach
	void users(TestDatabase testDatabase) throws SQLException {
		database = testDatabase;
		watcherLogin = database.createUser(TEAM, Role.MANAGER);
		advocateLogin = database.createUser(TEAM, Role.ADVOCATE);
	}

	/** Each scenario has a database of its own (the extension gives one per test class). */
	@Nested
	@ExtendWith(PostgresExtension.class)
	class ExactlyOnce {

		@Test
		void walksTheLadderWithOneMessagePerDueStepAcrossRestarts() throws Exception {
			try (SmtpServer smtp = SmtpServer.plain()) {
				importFixture(smtp);
				MutableClock clock = new MutableClock(Fixture.T0);
				try (TeamWatchLocation location = open(watcherLogin, clock);
						EscalationWatcher watcher = EscalationWatcher.of(location, OPTIONS, clock)) {
					WatcherPasses.sendsTheDueStepOnce(watcher, clock);
				}
				clock.set(Fixture.T0.plus(Duration.ofMinutes(2)));
				try (TeamWatchLocation location = open(watcherLogin, clock);
						EscalationWatcher restarted = EscalationWatcher.of(location, OPTIONS, clock)) {
					assertEquals(0, restarted.runPass().sentLastRun(), "a restarted watcher does not repeat the step");
				}
				MimeMessage toPrimary = smtp.awaitReceived(1).get(0);
				assertEquals("bob@example.com", address(toPrimary.getAllRecipients()[0]));
				Engagement stored = storedEngagement();
				assertEquals(1, stored.getEscalations().get(0).getAttempts().size(), "the attempt is saved on the server");
				assertEquals(toPrimary.getMessageID(), stored.getNotifications().get(0).getMessageId());

				for (int minutes : new int[] { 11, 12, 14, 15, 16 }) {
					clock.set(Fixture.T0.plus(Duration.ofMinutes(minutes)));
					try (TeamWatchLocation location = open(watcherLogin, clock);
							EscalationWatcher again = EscalationWatcher.of(location, OPTIONS, clock)) {
						again.runPass();
					}
				}
				smtp.awaitReceived(4);
				TimeUnit.MILLISECONDS.sleep(300);
				assertEquals(Map.of("bob@example.com", 1L, "zoe@example.com", 2L, "ana@example.com", 1L),
						countByRecipient(smtp.received()),
						"the primary once, the advocate at 70% and 90% of the wait, the backup once the wait ran out");
				Engagement after = storedEngagement();
				assertEquals(2, after.getEscalations().get(0).getAttempts().size());
				assertEquals(4, after.getNotifications().stream().map(NotificationRecord::getDedupeKey).distinct().count());

				try (TeamWatchLocation asAdvocate = open(advocateLogin, clock)) {
					WatcherStatus status = asAdvocate.lastStatus().orElseThrow();
					assertEquals(State.SENDING, status.state(), "every member reads the status: " + status);
					assertEquals(Fixture.T0.plus(Duration.ofMinutes(16)), status.lastRunAt());
					assertEquals(database.location().display(), status.repository());
				}
			}
		}
	}

	@Nested
	@ExtendWith(PostgresExtension.class)
	class TwoWatchers {

		@Test
		void aSecondWatcherSendsNothingWhileTheFirstHoldsTheAdvisoryLock() throws Exception {
			try (SmtpServer smtp = SmtpServer.plain()) {
				importFixture(smtp);
				MutableClock clock = new MutableClock(Fixture.T0);
				try (TeamWatchLocation first = open(watcherLogin, clock);
						TeamWatchLocation second = open(watcherLogin, clock);
						EscalationWatcher holder = EscalationWatcher.of(first, OPTIONS, clock);
						EscalationWatcher standby = EscalationWatcher.of(second, OPTIONS, clock)) {
					assertEquals(1, holder.runPass().sentLastRun(), "the holder e-mails the primary");
					clock.set(Fixture.T0.plus(Duration.ofMinutes(16)));
					long versionBefore = storedVersion();

					WatcherStatus waiting = standby.runPass();

					assertEquals(State.STANDBY, waiting.state(), waiting.toString());
					assertTrue(waiting.summary().contains("advisory lock"), waiting.summary());
					TimeUnit.MILLISECONDS.sleep(300);
					assertEquals(1, smtp.received().size(), "the watcher without the lock sent nothing, though the backup is due");
					assertEquals(versionBefore, storedVersion(), "and recorded nothing");
					assertEquals(State.STANDBY, second.lastStatus().orElseThrow().state(), "its status says it stands by");

					holder.close();
					WatcherStatus takenOver = standby.runPass();
					assertEquals(State.SENDING, takenOver.state(), "the standby takes over once the lock is free");
					assertEquals(1, takenOver.sentLastRun(), takenOver.toString());
					assertEquals("ana@example.com", address(smtp.awaitReceived(2).get(1).getAllRecipients()[0]));
				}
			}
		}
	}

	@Nested
	@ExtendWith(PostgresExtension.class)
	class ConcurrentEdit {

		@Test
		void aRecordIsMergedWithAnAdvocatesConcurrentEditOfTheSameEngagement() throws Exception {
			try (SmtpServer smtp = SmtpServer.plain()) {
				importFixture(smtp);
				MutableClock clock = new MutableClock(Fixture.T0);
				try (TeamWatchLocation location = open(watcherLogin, clock)) {
					Engagement seen = location.repository().snapshot().getEngagements().get(0);
					String engagementId = ObjectIds.of(seen);

					location.repository().record(current -> {
						Engagement engagement = current.getEngagements().get(0);
						engagement.getNotifications().add(NotificationLog.record(NotificationKind.LADDER_WARNING,
								"test/concurrent", List.of("zoe@example.com"), "Concurrent",
								new Delivery("<m1@example.com>", Fixture.T0, "250 OK")));
						engagement.setTitle("The watcher's title");
						saveAsAdvocate(engagementId, "The advocate's title");
					});

					Engagement stored = storedEngagement();
					assertEquals("The advocate's title", stored.getTitle(),
							"where both changed the same feature, the advocate's edit stays");
					assertTrue(stored.getNotifications().stream()
							.anyMatch(record -> "test/concurrent".equals(record.getDedupeKey())),
							"and the watcher's record is merged beside it");
					try (TeamRepository superuser = database.openAsSuperuser("test")) {
						assertEquals(List.of(advocateLogin, watcherLogin), superuser.history(DocumentId.engagement(engagementId))
								.stream().skip(1).map(HistoryEntry::changedBy).toList(),
								"the advocate's save, then the watcher's merged save");
					}
				}
			}
		}
	}

	/** The advocate's session saves a change of the engagement's title, as the workbench would. */
	private void saveAsAdvocate(String engagementId, String title) {
		try (TeamRepository advocate = database.open(advocateLogin, "workbench")) {
			RepositoryModel model = advocate.openModel(RepositoryStore.newResourceSet());
			Engagement engagement = (Engagement) advocate.load(model, DocumentId.engagement(engagementId));
			engagement.setTitle(title);
			assertTrue(advocate.save(model, DocumentId.engagement(engagementId)) instanceof SaveResult.Saved);
		} catch (Exception e) {
			throw new AssertionError("The advocate's save failed: " + e.getMessage(), e);
		}
	}

	private void importFixture(SmtpServer smtp) throws Exception {
		Path file = new Fixture(smtp.port()).save(folder);
		database.createTeam(TEAM);
		try (TeamRepository repository = database.openAsSuperuser("test import")) {
			RepositoryTransfer.importFile(file, repository, TEAM);
		}
	}

	private TeamWatchLocation open(String login, Clock clock) throws Exception {
		return TeamWatchLocation.open(database.location(), new OpenOptions("escalation watcher", clock,
				(where, problem) -> Optional.of(new Credentials(login, TestDatabase.PASSWORD.toCharArray()))));
	}

	private Engagement storedEngagement() throws Exception {
		try (TeamRepository repository = database.openAsSuperuser("test")) {
			RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
			String id = repository.listHeaders(Watermark.BEGINNING).engagements().get(0).id();
			return (Engagement) repository.load(model, DocumentId.engagement(id));
		}
	}

	private long storedVersion() throws Exception {
		try (TeamRepository repository = database.openAsSuperuser("test")) {
			return repository.listHeaders(Watermark.BEGINNING).engagements().get(0).version();
		}
	}

	private static String address(Address address) {
		return ((InternetAddress) address).getAddress();
	}

	private static Map<String, Long> countByRecipient(List<MimeMessage> messages) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (MimeMessage message : messages) {
			counts.merge(address(message.getAllRecipients()[0]), 1L, Long::sum);
		}
		return counts;
	}
}
