// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Instant;
import java.util.List;

import org.advocacy.model.NotificationKind;

/**
 * A due notification that could not be sent yet, waiting for its next try.
 *
 * @param dedupeKey     what it is for
 * @param kind          what it is about
 * @param subject       its subject line
 * @param recipients    who it is for
 * @param attempts      how many times it failed
 * @param nextAttemptAt when it is tried again
 * @param reason        why the last try failed
 */
public record QueuedNotification(String dedupeKey, NotificationKind kind, String subject, List<String> recipients,
		int attempts, Instant nextAttemptAt, String reason) {

	public QueuedNotification {
		recipients = List.copyOf(recipients);
	}
}
