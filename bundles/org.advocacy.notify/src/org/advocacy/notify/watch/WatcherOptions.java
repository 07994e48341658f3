// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLSocketFactory;

import org.advocacy.notify.mail.MailServer;

/**
 * What a watcher needs besides the repository's own notification settings: the secrets that never go into the
 * repository (the mail password, the chat webhook's address), and how patient it is.
 *
 * @param smtpPassword       the mail server password, or {@code null} when it needs none
 * @param chatWebhook        the chat webhook to post notifications to as well, or {@code null}
 * @param tlsSocketFactory   the TLS socket factory for the mail server, or {@code null} for the Java runtime's
 *                           trusted certificates
 * @param mailTimeout        how long to wait for the mail server
 * @param firstRetryDelay    the wait after a first failure
 * @param maxRetryDelay      the longest wait between tries
 * @param commitmentLeadDays how many days before a promised root-cause update its manager is reminded
 */
public record WatcherOptions(String smtpPassword, URI chatWebhook, SSLSocketFactory tlsSocketFactory,
		Duration mailTimeout, Duration firstRetryDelay, Duration maxRetryDelay, int commitmentLeadDays) {

	public WatcherOptions {
		Objects.requireNonNull(mailTimeout, "mailTimeout");
		Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
		Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
		if (commitmentLeadDays < 0) {
			throw new IllegalArgumentException("The reminder lead must not be negative: " + commitmentLeadDays);
		}
	}

	/** @return no password, no chat, the runtime's certificates, and the default waits */
	public static WatcherOptions defaults() {
		return new WatcherOptions(null, null, null, MailServer.DEFAULT_TIMEOUT, RetryQueue.DEFAULT_FIRST_DELAY,
				RetryQueue.DEFAULT_MAX_DELAY, DueNotifications.DEFAULT_COMMITMENT_LEAD_DAYS);
	}

	/** @return a copy with that mail password */
	public WatcherOptions withSmtpPassword(String password) {
		return new WatcherOptions(password, chatWebhook, tlsSocketFactory, mailTimeout, firstRetryDelay, maxRetryDelay,
				commitmentLeadDays);
	}

	/** @return a copy that also posts to that chat webhook */
	public WatcherOptions withChatWebhook(URI webhook) {
		return new WatcherOptions(smtpPassword, webhook, tlsSocketFactory, mailTimeout, firstRetryDelay, maxRetryDelay,
				commitmentLeadDays);
	}

	/** @return a copy that trusts the certificates of that factory */
	public WatcherOptions withTlsSocketFactory(SSLSocketFactory factory) {
		return new WatcherOptions(smtpPassword, chatWebhook, factory, mailTimeout, firstRetryDelay, maxRetryDelay,
				commitmentLeadDays);
	}

	/** @return a copy with those waits */
	public WatcherOptions withRetryDelays(Duration first, Duration max) {
		return new WatcherOptions(smtpPassword, chatWebhook, tlsSocketFactory, mailTimeout, first, max, commitmentLeadDays);
	}

	/** @return a copy that waits that long for the mail server */
	public WatcherOptions withMailTimeout(Duration timeout) {
		return new WatcherOptions(smtpPassword, chatWebhook, tlsSocketFactory, timeout, firstRetryDelay, maxRetryDelay,
				commitmentLeadDays);
	}

	@Override
	public String toString() {
		return "WatcherOptions[password " + (smtpPassword == null ? "none" : "set") + ", chat "
				+ (chatWebhook == null ? "none" : "set") + ", mailTimeout=" + mailTimeout + ", retries " + firstRetryDelay
				+ ".." + maxRetryDelay + ", commitmentLeadDays=" + commitmentLeadDays + "]";
	}
}
