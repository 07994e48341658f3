// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Identifies the content of a repository file: size, modification time and a 64-bit hash of every byte (two
 * hardware-accelerated CRCs over the same bytes). A file is "unchanged" only when all three agree, so neither a
 * touched file nor a same-size rewrite within one clock tick is mistaken. The hash is the file's watermark.
 *
 * @param size     the size in bytes
 * @param modified the modification time in nanoseconds since the epoch (as precise as the file system keeps it)
 * @param hash     the content hash, never 0
 */
record FileStamp(long size, long modified, long hash) {

	private static final int MAP_CHUNK = 1 << 26;
	private static final int CRC_CHUNK = 1 << 20;

	/**
	 * @param file a file
	 * @return its stamp, taken from the bytes on disk (page-cached reads, nothing copied onto the heap)
	 * @throws IOException when it cannot be read
	 */
	static FileStamp of(Path file) throws IOException {
		for (int attempt = 0;; attempt++) {
			long size = Files.size(file);
			long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
			long hash;
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				hash = hash(channel, channel.size());
			}
			if (Files.size(file) == size && Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS) == modified
					|| attempt == 3) {
				return new FileStamp(size, modified, hash);
			}
		}
	}

	/**
	 * @param content bytes read from a file
	 * @param size    the file's size when they were read
	 * @param modified its modification time then
	 * @return the stamp of those bytes
	 */
	static FileStamp of(byte[] content, long modified) {
		CRC32C castagnoli = new CRC32C();
		CRC32 ieee = new CRC32();
		castagnoli.update(content);
		ieee.update(content);
		return new FileStamp(content.length, modified, combine(castagnoli, ieee));
	}

	/** @return whether the file may still have this content: same size and modification time */
	boolean sameMetadata(long otherSize, long otherModified) {
		return size == otherSize && modified == otherModified;
	}

	private static long hash(FileChannel channel, long size) throws IOException {
		CRC32C castagnoli = new CRC32C();
		CRC32 ieee = new CRC32();
		for (long position = 0; position < size; position += MAP_CHUNK) {
			MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, position,
					Math.min(MAP_CHUNK, size - position));
			for (int offset = 0; offset < mapped.limit(); offset += CRC_CHUNK) {
				ByteBuffer slice = mapped.slice(offset, Math.min(CRC_CHUNK, mapped.limit() - offset));
				castagnoli.update(slice.duplicate());
				ieee.update(slice);
			}
		}
		return combine(castagnoli, ieee);
	}

	private static long combine(CRC32C castagnoli, CRC32 ieee) {
		long hash = castagnoli.getValue() << 32 | ieee.getValue();
		return hash == 0 ? 1 : hash;
	}
}
