// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidSettingsException;
import org.advocacy.notify.mail.MailServer;
import org.advocacy.notify.mail.SmtpSender;
import org.advocacy.notify.watch.WatcherStatus.State;
import org.advocacy.notify.webhook.ChatWebhook;

/**
 * The escalation watcher: evaluates a repository on business time and sends what is due — ladder steps to the
 * people whose step it is, warnings and flags to the advocate, customer-update and root-cause reminders, meeting
 * invitations — exactly once.
 * <p>
 * One {@link #runPass() pass} at the injected clock's instant: take the {@link SendingLease sending lease} (a
 * watcher without it sends nothing), read the repository, find what is due and not yet recorded
 * ({@link DueNotifications}), send each, and record each in the repository only once the mail server accepted it.
 * All state that decides what to send lives in the repository, so a restarted watcher never repeats a notification.
 * An unreachable mail server leaves the notification unrecorded in the {@link RetryQueue}, tried again with growing
 * waits. The {@link WatcherStatus status} of the last pass is published after every pass.
 */
public final class EscalationWatcher implements AutoCloseable {

	/** Where a watcher publishes its status after every pass. */
	@FunctionalInterface
	public interface StatusPublisher {

		/**
		 * @param status the status of the pass that just ended
		 * @throws IOException if it cannot be published
		 */
		void publish(WatcherStatus status) throws IOException;
	}

	private final WatchedRepository repository;
	private final SendingLease lease;
	private final StatusPublisher publisher;
	private final WatcherOptions options;
	private final Clock clock;
	private final EscalationLadder ladder = new EscalationLadder();
	private final RetryQueue queue;
	private final ChatWebhook chat;
	private WatcherStatus status;
	private long sentTotal;

	/**
	 * @param repository the repository to watch
	 * @param lease      the sending lease of that repository
	 * @param publisher  where to publish the status after each pass
	 * @param options    the secrets and waits
	 * @param clock      the clock every pass reads its instant from
	 */
	public EscalationWatcher(WatchedRepository repository, SendingLease lease, StatusPublisher publisher,
			WatcherOptions options, Clock clock) {
		this.repository = repository;
		this.lease = lease;
		this.publisher = publisher;
		this.options = options;
		this.clock = clock;
		this.queue = new RetryQueue(options.firstRetryDelay(), options.maxRetryDelay());
		this.chat = options.chatWebhook() == null ? null : new ChatWebhook(options.chatWebhook(), options.mailTimeout());
		this.status = WatcherStatus.notStarted(repository.describe());
	}

	/**
	 * A watcher of a repository file: the lease is a lock file beside it, the status a status file beside it
	 * ({@link FileWatchLocation}).
	 *
	 * @param file    the {@code *.advocacy} file
	 * @param options the secrets and waits
	 * @param clock   the clock
	 * @return the watcher; close it to give the lease up
	 */
	public static EscalationWatcher forFile(Path file, WatcherOptions options, Clock clock) {
		return of(new FileWatchLocation(file, clock), options, clock);
	}

	/**
	 * @param location the repository with its lease and status
	 * @param options  the secrets and waits
	 * @param clock    the clock
	 * @return a watcher publishing its status to the location; close it to give the lease up
	 */
	public static EscalationWatcher of(WatchLocation location, WatcherOptions options, Clock clock) {
		return new EscalationWatcher(location.repository(), location.lease(), location::publish, options, clock);
	}

	/**
	 * Runs one pass. Never throws: whatever goes wrong is in the returned status.
	 *
	 * @return the status after the pass
	 */
	public synchronized WatcherStatus runPass() {
		Instant now = clock.instant();
		List<String> problems = new ArrayList<>();
		try {
			if (!lease.tryAcquire()) {
				return publish(new WatcherStatus(repository.describe(), State.STANDBY, now,
						"Standing by: another watcher holds the sending lease (" + lease.describe() + "); this one sends nothing.",
						0, sentTotal, List.of(), List.of()));
			}
			AdvocacyRepository snapshot = repository.snapshot();
			MailServer server = MailServer.of(snapshot.getNotificationSettings(), options.smtpPassword())
					.withTimeout(options.mailTimeout()).withTlsSocketFactory(options.tlsSocketFactory());
			DueNotifications.Result due = new DueNotifications(ladder, server.sender(), options.commitmentLeadDays())
					.find(snapshot, now);
			queue.retainOnly(due.keys());
			for (Unsendable unsendable : due.unsendable()) {
				if (queue.isReady(unsendable.dedupeKey(), now)) {
					queue.failed(unsendable.dedupeKey(), unsendable.kind(), unsendable.subject(), unsendable.recipients(),
							unsendable.reason(), now);
				}
			}
			int sent = send(due.ready(), new SmtpSender(server, clock), now, problems);
			return publish(new WatcherStatus(repository.describe(), State.SENDING, now, summary(sent, due), sent, sentTotal,
					queue.entries(), problems));
		} catch (InvalidSettingsException | IOException | RuntimeException e) {
			problems.add(e.getMessage() == null ? e.toString() : e.getMessage());
			return publish(new WatcherStatus(repository.describe(), State.FAILED, now,
					"The pass could not run: " + problems.get(0), 0, sentTotal, queue.entries(), problems));
		}
	}

