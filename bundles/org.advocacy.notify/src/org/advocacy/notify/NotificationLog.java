// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.notify.mail.Delivery;

/**
 * The record of the notifications sent, kept in the repository itself (each engagement's log, and the repository's
 * own for what is not about one engagement). Its dedupe keys make every notification exactly-once: whatever a
 * watcher finds due, it sends only what no record has, and the record is written only once the mail server accepted
 * the message — so a restarted watcher, or another one taking over, never repeats one.
 */
public final class NotificationLog {

	private final Set<String> keys = new HashSet<>();
	private final List<NotificationRecord> records = new ArrayList<>();

	/** @param repository the repository whose records to read */
	public NotificationLog(AdvocacyRepository repository) {
		repository.getNotifications().forEach(this::remember);
		for (Engagement engagement : repository.getEngagements()) {
			engagement.getNotifications().forEach(this::remember);
		}
	}

	/** @return how many notifications were sent whose dedupe key starts with {@code prefix} */
	public int countStartingWith(String prefix) {
		return (int) keys.stream().filter(key -> key.startsWith(prefix)).count();
	}

	/**
	 * @return the notification sent last (by the time the mail server accepted it) whose dedupe key starts with
	 *         {@code prefix}, such as the last invitation or cancellation of one meeting
	 */
	public Optional<NotificationRecord> latestStartingWith(String prefix) {
		NotificationRecord latest = null;
		for (NotificationRecord record : records) {
			if (record.getDedupeKey().startsWith(prefix) && (latest == null || !acceptedAt(record).isBefore(acceptedAt(latest)))) {
				latest = record;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** @return whether a notification with that dedupe key was sent */
	public boolean wasSent(String dedupeKey) {
		return keys.contains(dedupeKey);
	}

	/**
	 * @param kind       what the notification was about
	 * @param dedupeKey  its dedupe key
	 * @param recipients the addresses it went to
	 * @param subject    its subject line
	 * @param delivery   what the mail server accepted
	 * @return a new record, to add to an engagement's or the repository's notifications
	 */
	public static NotificationRecord record(NotificationKind kind, String dedupeKey, List<String> recipients,
			String subject, Delivery delivery) {
		NotificationRecord record = AdvocacyFactory.eINSTANCE.createNotificationRecord();
		record.setKind(kind);
		record.setDedupeKey(dedupeKey);
		record.getRecipients().addAll(recipients);
		record.setSubject(subject);
		record.setMessageId(delivery.messageId());
		record.setAcceptedAt(delivery.acceptedAt());
		return record;
	}

	private void remember(NotificationRecord record) {
		if (record.getDedupeKey() != null) {
			keys.add(record.getDedupeKey());
			records.add(record);
		}
	}

	private static Instant acceptedAt(NotificationRecord record) {
		return record.getAcceptedAt() == null ? Instant.MIN : record.getAcceptedAt();
	}
}
