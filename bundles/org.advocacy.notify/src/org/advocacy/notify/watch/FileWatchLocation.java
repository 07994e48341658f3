// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A repository file ({@code *.advocacy}) as a watcher's location: the repository is the file itself
 * ({@link FileWatchedRepository}), the lease a lock file beside it ({@link FileSendingLease}), the status a status
 * file beside it ({@link StatusFile}).
 */
public final class FileWatchLocation implements WatchLocation {

	private final Path file;
	private final Clock clock;
	private final FileWatchedRepository repository;
	private final StatusFile statusFile;

	/**
	 * @param file  the repository file
	 * @param clock the clock for the note in the lock file
	 */
	public FileWatchLocation(Path file, Clock clock) {
		this.file = file.toAbsolutePath().normalize();
		this.clock = clock;
		this.repository = new FileWatchedRepository(this.file);
		this.statusFile = new StatusFile(this.file);
	}

	/** @return the repository file */
	public Path file() {
		return file;
	}

	/** @return the status file beside it */
	public StatusFile statusFile() {
		return statusFile;
	}

	@Override
	public WatchedRepository repository() {
		return repository;
	}

	@Override
	public SendingLease lease() {
		return new FileSendingLease(file, clock);
	}

	@Override
	public void publish(WatcherStatus status) throws IOException {
		statusFile.write(status);
	}

	@Override
	public Optional<WatcherStatus> lastStatus() throws IOException {
		return statusFile.read();
	}

	@Override
	public String describe() {
		return file.toString();
	}
}
