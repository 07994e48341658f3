// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.advocacy.notify.watch.WatcherOptions;

/**
 * The watcher's secrets — the mail server's password and the chat webhook's address — which never go on the command
 * line (where every user of the machine sees them) nor into the repository (which the whole team reads). They come
 * from systemd's credentials ({@code LoadCredential=smtp-password:…} in the unit puts a file into
 * {@code $CREDENTIALS_DIRECTORY} that only the service can read), else from the environment variables
 * {@value #PASSWORD_VARIABLE} and {@value #WEBHOOK_VARIABLE}.
 */
final class WatcherSecrets {

	/** The systemd credential holding the mail server's password. */
	static final String PASSWORD_CREDENTIAL = "smtp-password";
	/** The systemd credential holding the chat webhook's address. */
	static final String WEBHOOK_CREDENTIAL = "chat-webhook";
	/** The environment variable holding the mail server's password, when there is no credential. */
	static final String PASSWORD_VARIABLE = "ADVOCACY_SMTP_PASSWORD";
	/** The environment variable holding the chat webhook's address, when there is no credential. */
	static final String WEBHOOK_VARIABLE = "ADVOCACY_CHAT_WEBHOOK";

	private static final String CREDENTIALS_DIRECTORY = "CREDENTIALS_DIRECTORY";

	private final Map<String, String> environment;

	/** @param environment the process's environment variables */
	WatcherSecrets(Map<String, String> environment) {
		this.environment = environment;
	}

	/**
	 * @param options the watcher's options
	 * @return the options with the password and the chat webhook found, if any
	 * @throws IOException              if a credential file cannot be read
	 * @throws IllegalArgumentException if the chat webhook is not an https:// address
	 */
	WatcherOptions addTo(WatcherOptions options) throws IOException {
		WatcherOptions result = options;
		String password = secret(PASSWORD_CREDENTIAL, PASSWORD_VARIABLE);
		if (password != null) {
			result = result.withSmtpPassword(password);
		}
		String webhook = secret(WEBHOOK_CREDENTIAL, WEBHOOK_VARIABLE);
		if (webhook != null) {
			try {
				result = result.withChatWebhook(new URI(webhook.strip()));
			} catch (URISyntaxException e) {
				throw new IllegalArgumentException("The chat webhook (" + WEBHOOK_CREDENTIAL + " credential or "
						+ WEBHOOK_VARIABLE + ") is not an address: " + e.getReason() + ".");
			}
		}
		return result;
	}

	/** @return where the secrets were found, without the secrets, for the watcher's first line of output */
	String describe() {
		return "mail password " + source(PASSWORD_CREDENTIAL, PASSWORD_VARIABLE) + ", chat webhook "
				+ source(WEBHOOK_CREDENTIAL, WEBHOOK_VARIABLE);
	}

	private String secret(String credential, String variable) throws IOException {
		Path file = credentialFile(credential);
		if (file != null) {
			return withoutFinalLineBreak(Files.readString(file, StandardCharsets.UTF_8));
		}
		String value = environment.get(variable);
		return value == null || value.isEmpty() ? null : value;
	}

	private String source(String credential, String variable) {
		if (credentialFile(credential) != null) {
			return "from the " + credential + " credential";
		}
		String value = environment.get(variable);
		return value == null || value.isEmpty() ? "not set" : "from " + variable;
	}

	private Path credentialFile(String credential) {
		String directory = environment.get(CREDENTIALS_DIRECTORY);
		if (directory == null || directory.isEmpty()) {
			return null;
		}
		Path file = Path.of(directory, credential);
		return Files.isRegularFile(file) ? file : null;
	}

	/** A password file written with an editor or {@code echo} ends with a line break that is not part of it. */
	private static String withoutFinalLineBreak(String content) {
		if (content.endsWith("\r\n")) {
			return content.substring(0, content.length() - 2);
		}
		return content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
	}
}
