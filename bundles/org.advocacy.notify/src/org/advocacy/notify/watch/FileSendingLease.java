// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sending lease of a repository file: an exclusive lock on a lock file beside it
 * ({@code team.advocacy} → {@code team.advocacy.watch-lock}). The operating system frees the lock when the holding
 * process ends, however it ends, so a stale lease never blocks a standby watcher. The lock file says which process
 * holds it, for people looking.
 */
public final class FileSendingLease implements SendingLease {

	/** Lock files held by this Java process: a second lease on one of them must not even open it. */
	private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

	private final Path lockFile;
	private final Clock clock;
	private FileChannel channel;
	private FileLock lock;

	/**
	 * @param repositoryFile the repository file the lease is for
	 * @param clock          the clock for the note in the lock file
	 */
	public FileSendingLease(Path repositoryFile, Clock clock) {
		Path absolute = repositoryFile.toAbsolutePath().normalize();
		this.lockFile = absolute.resolveSibling(absolute.getFileName() + ".watch-lock");
		this.clock = clock;
	}

	/** @return the lock file */
	public Path lockFile() {
		return lockFile;
	}

	@Override
	public synchronized boolean tryAcquire() throws IOException {
		if (lock != null && lock.isValid()) {
			return true;
		}
		// Closing any channel on a locked file may free the process's lock on it, so another lease of this process
		// never opens the file at all.
		if (!HELD_HERE.add(lockFile)) {
			return false;
		}
		FileChannel opened = null;
		try {
			opened = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock acquired = opened.tryLock();
			if (acquired == null) {
				opened.close();
				HELD_HERE.remove(lockFile);
				return false;
			}
			channel = opened;
			lock = acquired;
			writeHolder();
			return true;
		} catch (OverlappingFileLockException e) {
			HELD_HERE.remove(lockFile);
			return false;
		} catch (IOException | RuntimeException e) {
			if (opened != null && lock == null) {
				opened.close();
			}
			if (lock == null) {
				HELD_HERE.remove(lockFile);
			}
			throw e;
		}
	}

	@Override
	public synchronized boolean isHeld() {
		return lock != null && lock.isValid();
	}

	@Override
	public String describe() {
		return "lock file " + lockFile;
	}

	@Override
	public synchronized void close() throws IOException {
		if (channel == null) {
			return;
		}
		try {
			lock.release();
			channel.close();
		} finally {
			channel = null;
			lock = null;
			HELD_HERE.remove(lockFile);
		}
	}

	private void writeHolder() throws IOException {
		String note = "Escalation watcher process " + ProcessHandle.current().pid() + " holds this lease since "
				+ clock.instant() + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
	}
}
