// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file on disk looked like at one moment: its modification time and size, the way Eclipse's text editors
 * tell that someone else changed a file since it was read.
 *
 * @param modified the modification time, or {@code null} when the file does not exist
 * @param size     the size in bytes, or -1 when the file does not exist
 */
public record DiskStamp(FileTime modified, long size) {

	/** The stamp of a file that does not exist. */
	public static final DiskStamp MISSING = new DiskStamp(null, -1);

	/**
	 * @param file a file
	 * @return the file's stamp now; {@link #MISSING} when it does not exist or cannot be read
	 */
	public static DiskStamp of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new DiskStamp(attributes.lastModifiedTime(), attributes.size());
		} catch (IOException e) {
			return MISSING;
		}
	}
}
