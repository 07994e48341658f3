// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.util.Objects;

import org.advocacy.model.NotificationKind;
import org.advocacy.notify.mail.OutgoingMail;

/**
 * A notification that is due and ready to send.
 *
 * @param kind        what it is about
 * @param dedupeKey   what exactly it is for; it is sent only while no record has this key
 * @param mail        the e-mail
 * @param chatText    the short text for a chat webhook
 * @param onDelivered the change to record once the mail server accepted the e-mail
 */
public record Notification(NotificationKind kind, String dedupeKey, OutgoingMail mail, String chatText,
		RepositoryUpdate onDelivered) {

	public Notification {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		Objects.requireNonNull(mail, "mail");
		Objects.requireNonNull(chatText, "chatText");
		Objects.requireNonNull(onDelivered, "onDelivered");
	}
}
