// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.exports.HtmlText;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.InvalidSettingsException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Customer Advocacy &gt; Mail (SMTP): the mail server that customer updates,
 * invitations and the escalation watcher's notifications go through.
 * <p>
 * The server, security, user name and sender are the open repository's {@link NotificationSettings}, not workbench
 * preferences: the watcher, running as a service elsewhere, reads them from the repository, and the whole team sends
 * through the same server. So OK and Apply record them as one change of the repository (Undo takes it back; saving
 * the repository shares it). The password is the user's own and stays on this computer, in Eclipse secure storage.
 * <i>Send Test Message</i> tries the settings as typed, in the background.
 */
public class MailPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The page's id, under the Customer Advocacy page. */
	public static final String ID = "org.advocacy.ui.notify.mailPreferences";

	private static final String DEFAULT_SENDER_NAME = "Customer Advocacy";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private RepositorySession session;
	private Text host;
	private Text port;
	private Combo security;
	private Label securityHelp;
	private Text username;
	private Text password;
	private Text fromAddress;
	private Text fromName;
	private Text testRecipient;
	private Button sendTest;
	private Label testResult;
	private boolean passwordTyped;

	@Override
	public void init(IWorkbench workbench) {
		session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		setDescription(session == null ? "Open a repository to set the mail server its notifications go through."
				: "The mail server of " + session.getFile().getFileName() + ": customer updates, invitations and the"
						+ " escalation watcher send through it. These settings are part of the repository (the watcher"
						+ " reads them there); the password stays on this computer, in Eclipse secure storage.");
		noDefaultButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(8, 10).applyTo(page);
		Group server = group(page, "Server");
		host = field(server, "&Host:", "smtp.example.com");
		port = field(server, "&Port:", "");
		security = new Combo(labelled(server, "&Security:"), SWT.READ_ONLY);
		security.setItems(SmtpSecurity.VALUES.stream().map(SmtpSecurity::getLiteral).toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(security);
		new Label(server, SWT.NONE);
		securityHelp = new Label(server, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(securityHelp);
		username = field(server, "&User name:", "empty when the server needs no sign-in");
		password = new Text(labelled(server, "Pass&word:"), SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);

		Group sender = group(page, "Sender");
		fromAddress = field(sender, "&From address:", "advocacy@example.com");
		fromName = field(sender, "Sender &name:", DEFAULT_SENDER_NAME);

		Group test = group(page, "Test");
		testRecipient = field(test, "Send &to:", "your e-mail address");
		new Label(test, SWT.NONE);
		sendTest = new Button(test, SWT.PUSH);
		sendTest.setText("Send &Test Message");
		sendTest.addListener(SWT.Selection, event -> sendTestMessage());
		new Label(test, SWT.NONE);
		testResult = new Label(test, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(testResult);

		show(session == null ? null : session.getRepository().getNotificationSettings());
		password.addListener(SWT.Modify, event -> passwordTyped = true);
		for (Text text : new Text[] { host, port, username, fromAddress, fromName }) {
			text.addListener(SWT.Modify, event -> validate());
		}
		security.addListener(SWT.Selection, event -> {
			describeSecurity();
			validate();
		});
		if (session == null) {
			setEnabledAll(page, false);
		}
		validate();
		return page;
	}

	private void show(NotificationSettings settings) {
		host.setText(settings == null ? "" : Objects.toString(settings.getSmtpHost(), ""));
		port.setText(settings == null || settings.getSmtpPort() == 0 ? "" : Integer.toString(settings.getSmtpPort()));
		SmtpSecurity chosen = settings == null || settings.getSecurity() == null ? SmtpSecurity.STARTTLS_REQUIRED
				: settings.getSecurity();
		security.select(SmtpSecurity.VALUES.indexOf(chosen));
		username.setText(settings == null ? "" : Objects.toString(settings.getUsername(), ""));
		fromAddress.setText(settings == null ? "" : Objects.toString(settings.getFromAddress(), ""));
		fromName.setText(settings == null || settings.getFromName() == null ? DEFAULT_SENDER_NAME : settings.getFromName());
		password.setText("");
		password.setMessage(MailPasswords.isKept(settings) ? "kept in secure storage; type to replace it" : "none kept");
		testRecipient.setText(session == null ? "" : YouAre.email(session.getRepository()).orElse(fromAddress.getText()));
		describeSecurity();
	}

	/** @return the settings as typed, as a new object not in any repository */
	NotificationSettings typed() {
		NotificationSettings settings = AdvocacyFactory.eINSTANCE.createNotificationSettings();
		settings.setSmtpHost(blankToNull(host.getText()));
		settings.setSmtpPort(port.getText().isBlank() ? 0 : Integer.parseInt(port.getText().strip()));
		settings.setSecurity(chosenSecurity());
		settings.setUsername(blankToNull(username.getText()));
		settings.setFromAddress(blankToNull(fromAddress.getText()));
		settings.setFromName(blankToNull(fromName.getText()));
		return settings;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setValid(problem == null);
		sendTest.setEnabled(session != null && problem == null && !host.getText().isBlank());
	}

	/** @return what is wrong with the settings as typed, or {@code null}; leaving everything empty is fine */
	private String problem() {
		if (session == null) {
			return null;
		}
		if (!port.getText().isBlank() && !port.getText().strip().matches("\\d{1,5}")) {
			return "The port must be a number from 1 to 65535, or empty for the usual port.";
		}
		if (host.getText().isBlank()) {
			return fromAddress.getText().isBlank() && username.getText().isBlank() ? null
					: "Name the mail server (host) the messages go through.";
		}
		try {
			MailServer.of(typed(), null);
			return null;
		} catch (InvalidSettingsException e) {
			return e.getMessage();
		}
	}

	private void describeSecurity() {
		SmtpSecurity chosen = chosenSecurity();
		port.setMessage("usual port: " + MailServer.usualPort(chosen));
		securityHelp.setText(switch (chosen) {
		case STARTTLS_REQUIRED -> "Encrypts with STARTTLS and refuses to send if the server does not offer it.";
		case STARTTLS_IF_OFFERED -> "Encrypts with STARTTLS when the server offers it; otherwise sends in plain text.";
		case TLS -> "Connects with TLS from the start (SMTPS).";
		case NONE -> "Sends in plain text: only for a relay on this machine or a trusted network.";
		});
		securityHelp.getParent().layout(true);
	}

	private SmtpSecurity chosenSecurity() {
		int index = security.getSelectionIndex();
		return index < 0 ? SmtpSecurity.STARTTLS_REQUIRED : SmtpSecurity.VALUES.get(index);
	}

	@Override
	public boolean performOk() {
		if (session == null || !isValid()) {
			return session == null;
		}
		NotificationSettings edited = typed();
		NotificationSettings current = session.getRepository().getNotificationSettings();
		if (current != null || edited.getSmtpHost() != null) {
			Command change = FeatureCommands.applyValues(session.getEditingDomain(), "Change Mail Settings",
					session.getRepository(), ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, edited);
			if (change.canExecute()) {
				session.getEditingDomain().getCommandStack().execute(change);
			}
		}
		if (passwordTyped && edited.getSmtpHost() != null) {
			try {
				MailPasswords.put(edited, password.getText());
			} catch (StorageException | IOException e) {
				setErrorMessage("The password could not be kept in secure storage: " + e.getMessage());
				return false;
			}
		}
		return true;
	}

	private void sendTestMessage() {
		Clock clock = Clock.systemDefaultZone();
		NotificationSettings settings = typed();
		SmtpSender smtp;
		OutgoingMail mail;
		try {
			String secret = passwordTyped ? password.getText() : MailPasswords.get(settings);
			MailServer server = MailServer.of(settings, secret);
			smtp = new SmtpSender(server, clock);
			mail = testMessage(server, clock);
		} catch (InvalidSettingsException | InvalidAddressException | StorageException e) {
			report(false, e.getMessage());
			return;
		}
		sendTest.setEnabled(false);
		testResult.setText("Sending to " + mail.to().get(0).address() + " through " + smtp.server().describe() + "\u2026");
		new MailJob(smtp, mail, getShell().getDisplay(), new MailJob.Outcome() {
			@Override
			public void delivered(Delivery delivery) {
				report(true, "Accepted at " + TIME.format(LocalTime.ofInstant(delivery.acceptedAt(), ZoneId.systemDefault()))
						+ (delivery.serverResponse().isEmpty() ? "" : " (" + delivery.serverResponse() + ")")
						+ ": look for \u201C" + mail.subject() + "\u201D in the inbox of " + mail.to().get(0).address() + ".");
			}

			@Override
			public void failed(DeliveryException problem) {
				report(false, problem.getMessage());
			}

			@Override
			public void cancelled() {
				report(false, "Cancelled: nothing was sent.");
			}
		}).schedule();
	}

	private OutgoingMail testMessage(MailServer server, Clock clock) throws InvalidAddressException {
		Mailbox to = Mailbox.of("", testRecipient.getText(), "The test message's recipient");
		String text = "This message shows that Advocacy Workbench can send through " + server.describe()
				+ (server.username().isEmpty() ? "" : " as " + server.username()) + ", from " + server.sender() + ".\n\n"
				+ "Customer updates, meeting invitations and the escalation watcher's notifications go out this way.\n";
		return new OutgoingMail(server.sender(), null, List.of(to), "Test message from Advocacy Workbench", text,
				"<p>" + HtmlText.escape(text).replace("\n\n", "</p><p>") + "</p>", null,
				OutgoingMail.messageIdFor("test/" + clock.instant(), server.sender()));
	}

	private void report(boolean success, String message) {
		if (testResult.isDisposed()) {
			return;
		}
		testResult.setText(message);
		testResult.setForeground(success ? null : getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		testResult.getParent().layout(true);
		validate();
	}

	/** @return the result line of the last test message, for tests */
	Label getTestResult() {
		return testResult;
	}

	/** @return the fields in the order shown: host, port, user name, password, from address, sender name, test recipient */
	List<Text> getFields() {
		return List.of(host, port, username, password, fromAddress, fromName, testRecipient);
	}

	/** @return the security chooser, for tests */
	Combo getSecurity() {
		return security;
	}

	/** @return the Send Test Message button, for tests */
	Button getSendTest() {
		return sendTest;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Composite labelled(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		return parent;
	}

	private static Text field(Composite parent, String label, String hint) {
		Text text = new Text(labelled(parent, label), SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static void setEnabledAll(Control control, boolean enabled) {
		control.setEnabled(enabled);
		if (control instanceof Composite composite) {
			Arrays.stream(composite.getChildren()).forEach(child -> setEnabledAll(child, enabled));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
