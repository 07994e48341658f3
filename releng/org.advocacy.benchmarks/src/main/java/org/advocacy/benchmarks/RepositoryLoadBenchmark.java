// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryProviders;
import org.advocacy.core.repository.Watermark;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.ecore.resource.Resource;
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
 * Opening a 10,000-engagement repository file (XMI with UUIDs, secure parser) against reading the same bytes from
 * the page cache, as the load reads them (the file was just written, and both read it again and again): the ratio
 * is what parsing and building the objects cost on top of reading the file. Listing it headers first (target: the
 * list within 1 s) opens the file as a repository afresh: it stamps the file (size, time, a hash of every byte)
 * and reads the header cache beside it, written by the first listing in the setup; no body is parsed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepositoryLoadBenchmark {

	private Path folder;
	private Path file;
	private final RepositoryStore store = new RepositoryStore();
	/** Reused, so the baseline measures reading and not allocating 133 MB per operation. */
	private final byte[] buffer = new byte[1 << 16];

	/** Writes the scaled sample once and lists it, which writes its header cache. */
	@Setup(Level.Trial)
	public void writeRepository() throws IOException, RepositoryException {
		folder = Files.createTempDirectory("advocacy-bench");
		file = folder.resolve("scaled.advocacy");
		store.save(StandardSample.generate(10_000), file);
		listHeaders();
		Heap.settle();
	}

	/** Removes the file, its header cache and its lock file. */
	@TearDown(Level.Trial)
	public void deleteRepository() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path each : files.toList()) {
				Files.delete(each);
			}
		}
		Files.delete(folder);
	}

	/** @return the number of bytes read from the file in 64 KB reads into one buffer: the baseline */
	@Benchmark
	public long baseline() throws IOException {
		long total = 0;
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				total += read;
			}
		}
		return total;
	}

	/** @return every engagement and customer header, the file opened as a repository afresh */
	@Benchmark
	public HeaderListing listHeaders() throws RepositoryException {
		try (Repository repository = RepositoryProviders.open(file.toString(), OpenOptions.of("benchmark"))) {
			return repository.listHeaders(Watermark.BEGINNING);
		}
	}

	/** @return the loaded repository */
	@Benchmark
	public Resource load() throws IOException {
		return store.load(file);
	}
}
