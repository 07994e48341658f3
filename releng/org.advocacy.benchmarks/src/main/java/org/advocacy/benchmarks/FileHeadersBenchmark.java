// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening a 10,000-engagement repository file headers first (target: the list within 1 s): a new repository object
 * stamps the file (size, time and a hash of every byte) and reads the header cache beside it, against reading the
 * file's bytes raw (page-cached). No engagement body is parsed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileHeadersBenchmark {

	private static final OpenOptions OPTIONS = OpenOptions.of("benchmark");

	private Path folder;
	private Path file;

	/** Writes the scaled sample and lists it once, which writes its header cache. */
	@Setup(Level.Trial)
	public void writeRepository() throws IOException, RepositoryException {
		folder = Files.createTempDirectory("advocacy-headers-bench");
		file = folder.resolve("scaled.advocacy");
		new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(10_000), file);
		listHeaders();
	}

	/** Removes the file, its cache and its lock file. */
	@TearDown(Level.Trial)
	public void deleteRepository() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path each : files.toList()) {
				Files.delete(each);
			}
		}
		Files.delete(folder);
	}

	/** @return the raw bytes of the file: the baseline */
	@Benchmark
	public byte[] baseline() throws IOException {
		return Files.readAllBytes(file);
	}

	/** @return every engagement and customer header, the file opened afresh */
	@Benchmark
	public HeaderListing listHeaders() throws RepositoryException {
		try (Repository repository = RepositoryProviders.open(file.toString(), OPTIONS)) {
			return repository.listHeaders(Watermark.BEGINNING);
		}
	}
}
