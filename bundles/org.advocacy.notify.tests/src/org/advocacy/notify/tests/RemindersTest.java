// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.advocacy.tests.harness.mail.ReceivedMail.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.advocacy.model.ManagementReview;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.SituationSummary;
import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.WatcherOptions;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;

/** Reminders of root-cause commitments to the accountable manager, and of an overdue customer update to the advocate. */
class RemindersTest extends SmtpTest {

	@Test
	void remindsTheAccountableManagerOnceBeforeAndOnceAfterThePromisedDate() throws Exception {
		Fixture fixture = new Fixture(smtp.port());
		fixture.engagement.getEscalations().clear();
		SituationSummary summary = Fixture.F.createSituationSummary();
		RootCause cause = Fixture.F.createRootCause();
		cause.setDescription("Index rebuilds run during business hours");
		summary.getRootCauses().add(cause);
		fixture.engagement.setSituationSummary(summary);
		ManagementReview review = Fixture.F.createManagementReview();
		review.setHeldOn(Fixture.T0.minus(Duration.ofDays(2)));
		RootCauseCommitment commitment = Fixture.F.createRootCauseCommitment();
		commitment.setCommitment("Move index rebuilds to the maintenance window");
		commitment.setAccountableManager(fixture.vicePresident);
		commitment.setPromisedUpdateOn(LocalDate.of(2026, 3, 11));
		commitment.getRootCauses().add(cause);
		review.getCommitments().add(commitment);
		fixture.repository.getReviews().add(review);
		Path file = fixture.save(folder);
		MutableClock clock = new MutableClock(Fixture.T0);

		pass(file, clock);
		pass(file, clock);
		MimeMessage dueSoon = smtp.awaitReceived(1).get(0);
		assertEquals(1, smtp.received().size(), "reminded once");
		assertEquals("Root-cause update due Wednesday 11 March 2026: Move index rebuilds to the maintenance window",
				dueSoon.getSubject());
		String text = ReceivedMail.parts(dueSoon).get("text/plain");
		assertTrue(text.contains("you committed to Move index rebuilds to the maintenance window and to update the group"
				+ " by Wednesday 11 March 2026"), text);
		assertTrue(text.contains("Root cause: Index rebuilds run during business hours \u2014 found in ADV-0042"), text);
		assertTrue(text.contains("- Zoë Ångström (Customer Advocate)\n- Mobile: +49 170 0000001 (24x7)"),
				text);

		clock.set(Instant.parse("2026-03-12T09:00:00Z"));
		pass(file, clock);
		pass(file, clock);
		List<MimeMessage> all = smtp.awaitReceived(3);
		assertEquals(Map.of("dana@example.com", 2L, "zoe@example.com", 1L),
				EscalationWatcherTest.countByRecipient(all), "the overdue commitment, and the customer update now overdue");
		assertTrue(all.stream().anyMatch(message -> subject(message)
				.equals("Root-cause update overdue since Wednesday 11 March 2026: Move index rebuilds to the maintenance window")));
		assertTrue(all.stream().anyMatch(message -> subject(message)
				.equals("[ADV-0042] Müller & Söhne GmbH is due an update")));
		List<NotificationKind> logged = EscalationWatcherTest.load(file).getNotifications().stream()
				.map(NotificationRecord::getKind).toList();
		assertEquals(List.of(NotificationKind.COMMITMENT_UPDATE_DUE, NotificationKind.COMMITMENT_UPDATE_OVERDUE), logged);
	}

	private static void pass(Path file, MutableClock clock) throws Exception {
		try (EscalationWatcher watcher = EscalationWatcher.forFile(file, WatcherOptions.defaults(), clock)) {
			watcher.runPass();
		}
	}
}
