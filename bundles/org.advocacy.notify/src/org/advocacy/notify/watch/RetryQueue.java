// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.model.NotificationKind;

/**
 * Due notifications that failed, with the reason, each waiting for its next try: the wait doubles with every failure
 * (exponential backoff, from {@link #firstDelay} up to {@link #maxDelay}), so an unreachable mail server is not
 * hammered, yet nothing due is ever dropped. A notification that is no longer due (the ladder was answered
 * meanwhile) leaves the queue. Nothing here is persisted: after a restart everything due is tried at once, and
 * nothing was recorded as sent.
 */
public final class RetryQueue {

	/** The wait after the first failure when nothing else is said. */
	public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(30);

	/** The longest wait between two tries when nothing else is said. */
	public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(15);

	private final Duration firstDelay;
	private final Duration maxDelay;
	private final Map<String, QueuedNotification> queued = new LinkedHashMap<>();

	/** A queue with the default delays. */
	public RetryQueue() {
		this(DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY);
	}

	/**
	 * @param firstDelay the wait after the first failure
	 * @param maxDelay   the longest wait
	 */
	public RetryQueue(Duration firstDelay, Duration maxDelay) {
		if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("The first delay must be positive and not above the longest delay");
		}
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
	}

	/** @return whether the notification may be tried at {@code now}: never failed, or its wait is over */
	public synchronized boolean isReady(String dedupeKey, Instant now) {
		QueuedNotification entry = queued.get(dedupeKey);
		return entry == null || !now.isBefore(entry.nextAttemptAt());
	}

	/**
	 * Records a failed try and schedules the next one.
	 *
	 * @return the queued notification
	 */
	public synchronized QueuedNotification failed(String dedupeKey, NotificationKind kind, String subject,
			List<String> recipients, String reason, Instant now) {
		QueuedNotification previous = queued.get(dedupeKey);
		int attempts = previous == null ? 1 : previous.attempts() + 1;
		QueuedNotification entry = new QueuedNotification(dedupeKey, kind, subject, recipients, attempts,
				now.plus(delayAfter(attempts)), Objects.requireNonNull(reason, "reason"));
		queued.put(dedupeKey, entry);
		return entry;
	}

	/** Removes a notification that was delivered. */
	public synchronized void delivered(String dedupeKey) {
		queued.remove(dedupeKey);
	}

	/** Drops the notifications that are no longer due. */
	public synchronized void retainOnly(Collection<String> dueKeys) {
		queued.keySet().retainAll(dueKeys);
	}

	/** @return the queued notifications, in the order they first failed */
	public synchronized List<QueuedNotification> entries() {
		return List.copyOf(new ArrayList<>(queued.values()));
	}

	/** @return the wait after the given number of failures: doubling from the first delay, never above the longest */
	Duration delayAfter(int failures) {
		Duration delay = firstDelay;
		for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}
}
