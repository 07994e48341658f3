// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.util.function.Consumer;

import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Sends one e-mail in the background, never on the UI thread, and reports the outcome back on the UI thread: the
 * delivery the server accepted, or why it did not. Cancelling before the server is contacted sends nothing; once the
 * message is on its way the server's answer is awaited (up to the mail timeout), because a message it accepted must
 * be recorded as sent.
 */
final class MailJob extends Job {

	/** What happened to the message, told on the UI thread. */
	interface Outcome {

		/** @param delivery what the mail server accepted */
		void delivered(Delivery delivery);

		/** @param problem why the mail server did not accept it; nothing was sent */
		void failed(DeliveryException problem);

		/** Cancelled before the mail server was contacted: nothing was sent. */
		void cancelled();
	}

	private final SmtpSender smtp;
	private final OutgoingMail mail;
	private final Display display;
	private final Outcome outcome;

	/**
	 * @param smtp    the sender
	 * @param mail    the message
	 * @param display the display whose thread hears the outcome
	 * @param outcome what to do with the outcome
	 */
	MailJob(SmtpSender smtp, OutgoingMail mail, Display display, Outcome outcome) {
		super("Sending \u201C" + mail.subject() + "\u201D through " + smtp.server().describe());
		this.smtp = smtp;
		this.mail = mail;
		this.display = display;
		this.outcome = outcome;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		if (monitor.isCanceled()) {
			report(Outcome::cancelled);
			return Status.CANCEL_STATUS;
		}
		try {
			Delivery delivery = smtp.send(mail);
			report(listener -> listener.delivered(delivery));
		} catch (DeliveryException e) {
			report(listener -> listener.failed(e));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	private void report(Consumer<Outcome> report) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> report.accept(outcome));
		}
	}
}
