// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The standard sample written to a repository file, and the repositories a test opens on it (as several people
 * would), all closed when the test ends. Register it with {@code @RegisterExtension} for a fresh file in a
 * temporary folder per test, or write it into a folder yourself and close it.
 */
public final class SampleFile implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

	/** The instant the sample is generated for and the stores' clock stands at: {@link StandardSample#NOW}. */
	public static final Instant NOW = StandardSample.NOW;

	private final int engagements;
	private final List<Repository> opened = new ArrayList<>();
	private Path temporaryFolder;
	private Path file;

	/** For {@code @RegisterExtension}: the standard sample, written before each test. */
	public SampleFile() {
		this(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
	}

	/**
	 * For {@code @RegisterExtension}: a scaled sample, written before each test.
	 *
	 * @param engagements how many engagements the sample has
	 */
	public SampleFile(int engagements) {
		this.engagements = engagements;
	}

	/**
	 * Writes a sample now.
	 *
	 * @param folder      where to write it
	 * @param engagements how many engagements the sample has
	 * @throws IOException when it cannot be written
	 */
	public SampleFile(Path folder, int engagements) throws IOException {
		this(engagements);
		write(folder);
	}

	private void write(Path folder) throws IOException {
		file = folder.resolve(StandardSample.FILE_NAME);
		new RepositoryStore().save(StandardSample.generate(engagements), file);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		temporaryFolder = Files.createTempDirectory("advocacy-sample-file");
		write(temporaryFolder);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		close();
		try (Stream<Path> paths = Files.walk(temporaryFolder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
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
		opened.clear();
	}
}
