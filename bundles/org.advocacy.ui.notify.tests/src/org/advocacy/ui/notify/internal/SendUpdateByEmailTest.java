// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.mail.ReceivedMail;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A reviewed customer update sent by e-mail from the Communications page, against a real SMTP server: who it went
 * to, what they received, what was logged (one command, undone as one); nothing logged when the server is down; a
 * draft held for a day cannot be sent.
 */
@ExtendWith(OpenSample.class)
class SendUpdateByEmailTest {

	private static final String PAGE = "communications";
	private static final String SEND_BY_EMAIL = "Send by E-mail...";

	@TempDir
	Path folder;

	private Engagement engagement;
	private EngagementEditor editor;
	private SendUpdateDialog dialog;

	@BeforeEach
	void openCommunications() throws Exception {
		MailFixture.useTestStorage(folder);
		engagement = session().getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getState() == EngagementState.EXECUTING_PLAN).findFirst().orElseThrow();
		editor = MailFixture.openOn(engagement, PAGE);
	}

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	void sendsToTheContactsChosenAndLogsTheMessageIdAsOneCommand() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			MailFixture.pointAt(smtp.port());
			CustomerCommunication draft = draftFor(Audience.MANAGEMENT);
			assertTrue(sendByEmail().getEnabled(), "a calm draft may be e-mailed");
			List<CustomerContact> managers = engagement.getCustomer().getContacts().stream()
					.filter(contact -> contact.getAudience() == Audience.MANAGEMENT).toList();

			openDialog(draft);
			assertEquals(Set.copyOf(managers), Set.copyOf(checked()), "those who read as management are chosen");
			String preview = dialog.getPreview().getText();
			assertTrue(preview.contains("Subject: " + draft.getSubject()), preview);
			assertTrue(preview.contains(draft.getSummary().strip().lines().findFirst().orElseThrow()), preview);
			press(Widgets.button(dialog.getShell(), "Send"));
			DisplayEvents.waitUntil("the mail server's answer", () -> !dialog.isSending());

			assertTrue(dialog.getStatus().getText().startsWith("Sent at 14:30:00 to " + managers.size()),
					dialog.getStatus().getText());
			List<MimeMessage> received = smtp.awaitReceived(managers.size());
			MimeMessage message = received.get(0);
			assertEquals(draft.getSubject(), message.getSubject());
			assertEquals(managers.stream().map(CustomerContact::getEmail).collect(Collectors.toSet()),
					Arrays.stream(message.getAllRecipients()).map(address -> ((InternetAddress) address).getAddress())
							.collect(Collectors.toSet()));
			assertEquals("advocacy@example.com", ((InternetAddress) message.getFrom()[0]).getAddress());
			assertEquals(engagement.getAdvocate().getName(), ((InternetAddress) message.getFrom()[0]).getPersonal());
			String text = ReceivedMail.parts(message).get("text/plain");
			assertTrue(text.startsWith(draft.getSummary().strip()), text);

			assertEquals(CommunicationState.SENT, draft.getState());
			assertEquals(StandardSample.NOW, draft.getSentAt());
			assertEquals(Set.copyOf(managers), Set.copyOf(draft.getRecipients()));
			NotificationRecord record = engagement.getNotifications().get(engagement.getNotifications().size() - 1);
			assertEquals(NotificationKind.CUSTOMER_UPDATE, record.getKind());
			assertEquals(message.getMessageID(), record.getMessageId());
			assertEquals(StandardSample.NOW, record.getAcceptedAt());
			assertFalse(sendByEmail().getEnabled(), "sent once");

			WorkbenchFixture.command("org.eclipse.ui.edit.undo");
			assertEquals(CommunicationState.DRAFT, draft.getState(), "one Undo takes the whole record back");
			assertFalse(engagement.getNotifications().contains(record));
		}
	}

	@Test
	void aServerThatIsDownIsReportedAndNothingIsLogged() throws Exception {
		int port;
		try (SmtpServer probe = SmtpServer.plain()) {
			port = probe.port();
		}
		MailFixture.pointAt(port);
		CustomerCommunication draft = draftFor(Audience.ENGINEER);
		int logged = engagement.getNotifications().size();
		openDialog(draft);

		press(Widgets.button(dialog.getShell(), "Send"));
		DisplayEvents.waitUntil("the failure", () -> !dialog.isSending());

		assertTrue(dialog.getStatus().getText().contains("cannot be reached"), dialog.getStatus().getText());
		assertTrue(dialog.getStatus().getText().endsWith("Nothing was recorded."), dialog.getStatus().getText());
		assertTrue(Widgets.button(dialog.getShell(), "Send").isEnabled(), "it can be tried again");
		assertEquals(CommunicationState.DRAFT, draft.getState());
		assertEquals(logged, engagement.getNotifications().size());
	}

	@Test
	void aDraftHeldForADayCannotBeSentAndSaysWhy() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain()) {
			MailFixture.pointAt(smtp.port());
			CustomerCommunication draft = draftFor(Audience.MANAGEMENT);
			Text body = Widgets.findAll(page(), Text.class).stream()
					.filter(text -> text.getText().equals(draft.getSummary())).findFirst().orElseThrow();
			body.setFocus();
			body.setText("Frankly, this is unacceptable: your team missed every deadline.");
			body.notifyListeners(SWT.FocusOut, new Event());
			DisplayEvents.processEvents();

			ToolItem charged = sendByEmail();
			assertFalse(charged.getEnabled(), "a charged draft sits first");
			assertEquals("Reads as emotionally charged: Send holds it for a day first", charged.getToolTipText());

			press(Widgets.button(page(), "Send"));
			assertEquals(CommunicationState.ON_HOLD, draft.getState());
			ToolItem held = sendByEmail();
			String onHold = "On hold to let it sit: it may go out after the hold, once revised";
			// the command service refreshes the tool item's tip asynchronously after the hold was recorded
			DisplayEvents.processEventsUntil(() -> onHold.equals(held.getToolTipText()), Duration.ofSeconds(10));
			assertFalse(held.getEnabled(), "held for a day");
			assertEquals(onHold, held.getToolTipText());
			assertTrue(smtp.received().isEmpty());
		}
	}

	private CustomerCommunication draftFor(Audience audience) {
		int count = engagement.getCommunications().size();
		Combo chooser = Widgets.find(page(), Combo.class).orElseThrow();
		chooser.select(Audience.VALUES.indexOf(audience));
		chooser.notifyListeners(SWT.Selection, new Event());
		press(Widgets.button(page(), "Draft update"));
		assertEquals(count + 1, engagement.getCommunications().size());
		return engagement.getCommunications().get(count);
	}

	private void openDialog(CustomerCommunication draft) {
		dialog = new SendUpdateDialog(editor.getSite().getShell(), editor.getSession(), draft,
				Clock.fixed(StandardSample.NOW, ZoneOffset.UTC));
		dialog.setBlockOnOpen(false);
		dialog.open();
		DisplayEvents.processEvents();
	}

	private List<CustomerContact> checked() {
		return Arrays.stream(dialog.getContacts().getCheckedElements()).map(CustomerContact.class::cast).toList();
	}

	private Control page() {
		return editor.findPage(PAGE).getPartControl();
	}

	private ToolItem sendByEmail() {
		DisplayEvents.processEvents();
		return Widgets.findAll(page(), ToolBar.class).stream().flatMap(bar -> Arrays.stream(bar.getItems()))
				.filter(item -> SEND_BY_EMAIL.equals(item.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + SEND_BY_EMAIL + " on the Communications page"));
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
	}
}
