// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;

/**
 * The change feed of a repository file: a daemon thread looks at the file's size and modification time every
 * interval and, when they changed, at its content hash; new content is announced as a complete batch (a file does
 * not say which documents changed). A file that disappears or cannot be read is reported as a lost connection and
 * watched until it is back.
 */
final class FileWatcher implements Subscription {

	private final Path file;
	private final ChangeListener listener;
	private final Duration interval;
	private final Thread thread;
	private volatile boolean running = true;
	private long seenSize = -1;
	private long seenModified = -1;
	private long watermark;
	private boolean connected = true;

	FileWatcher(Path file, Watermark since, ChangeListener listener, Duration interval) {
		this.file = file;
		this.listener = listener;
		this.interval = interval;
		this.watermark = since.value();
		this.thread = new Thread(this::run, "Advocacy file watch " + file.getFileName());
		thread.setDaemon(true);
	}

	/** Starts watching; the first look happens at once, so a stale watermark is caught up immediately. */
	FileWatcher start() {
		thread.start();
		return this;
	}

	private void run() {
		while (running) {
			look();
			try {
				Thread.sleep(interval.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void look() {
		try {
			long size = Files.size(file);
			long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
			if (!connected) {
				connected = true;
				listener.connectionChanged(true, file + " is readable again");
			}
			if (size == seenSize && modified == seenModified) {
				return;
			}
			FileStamp stamp = FileStamp.of(file);
			seenSize = stamp.size();
			seenModified = stamp.modified();
			if (stamp.hash() != watermark && running) {
				watermark = stamp.hash();
				listener.changed(new ChangeBatch(new Watermark(watermark), true, List.of()));
			}
		} catch (IOException e) {
			if (connected && running) {
				connected = false;
				listener.connectionChanged(false, "Cannot read " + file + ": " + e.getMessage());
			}
		}
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
