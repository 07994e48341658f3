// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.model.Audience;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.notify.CustomerUpdateMailer;
import org.advocacy.notify.DraftNotSendableException;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.notify.mail.OutgoingMail;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Sends a reviewed customer update by e-mail: the customer's contacts who have an e-mail address to choose from
 * (those who read as the update's audience first, and checked), a preview of exactly what goes out, and the send
 * itself in the background. Only once the mail server accepted the message is it recorded — the update sent at that
 * time, its recipients, the Message-ID in the engagement's log — as one command (Undo takes the record back, not the
 * e-mail). A refusal is shown with the server's reason and nothing is recorded.
 */
final class SendUpdateDialog extends MailDialog {

	private final CustomerCommunication update;
	private final Engagement engagement;
	private final List<CustomerContact> withoutAddress = new ArrayList<>();
	private CheckboxTableViewer contacts;
	private Button sameAudienceOnly;
	private Text preview;
	private OutgoingMail composed;

	/**
	 * @param shell   the parent shell
	 * @param session the repository the update belongs to
	 * @param update  a draft that may be sent now
	 * @param clock   the clock of the editor
	 */
	SendUpdateDialog(Shell shell, RepositorySession session, CustomerCommunication update, Clock clock) {
		super(shell, session, clock);
		this.update = update;
		this.engagement = (Engagement) update.eContainer();
	}

	@Override
	protected String title() {
		return "Send Update by E-mail";
	}

	@Override
	protected String actionLabel() {
		return "&Send";
	}

	@Override
	protected void createContent(Composite area) {
		new Label(area, SWT.NONE).setText("&To:");
		contacts = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
		contacts.getTable().setHeaderVisible(true);
		column("Name", 170, contact -> contact.getName());
		column("Title", 150, contact -> contact.getTitle());
		column("Reads as", 110, contact -> contact.getAudience() == null ? "" : contact.getAudience().getLiteral());
		column("E-mail", 220, contact -> contact.getEmail());
		contacts.setContentProvider(ArrayContentProvider.getInstance());
		List<CustomerContact> reachable = new ArrayList<>();
		if (engagement.getCustomer() != null) {
			for (CustomerContact contact : engagement.getCustomer().getContacts()) {
				(hasAddress(contact) ? reachable : withoutAddress).add(contact);
			}
		}
		contacts.setInput(reachable);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, contacts.getTable().getItemHeight() * 5)
				.applyTo(contacts.getTable());
		List<Audience> audiences = update.getAudiences();
		if (!audiences.isEmpty()) {
			sameAudienceOnly = new Button(area, SWT.CHECK);
			sameAudienceOnly.setText("&Only contacts who read as " + String.join(" or ",
					audiences.stream().map(audience -> audience.getLiteral().toLowerCase()).toList()));
			sameAudienceOnly.setSelection(reachable.stream().anyMatch(this::readsAsDraftAudience));
			sameAudienceOnly.addListener(SWT.Selection, event -> filter());
			filter();
		}
		contacts.setCheckedElements(initialRecipients(reachable).toArray());
		if (!withoutAddress.isEmpty()) {
			Label missing = new Label(area, SWT.WRAP);
			missing.setText("Not listed, without an e-mail address: " + String.join(", ",
					withoutAddress.stream().map(contact -> Objects.toString(contact.getName(), "unnamed")).toList()) + ".");
			GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(missing);
		}
		contacts.addCheckStateListener(event -> compose());

		new Label(area, SWT.NONE).setText("What goes out:");
		preview = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 260).applyTo(preview);
	}

	@Override
	protected void contentReady() {
		compose();
	}

	private void column(String title, int width, Function<CustomerContact, String> text) {
		TextColumns.add(contacts, title, width, text);
	}

	/** @return the recipients chosen on the draft before, else those who read as its audience */
	private List<CustomerContact> initialRecipients(List<CustomerContact> reachable) {
		List<CustomerContact> chosen = update.getRecipients().stream().filter(reachable::contains).toList();
		if (!chosen.isEmpty()) {
			return chosen;
		}
		return reachable.stream().filter(this::readsAsDraftAudience).toList();
	}

	/** @return whether the contact reads as one of the audiences the draft is written for */
	private boolean readsAsDraftAudience(CustomerContact contact) {
		return update.getAudiences().contains(contact.getAudience());
	}

	private void filter() {
		contacts.setFilters(sameAudienceOnly.getSelection() ? new ViewerFilter[] { new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return readsAsDraftAudience((CustomerContact) element) || contacts.getChecked(element);
			}
		} } : new ViewerFilter[0]);
	}

	/** Writes the e-mail for the contacts checked and shows it; a problem is shown instead, and Send stays off. */
	private void compose() {
		composed = null;
		if (smtp() == null) {
			return;
		}
		try {
			composed = new CustomerUpdateMailer(smtp(), clock()).compose(update, recipients());
			preview.setText(preview(composed));
			setMessage("\u201C" + composed.subject() + "\u201D goes to the contacts checked, from "
					+ composed.from() + (composed.replyTo() == null ? "" : "; replies go to " + composed.replyTo().address())
					+ ".", IMessageProvider.NONE);
		} catch (DraftNotSendableException | InvalidAddressException e) {
			preview.setText("");
			setMessage(e.getMessage(), IMessageProvider.ERROR);
		}
		actionButton().setEnabled(composed != null);
	}

	private List<CustomerContact> recipients() {
		List<CustomerContact> checked = new ArrayList<>();
		for (Object element : contacts.getCheckedElements()) {
			checked.add((CustomerContact) element);
		}
		return checked;
	}

	@Override
	protected void act() {
		OutgoingMail mail = composed;
		List<CustomerContact> recipients = recipients();
		SmtpSender smtp = smtp();
		contacts.getTable().setEnabled(false);
		send(smtp, mail, new MailJob.Outcome() {
			@Override
			public void delivered(Delivery delivery) {
				execute(EngagementCommands.sentByEmail(session().getEditingDomain(), update, recipients,
						CustomerUpdateMailer.recorded(update, mail, delivery)));
				succeeded("Sent at " + time(delivery) + " to " + recipients.size()
						+ (recipients.size() == 1 ? " contact" : " contacts") + ": the mail server accepted it as "
						+ delivery.messageId() + ". The update is recorded as sent.", "The update \u201C" + mail.subject()
								+ "\u201D was sent after all: the mail server accepted it at " + time(delivery)
								+ ", and it is recorded as sent.");
			}

			@Override
			public void failed(DeliveryException problem) {
				contacts.getTable().setEnabled(true);
				failedToSend(problem.getMessage() + " Nothing was recorded.");
			}

			@Override
			public void cancelled() {
				cancelledBeforeSending();
			}
		});
	}

	private static boolean hasAddress(CustomerContact contact) {
		return contact.getEmail() != null && !contact.getEmail().isBlank();
	}

	/** @return the contacts shown, for tests */
	CheckboxTableViewer getContacts() {
		return contacts;
	}

	/** @return the preview, for tests */
	Text getPreview() {
		return preview;
	}
}
