// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The write lock of a repository file: held while a save checks the file and replaces it, so that two writers —
 * two windows, a command line and a workbench, two machines on a shared drive — never both act on what they read
 * before the other wrote. A lock file beside the repository ({@code .<name>.lock}, locked with the operating
 * system's file lock, released when the holder ends or dies) orders processes; a lock per file orders the threads
 * of this program, which the operating system lock does not.
 */
final class FileLocks {

	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private FileLocks() {
	}

	/** A held lock; closing releases it. */
	interface Held extends AutoCloseable {
		@Override
		void close() throws IOException;
	}

	/**
	 * Waits for and takes the write lock of a repository file.
	 *
	 * @param file the repository file
	 * @return the held lock
	 * @throws IOException when the lock file cannot be created (e.g. a read-only folder)
	 */
	static Held acquire(Path file) throws IOException {
		ReentrantLock local = IN_PROCESS.computeIfAbsent(file, key -> new ReentrantLock());
		local.lock();
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.lock();
			FileChannel opened = channel;
			return () -> {
				try (opened) {
					lock.release();
				} finally {
					local.unlock();
				}
			};
		} catch (IOException | RuntimeException e) {
			if (channel != null) {
				channel.close();
			}
			local.unlock();
			throw e;
		}
	}

	/** @return the lock file of a repository file */
	static Path lockFile(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".lock");
	}
}
