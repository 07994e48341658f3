// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidSettingsException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.notify.mail.Mailbox;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * What the dialogs that send mail share: the mail server of the repository (with a link to its settings when they are
 * incomplete), the action that sends in a {@link MailJob} with a progress bar, and the outcome in words. Cancelling
 * while the message is on its way closes the dialog but not the bookkeeping: a message the server accepts after all is
 * still recorded, and the user is told.
 */
abstract class MailDialog extends TitleAreaDialog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final RepositorySession session;
	private final Clock clock;
	private final Shell parentShell;
	private SmtpSender smtp;
	private Label server;
	private ProgressBar progress;
	private Label status;
	private MailJob sending;

	/**
	 * @param shell   the parent shell
	 * @param session the repository whose mail settings are used and whose log records what is sent
	 * @param clock   the clock
	 */
	protected MailDialog(Shell shell, RepositorySession session, Clock clock) {
		super(shell);
		this.parentShell = shell;
		this.session = session;
		this.clock = clock;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** @return the dialog's title */
	protected abstract String title();

	/** @return the label of the button that sends */
	protected abstract String actionLabel();

	/** Creates what the dialog is about, in a one-column grid. */
	protected abstract void createContent(Composite area);

	/** Called once the mail server is known (again): compose what would go out and enable the action. */
	protected abstract void contentReady();

	/** Sends: the action button was pressed. */
	protected abstract void act();

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite dialogArea = (Composite) super.createDialogArea(parent);
		Composite area = new Composite(dialogArea, SWT.NONE);
		GridLayoutFactory.swtDefaults().spacing(6, 6).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		createContent(area);
		Composite serverRow = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(serverRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(serverRow);
		server = new Label(serverRow, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(server);
		Link settings = new Link(serverRow, SWT.NONE);
		settings.setText("<a>Mail settings\u2026</a>");
		settings.addListener(SWT.Selection, event -> openMailSettings());
		Composite statusRow = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(statusRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusRow);
		progress = new ProgressBar(statusRow, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).exclude(true).applyTo(progress);
		progress.setVisible(false);
		status = new Label(statusRow, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		return dialogArea;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, actionLabel(), true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	public void create() {
		super.create();
		getShell().setText(title());
		setTitle(title());
		loadServer();
		contentReady();
	}

	private void loadServer() {
		try {
			MailServer mailServer = MailPasswords.server(session.getRepository().getNotificationSettings());
			smtp = new SmtpSender(mailServer, clock);
			server.setText("Sends through " + mailServer.describe() + " as " + mailServer.sender() + ".");
		} catch (InvalidSettingsException | StorageException e) {
			smtp = null;
			server.setText("");
			setMessage(e.getMessage() + " Set the mail server in Mail settings.", IMessageProvider.ERROR);
			actionButton().setEnabled(false);
		}
		server.getParent().layout(true);
	}

	private void openMailSettings() {
		PreferencesUtil.createPreferenceDialogOn(getShell(), MailPreferencePage.ID,
				new String[] { MailPreferencePage.ID }, null).open();
		setMessage(null);
		loadServer();
		contentReady();
	}

	@Override
	protected void okPressed() {
		act();
	}

	@Override
	protected void cancelPressed() {
		if (sending != null) {
			sending.cancel();
		}
		super.cancelPressed();
	}

	/**
	 * Sends a message in the background. The outcome's {@code delivered} is always told, even after the dialog was
	 * closed, so that it records what the server accepted; {@code failed} and {@code cancelled} only while it is open.
	 */
	protected void send(SmtpSender sender, OutgoingMail mail, MailJob.Outcome outcome) {
		actionButton().setEnabled(false);
		progress.setVisible(true);
		((GridData) progress.getLayoutData()).exclude = false;
		status.setForeground(null);
		status.setText("Sending to " + mail.to().stream().map(Mailbox::address).collect(Collectors.joining(", "))
				+ "\u2026");
		status.getParent().layout(true);
		sending = new MailJob(sender, mail, getShell().getDisplay(), new MailJob.Outcome() {
			@Override
			public void delivered(Delivery delivery) {
				finished();
				outcome.delivered(delivery);
			}

			@Override
			public void failed(DeliveryException problem) {
				finished();
				if (isOpen()) {
					outcome.failed(problem);
				}
			}

			@Override
			public void cancelled() {
				finished();
				if (isOpen()) {
					outcome.cancelled();
				}
			}
		});
		sending.schedule();
	}

	private void finished() {
		sending = null;
		if (isOpen()) {
			progress.setVisible(false);
			((GridData) progress.getLayoutData()).exclude = true;
			status.getParent().layout(true);
		}
	}

	/** Executes a command recording what was sent, on the repository's editing domain. */
	protected void execute(Command command) {
		session.getEditingDomain().getCommandStack().execute(command);
	}

	/**
	 * @param shown        the outcome, for the open dialog
	 * @param toldIfClosed the outcome for a user who closed the dialog while it was sending
	 */
	protected void succeeded(String shown, String toldIfClosed) {
		if (!isOpen()) {
			MessageDialog.openInformation(parentShell, title(), toldIfClosed);
			return;
		}
		status.setText(shown);
		status.getParent().layout(true);
		actionButton().setEnabled(false);
		getButton(IDialogConstants.CANCEL_ID).setText("Close");
		getButton(IDialogConstants.CANCEL_ID).setFocus();
		setMessage("Sent.", IMessageProvider.INFORMATION);
	}

	/** @param reason why the mail server did not accept the message, shown until the next try */
	protected void failedToSend(String reason) {
		status.setText(reason);
		status.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		status.getParent().layout(true);
		setMessage("Not sent.", IMessageProvider.ERROR);
		actionButton().setEnabled(true);
	}

	/** The send was cancelled before the server was contacted. */
	protected void cancelledBeforeSending() {
		status.setText("Cancelled before anything was sent.");
		actionButton().setEnabled(true);
	}

	/** @return the sender of the repository's mail server, or {@code null} when its settings are incomplete */
	protected SmtpSender smtp() {
		return smtp;
	}

	/** @return the repository */
	protected RepositorySession session() {
		return session;
	}

	/** @return the clock */
	protected Clock clock() {
		return clock;
	}

	/** @return the button that sends */
	protected Button actionButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	/** @return the line saying how sending went, for tests */
	Label getStatus() {
		return status;
	}

	/** @return whether a message is on its way */
	boolean isSending() {
		return sending != null;
	}

	/** @return the e-mail as its reader sees it: sender, recipients, subject, then the text */
	static String preview(OutgoingMail mail) {
		return "From: " + mail.from() + "\n" + (mail.replyTo() == null ? "" : "Reply-To: " + mail.replyTo() + "\n") + "To: "
				+ mail.to().stream().map(Mailbox::toString).collect(Collectors.joining(", ")) + "\nSubject: " + mail.subject()
				+ "\n\n" + mail.text();
	}

	/** @return when the server accepted a message, as a time of day in the user's zone */
	String time(Delivery delivery) {
		return TIME.format(LocalTime.ofInstant(delivery.acceptedAt(), clock.getZone()));
	}

	private boolean isOpen() {
		return getShell() != null && !getShell().isDisposed();
	}
}
