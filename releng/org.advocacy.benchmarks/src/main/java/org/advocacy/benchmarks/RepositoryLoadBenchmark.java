// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryStore;
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
 * Opening a 10,000-engagement repository file (XMI with UUIDs, secure parser) against reading the same bytes raw:
 * the ratio is what EMF parsing and object construction cost on top of the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepositoryLoadBenchmark {

	private Path folder;
	private Path file;
	private final RepositoryStore store = new RepositoryStore();

	/** Writes the scaled sample once. */
	@Setup(Level.Trial)
	public void writeRepository() throws IOException {
		folder = Files.createTempDirectory("advocacy-bench");
		file = folder.resolve("scaled.advocacy");
		store.save(StandardSample.generate(10_000), file);
	}

	/** Removes the file. */
	@TearDown(Level.Trial)
	public void deleteRepository() throws IOException {
		Files.deleteIfExists(file);
		Files.deleteIfExists(folder);
	}

	/** @return the raw bytes of the file: the baseline */
	@Benchmark
	public byte[] baseline() throws IOException {
		return Files.readAllBytes(file);
	}

	/** @return the loaded repository */
	@Benchmark
	public Resource load() throws IOException {
		return store.load(file);
	}
}
