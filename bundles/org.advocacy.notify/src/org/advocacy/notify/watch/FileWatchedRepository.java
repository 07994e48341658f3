// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;

/**
 * A repository file ({@code *.advocacy}) watched by a watcher. Each record is written through the file store's
 * atomic save, so the file always holds a whole repository. When the file was changed by someone else since it was
 * read (an advocate saved in the workbench), it is read again first and the record is added to that version, so
 * the other change is kept.
 */
public final class FileWatchedRepository implements WatchedRepository {

	private final Path file;
	private final RepositoryStore store = new RepositoryStore();
	private AdvocacyRepository loaded;
	private Stamp loadedStamp;

	/** @param file the repository file */
	public FileWatchedRepository(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
	}

	/** @return the repository file */
	public Path file() {
		return file;
	}

	@Override
	public synchronized AdvocacyRepository snapshot() throws IOException {
		Stamp now = Stamp.of(file);
		if (loaded == null || !now.equals(loadedStamp)) {
			load();
		}
		return loaded;
	}

	@Override
	public synchronized void record(Consumer<AdvocacyRepository> change) throws IOException {
		if (loaded == null || !Stamp.of(file).equals(loadedStamp)) {
			load();
		}
		try {
			change.accept(loaded);
			store.save(loaded, file);
			loadedStamp = Stamp.of(file);
		} catch (IOException | RuntimeException e) {
			loaded = null;
			throw e;
		}
	}

	@Override
	public String describe() {
		return file.toString();
	}

	private void load() throws IOException {
		Stamp before = Stamp.of(file);
		loaded = store.loadRepository(file);
		loadedStamp = before;
	}

	/** What tells one version of the file from the next: its size, modification time and file identity. */
	private record Stamp(long size, FileTime modified, Object key) {

		static Stamp of(Path file) throws IOException {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
		}
	}
}
