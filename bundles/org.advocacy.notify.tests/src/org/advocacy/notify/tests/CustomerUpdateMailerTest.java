// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.CustomerUpdateMailer;
import org.advocacy.notify.CustomerUpdateMailer.SentUpdate;
import org.advocacy.notify.DraftNotSendableException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A reviewed customer update e-mailed to the customer, with the 24-hour hold of charged drafts respected. */
class CustomerUpdateMailerTest extends SmtpTest {

	@Test
	void sendsTheReviewedDraftFromTheAdvocateAndLogsItsMessageId() throws Exception {
		Fixture fixture = new Fixture(smtp.port());
		CustomerCommunication draft = draft(fixture, "Update on your orders",
				"Where we are: the database fix is deployed.\n\nNext: we watch the order rate tonight.");
		AdvocacyRepository repository = EscalationWatcherTest.load(fixture.save(folder));
		MutableClock clock = new MutableClock(Fixture.T0);

		SentUpdate sent = mailer(repository, clock).send(draft(repository));

		MimeMessage received = smtp.awaitReceived(1).get(0);
		assertEquals("juergen@mueller.example", ((InternetAddress) received.getAllRecipients()[0]).getAddress());
		assertEquals("Zoë Ångström", ((InternetAddress) received.getFrom()[0]).getPersonal());
		assertEquals("advocacy@example.com", ((InternetAddress) received.getFrom()[0]).getAddress());
		assertEquals("zoe@example.com", ((InternetAddress) received.getReplyTo()[0]).getAddress());
		assertEquals("Update on your orders", received.getSubject());
		String text = ReceivedMail.parts(received).get("text/plain");
		assertTrue(text.startsWith("Where we are: the database fix is deployed."), text);
		assertTrue(text.contains("\n-- \nZoë Ångström (Customer Advocate), your customer advocate\nMobile: +49 170 0000001 (24x7)"),
				text);
		assertEquals(received.getMessageID(), sent.delivery().messageId());

		sent.changes().forEach(ModelChange::apply);
		CustomerCommunication after = draft(repository);
		assertEquals(CommunicationState.SENT, after.getState());
		assertEquals(Fixture.T0, after.getSentAt());
		NotificationRecord record = ((Engagement) after.eContainer()).getNotifications().get(0);
		assertEquals(NotificationKind.CUSTOMER_UPDATE, record.getKind());
		assertEquals(received.getMessageID(), record.getMessageId());
		assertEquals(List.of("juergen@mueller.example"), record.getRecipients());

		DraftNotSendableException again = assertThrows(DraftNotSendableException.class,
				() -> mailer(repository, clock).send(after));
		assertTrue(again.getMessage().contains("sent already"), again.getMessage());
		assertEquals(1, smtp.received().size());
	}

	@Test
	void refusesAChargedDraftUntilItHasSatForItsHold() throws Exception {
		Fixture fixture = new Fixture(smtp.port());
		draft(fixture, "Your outage", "Frankly, this is unacceptable!! Your team missed every deadline.");
		AdvocacyRepository repository = EscalationWatcherTest.load(fixture.save(folder));
		MutableClock clock = new MutableClock(Fixture.T0);

		DraftNotSendableException charged = assertThrows(DraftNotSendableException.class,
				() -> mailer(repository, clock).send(draft(repository)));
		assertTrue(charged.getMessage().contains("emotionally charged (frankly, unacceptable"), charged.getMessage());

		CustomerCommunication held = draft(repository);
		held.setState(CommunicationState.ON_HOLD);
		held.setHoldUntil(Fixture.T0.plus(Duration.ofHours(24)));
		clock.set(Fixture.T0.plus(Duration.ofHours(23)));
		DraftNotSendableException onHold = assertThrows(DraftNotSendableException.class,
				() -> mailer(repository, clock).send(held));
		assertTrue(onHold.getMessage().contains("on hold until Wednesday 11 March 2026, 02:00 CET"), onHold.getMessage());
		assertTrue(smtp.received().isEmpty(), "nothing left while the draft was charged or on hold");

		clock.set(Fixture.T0.plus(Duration.ofHours(25)));
		mailer(repository, clock).send(held).changes().forEach(ModelChange::apply);
		assertEquals(1, smtp.awaitReceived(1).size(), "once the hold is over, the revised draft may go");
		assertEquals(CommunicationState.SENT, held.getState());
	}

	private static CustomerUpdateMailer mailer(AdvocacyRepository repository, MutableClock clock) throws Exception {
		return new CustomerUpdateMailer(new SmtpSender(MailServer.of(repository.getNotificationSettings(), null), clock), clock);
	}

	private static CustomerCommunication draft(Fixture fixture, String subject, String body) {
		CustomerCommunication draft = Fixture.F.createCustomerCommunication();
		draft.setSubject(subject);
		draft.setSummary(body);
		draft.setState(CommunicationState.DRAFT);
		draft.setAuthor(fixture.advocate);
		draft.getRecipients().add(fixture.customerContact);
		fixture.engagement.getCommunications().add(draft);
		return draft;
	}

	private static CustomerCommunication draft(AdvocacyRepository repository) {
		return repository.getEngagements().get(0).getCommunications().get(0);
	}
}
