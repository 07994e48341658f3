// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;

/**
 * The sample repository written to a file, and the repositories a test opens on it (as several people would),
 * all closed when the test closes this.
 */
public final class SampleFile implements AutoCloseable {

	/** The instant the sample is generated for and the stores' clock stands at. */
	public static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");

	private final Path file;
	private final List<Repository> opened = new ArrayList<>();

	/**
	 * @param folder      where to write it
	 * @param engagements how many engagements the sample has
	 * @throws IOException when it cannot be written
	 */
	public SampleFile(Path folder, int engagements) throws IOException {
		file = folder.resolve("sample.advocacy");
		new RepositoryStore().save(
				new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(engagements), file);
	}

	/** @return the file */
	public Path file() {
		return file;
	}

	/** @return the file opened as a repository whose clock stands at {@link #NOW}; closed with this */
	public Repository open() throws RepositoryException {
		Repository repository = RepositoryProviders.open(file.toString(),
				OpenOptions.of("test").withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
		opened.add(repository);
		return repository;
	}

	/** @return the file's content as it is now, read without any store */
	public AdvocacyRepository onDisk() throws IOException {
		return new RepositoryStore().loadRepository(file);
	}

	/** @return the engagement with a case number */
	public static Engagement engagement(AdvocacyRepository repository, String key) {
		return repository.getEngagements().stream().filter(engagement -> key.equals(engagement.getKey())).findFirst()
				.orElseThrow(() -> new AssertionError("no engagement " + key));
	}

	@Override
	public void close() {
		opened.forEach(Repository::close);
	}
}
