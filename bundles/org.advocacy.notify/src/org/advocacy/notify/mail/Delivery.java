// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.time.Instant;

/**
 * A message the mail server accepted.
 *
 * @param messageId      the Message-ID of the accepted message
 * @param acceptedAt     when the server accepted it
 * @param serverResponse the server's last answer, such as "250 2.0.0 OK queued as 4F2A1"
 */
public record Delivery(String messageId, Instant acceptedAt, String serverResponse) {
}
