// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.tests.harness.mail.SmtpServer;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.tests.harness.ui.Widgets;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Preferences &gt; Customer Advocacy &gt; Mail (SMTP), against a real SMTP server that requires signing in: the test
 * message goes out with the settings as typed; OK records them in the repository as one command and the password in
 * secure storage, never in the repository file.
 */
@ExtendWith(OpenSample.class)
class MailPreferencePageTest {

	private static final String PASSWORD = "s3cret pass";

	@TempDir
	Path folder;

	private PreferenceDialog dialog;
	private MailPreferencePage page;

	@BeforeEach
	void openPreferences() throws Exception {
		MailFixture.useTestStorage(folder);
		dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				MailPreferencePage.ID, new String[] { MailPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		DisplayEvents.processEvents();
		page = (MailPreferencePage) dialog.getSelectedPage();
	}

	@AfterEach
	void closePreferences() {
		if (dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	void theTestMessageGoesOutAndOkRecordsTheSettingsInTheRepositoryAndThePasswordInSecureStorage() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain().withUser("watcher", PASSWORD)) {
			assertNull(session().getRepository().getNotificationSettings(), "the sample has no mail server yet");
			type(smtp.port(), PASSWORD);

			sendTestMessage();

			assertTrue(page.getTestResult().getText().startsWith("Accepted at "), page.getTestResult().getText());
			MimeMessage test = smtp.awaitReceived(1).get(0);
			assertEquals("Test message from Advocacy Workbench", test.getSubject());
			assertEquals("me@example.com", ((InternetAddress) test.getAllRecipients()[0]).getAddress());

			Widgets.button(dialog.getShell(), "Apply and Close").notifyListeners(SWT.Selection, new Event());
			DisplayEvents.processEvents();

			NotificationSettings settings = session().getRepository().getNotificationSettings();
			assertEquals("127.0.0.1", settings.getSmtpHost());
			assertEquals(smtp.port(), settings.getSmtpPort());
			assertEquals(SmtpSecurity.NONE, settings.getSecurity());
			assertEquals("watcher", settings.getUsername());
			assertEquals("advocacy@example.com", settings.getFromAddress());
			assertEquals(PASSWORD, MailPasswords.get(settings), "the password is in secure storage");
			session().save();
			assertFalse(Files.readString(session().getFile()).contains(PASSWORD), "and never in the repository");

			session().getEditingDomain().getCommandStack().undo();
			assertNull(session().getRepository().getNotificationSettings(), "one Undo takes the settings back");
		}
	}

	@Test
	void aRefusedPasswordIsReportedAndNothingIsSent() throws Exception {
		try (SmtpServer smtp = SmtpServer.plain().withUser("watcher", PASSWORD)) {
			type(smtp.port(), "wrong");

			sendTestMessage();

			assertTrue(page.getTestResult().getText().contains("refused the user name or password"),
					page.getTestResult().getText());
			assertTrue(smtp.received().isEmpty());
		}
	}

	@Test
	void aHostThatIsNoHostNameKeepsThePageInvalid() {
		page.getFields().get(0).setText("smtp example.com");
		DisplayEvents.processEvents();

		assertFalse(page.isValid());
		assertTrue(page.getErrorMessage().contains("is not a host name or address"), page.getErrorMessage());
		assertFalse(page.getSendTest().isEnabled());
	}

	private void type(int port, String password) {
		List<Text> fields = page.getFields();
		fields.get(0).setText("127.0.0.1");
		fields.get(1).setText(Integer.toString(port));
		page.getSecurity().select(SmtpSecurity.VALUES.indexOf(SmtpSecurity.NONE));
		page.getSecurity().notifyListeners(SWT.Selection, new Event());
		fields.get(2).setText("watcher");
		fields.get(3).setText(password);
		fields.get(4).setText("advocacy@example.com");
		fields.get(6).setText("me@example.com");
		DisplayEvents.processEvents();
		assertTrue(page.isValid(), page.getErrorMessage());
	}

	private void sendTestMessage() {
		page.getSendTest().notifyListeners(SWT.Selection, new Event());
		DisplayEvents.waitUntil("the test message's outcome", () -> page.getSendTest().isEnabled());
	}
}
