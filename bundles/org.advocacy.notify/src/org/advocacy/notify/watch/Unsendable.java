// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.util.List;

import org.advocacy.model.NotificationKind;

/**
 * A notification that is due but cannot be sent as the repository stands, such as a reminder to a manager without an
 * e-mail address.
 *
 * @param dedupeKey  what it is for
 * @param kind       what it is about
 * @param subject    what it would say, in a few words
 * @param recipients who it would be for, as far as known
 * @param reason     why it cannot be sent and what to fix
 */
public record Unsendable(String dedupeKey, NotificationKind kind, String subject, List<String> recipients,
		String reason) {

	public Unsendable {
		recipients = List.copyOf(recipients);
	}
}
