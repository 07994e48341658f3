// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the bytes go to a
 * temporary sibling, are forced to disk, and the sibling is moved over the target. A failure at any point leaves
 * the target as it was and no temporary file behind. Used for repository files and for every export.
 */
public final class AtomicFiles {

	/** Produces a file's content. */
	@FunctionalInterface
	public interface Content {

		/**
		 * @param out where the content goes; closed by the caller
		 * @throws IOException when the content cannot be produced or written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/** Bytes written to the file at once: large files (a repository of 133 MB) take a few thousand writes. */
	private static final int BUFFER_SIZE = 1 << 16;

	private AtomicFiles() {
	}

	/**
	 * @param target  the file to create or replace (its folder is created when missing)
	 * @param content what to write
	 * @throws IOException when writing fails; the target then keeps its previous content
	 */
	public static void write(Path target, Content content) throws IOException {
		Path file = target.toAbsolutePath();
		Files.createDirectories(file.getParent());
		// A plain sibling, not Files.createTempFile: its owner-only permissions would stay on the target.
		Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			moveIntoPlace(temporary, file);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
