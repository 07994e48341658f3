// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.advocacy.core.exports.JsonText;

/**
 * Posts a notification to a chat channel through an incoming webhook: an HTTP POST of {@code {"text": "..."}}, the
 * form Slack, Mattermost, Rocket.Chat and Microsoft Teams' incoming webhooks accept. The webhook's address is a
 * secret (whoever has it can post), so it is never stored in the repository. Only HTTPS is accepted, except for a
 * server on this machine.
 */
public final class ChatWebhook {

	private final URI address;
	private final Duration timeout;
	private final HttpClient client;

	/**
	 * @param address the webhook's address
	 * @param timeout how long to wait for the chat server
	 * @throws IllegalArgumentException if the address is not HTTPS (or HTTP to this machine)
	 */
	public ChatWebhook(URI address, Duration timeout) {
		this.address = Objects.requireNonNull(address, "address");
		String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
		String host = address.getHost() == null ? "" : address.getHost();
		boolean local = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
		if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
			throw new IllegalArgumentException("The chat webhook must be an https:// address (http:// only to this machine)");
		}
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * @param text the message
	 * @throws IOException if the chat server cannot be reached or does not answer with success; the message says which
	 */
	public void post(String text) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout)
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + JsonText.quoted(text) + "}",
						StandardCharsets.UTF_8))
				.build();
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Posting to the chat webhook was interrupted", e);
		}
		if (response.statusCode() / 100 != 2) {
			throw new IOException("The chat webhook answered HTTP " + response.statusCode());
		}
	}
}
