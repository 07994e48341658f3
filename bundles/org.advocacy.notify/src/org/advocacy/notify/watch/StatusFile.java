// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.model.NotificationKind;
import org.advocacy.notify.watch.WatcherStatus.State;

/**
 * The watcher's status beside a repository file ({@code team.advocacy} → {@code team.advocacy.watch-status}), so
 * that the command line and the workbench can show it from another process. A Java properties file, written
 * atomically after every pass.
 */
public final class StatusFile {

	private final Path file;

	/** @param repositoryFile the repository file the status is about */
	public StatusFile(Path repositoryFile) {
		Path absolute = repositoryFile.toAbsolutePath().normalize();
		this.file = absolute.resolveSibling(absolute.getFileName() + ".watch-status");
	}

	/** @return the status file */
	public Path file() {
		return file;
	}

	/**
	 * @param status the status to publish
	 * @throws IOException if it cannot be written; the previous status then stays
	 */
	public void write(WatcherStatus status) throws IOException {
		Properties properties = properties(status);
		AtomicFiles.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			properties.store(writer, "Escalation watcher status");
			writer.flush();
		});
	}

	/**
	 * The status as text in this file's format, for stores that keep it elsewhere (a team repository's table).
	 *
	 * @param status a status
	 * @return its text, read back by {@link #parse}
	 */
	public static String format(WatcherStatus status) {
		StringWriter text = new StringWriter();
		try {
			properties(status).store(text, "Escalation watcher status");
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	/**
	 * @param text  a status as {@link #format} wrote it
	 * @param where where the text was read from, for the message
	 * @return the status
	 * @throws IOException if the text is not a watcher status; the message names where it came from
	 */
	public static WatcherStatus parse(String text, String where) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(text));
		return status(properties, where);
	}

	private static Properties properties(WatcherStatus status) {
		Properties properties = new Properties();
		properties.setProperty("repository", status.repository());
		properties.setProperty("state", status.state().name());
		if (status.lastRunAt() != null) {
			properties.setProperty("lastRunAt", status.lastRunAt().toString());
		}
		properties.setProperty("summary", status.summary());
		properties.setProperty("sentLastRun", Integer.toString(status.sentLastRun()));
		properties.setProperty("sentTotal", Long.toString(status.sentTotal()));
		properties.setProperty("queue.size", Integer.toString(status.queue().size()));
		for (int i = 0; i < status.queue().size(); i++) {
			QueuedNotification entry = status.queue().get(i);
			String prefix = "queue." + i + ".";
			properties.setProperty(prefix + "key", entry.dedupeKey());
			properties.setProperty(prefix + "kind", entry.kind().name());
			properties.setProperty(prefix + "subject", entry.subject());
			properties.setProperty(prefix + "recipients", String.join(",", entry.recipients()));
			properties.setProperty(prefix + "attempts", Integer.toString(entry.attempts()));
			properties.setProperty(prefix + "nextAttemptAt", entry.nextAttemptAt().toString());
			properties.setProperty(prefix + "reason", entry.reason());
		}
		properties.setProperty("problems.size", Integer.toString(status.problems().size()));
		for (int i = 0; i < status.problems().size(); i++) {
			properties.setProperty("problems." + i, status.problems().get(i));
		}
		return properties;
	}

	/**
	 * @return the last status published, or empty when no watcher has run on the repository
	 * @throws IOException if the file cannot be read or is not a watcher status; the message names the file
	 */
	public Optional<WatcherStatus> read() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		return Optional.of(status(properties, file.toString()));
	}

	private static WatcherStatus status(Properties properties, String where) throws IOException {
		try {
			List<QueuedNotification> queue = new ArrayList<>();
			for (int i = 0; i < integer(properties, "queue.size"); i++) {
				String prefix = "queue." + i + ".";
				String recipients = required(properties, prefix + "recipients");
				queue.add(new QueuedNotification(required(properties, prefix + "key"),
						NotificationKind.valueOf(required(properties, prefix + "kind")), required(properties, prefix + "subject"),
						recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(",")),
						integer(properties, prefix + "attempts"), Instant.parse(required(properties, prefix + "nextAttemptAt")),
						required(properties, prefix + "reason")));
			}
			List<String> problems = new ArrayList<>();
			for (int i = 0; i < integer(properties, "problems.size"); i++) {
				problems.add(required(properties, "problems." + i));
			}
			String lastRun = properties.getProperty("lastRunAt");
			return new WatcherStatus(required(properties, "repository"),
					State.valueOf(required(properties, "state")), lastRun == null ? null : Instant.parse(lastRun),
					required(properties, "summary"), integer(properties, "sentLastRun"),
					Long.parseLong(required(properties, "sentTotal")), queue, problems);
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new IOException(where + " is not a watcher status: " + e.getMessage(), e);
		}
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("the entry " + key + " is missing");
		}
		return value;
	}

	private static int integer(Properties properties, String key) {
		return Integer.parseInt(required(properties, key));
	}
}