	/**
	 * Runs a pass now and then again and again, each the given interval after the last ended, until the returned
	 * future is cancelled.
	 *
	 * @param executor      where the passes run
	 * @param interval      the pause between passes
	 * @param afterEachPass told the status after each pass, such as a log of the passes; it must not throw, as an
	 *                      exception would end the passes
	 * @return the future that stops the passes when cancelled
	 */
	public ScheduledFuture<?> schedule(ScheduledExecutorService executor, Duration interval,
			Consumer<WatcherStatus> afterEachPass) {
		return executor.scheduleWithFixedDelay(() -> afterEachPass.accept(runPass()), 0, interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** @return the status of the last pass */
	public synchronized WatcherStatus status() {
		return status;
	}

	/** Gives the sending lease up, so that a standby watcher takes over. */
	@Override
	public synchronized void close() throws IOException {
		lease.close();
	}

	private int send(List<Notification> ready, SmtpSender smtp, Instant now, List<String> problems) {
		int sent = 0;
		String unreachable = null;
		for (Notification notification : ready) {
			if (!queue.isReady(notification.dedupeKey(), now)) {
				continue;
			}
			if (unreachable != null) {
				queued(notification, unreachable, now);
				continue;
			}
			Delivery delivery;
			try {
				delivery = smtp.send(notification.mail());
			} catch (DeliveryException e) {
				queued(notification, e.getMessage(), now);
				unreachable = e.isTemporary() ? e.getMessage() : null;
				continue;
			}
			try {
				repository.record(current -> notification.onDelivered().apply(current, delivery));
			} catch (IOException | RuntimeException e) {
				problems.add("The " + notification.kind().getLiteral().toLowerCase(Locale.ROOT) + " \""
						+ notification.mail().subject() + "\" was accepted by the mail server as " + delivery.messageId()
						+ " but could not be recorded in " + repository.describe() + ": " + e.getMessage()
						+ " Nothing more is sent until the repository can be saved again.");
				break;
			}
			queue.delivered(notification.dedupeKey());
			sent++;
			sentTotal++;
			postToChat(notification, problems);
		}
		return sent;
	}

	private void queued(Notification notification, String reason, Instant now) {
		queue.failed(notification.dedupeKey(), notification.kind(), notification.mail().subject(),
				notification.mail().recipientAddresses(), reason, now);
	}

	private void postToChat(Notification notification, List<String> problems) {
		if (chat == null) {
			return;
		}
		try {
			chat.post(notification.chatText());
		} catch (IOException e) {
			problems.add("The chat message for \"" + notification.mail().subject() + "\" failed: " + e.getMessage());
		}
	}

	private String summary(int sent, DueNotifications.Result due) {
		int waiting = queue.entries().size();
		if (due.ready().isEmpty() && due.unsendable().isEmpty()) {
			return "Nothing due.";
		}
		return sent + (sent == 1 ? " notification" : " notifications") + " sent; " + waiting
				+ (waiting == 1 ? " waits" : " wait") + " for another try.";
	}

	private WatcherStatus publish(WatcherStatus next) {
		status = next;
		try {
			publisher.publish(next);
		} catch (IOException e) {
			List<String> problems = new ArrayList<>(next.problems());
			problems.add("The status could not be published: " + e.getMessage());
			status = new WatcherStatus(next.repository(), next.state(), next.lastRunAt(), next.summary(), next.sentLastRun(),
					next.sentTotal(), next.queue(), problems);
		}
		return status;
	}
}
