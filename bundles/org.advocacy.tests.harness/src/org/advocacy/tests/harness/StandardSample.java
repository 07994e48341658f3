// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;

/**
 * The standard sample repository as the tests use it: generated from the standard seed with the standard number of
 * engagements at one fixed instant, {@link #NOW}. Tests that measure due times, ages and countdowns against the
 * sample use that same instant as their "now", so what they expect does not depend on when they run.
 */
public final class StandardSample {

	/** When the sample is generated, and the "now" of the tests that use it: Friday 20 November 2026, 14:30 UTC. */
	public static final Instant NOW = Instant.parse("2026-11-20T14:30:00Z");

	/** The name of the file {@link #write(Path)} writes into a folder. */
	public static final String FILE_NAME = "sample.advocacy";

	private StandardSample() {
	}

	/** @return a new standard sample repository, not yet in any resource */
	public static AdvocacyRepository generate() {
		return generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
	}

	/**
	 * @param engagementCount how many engagements, for tests and benchmarks at scale
	 * @return a new sample repository from the standard seed at {@link #NOW}, not yet in any resource
	 */
	public static AdvocacyRepository generate(int engagementCount) {
		return new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW).generate(engagementCount);
	}

	/**
	 * Writes the standard sample into a folder.
	 *
	 * @param folder a folder, usually a test's temporary one
	 * @return the written file, {@value #FILE_NAME} in {@code folder}
	 * @throws IOException when it cannot be written
	 */
	public static Path write(Path folder) throws IOException {
		return write(folder, repository -> {
			// the sample as generated
		});
	}

	/**
	 * Writes the standard sample into a folder after adjusting it, for tests that need a situation the sample does
	 * not have (a step taken a few minutes ago, a person away).
	 *
	 * @param folder     a folder, usually a test's temporary one
	 * @param adjustment what to change in the generated sample before it is written
	 * @return the written file, {@value #FILE_NAME} in {@code folder}
	 * @throws IOException when it cannot be written
	 */
	public static Path write(Path folder, Consumer<? super AdvocacyRepository> adjustment) throws IOException {
		AdvocacyRepository sample = generate();
		adjustment.accept(sample);
		Path file = folder.resolve(FILE_NAME);
		new RepositoryStore().save(sample, file);
		return file;
	}

	/**
	 * Writes the standard sample as a file of a name the test chooses, for tests that need two repository files.
	 *
	 * @param file where to write it
	 * @return the same file
	 * @throws IOException when it cannot be written
	 */
	public static Path writeAs(Path file) throws IOException {
		new RepositoryStore().save(generate(), file);
		return file;
	}
}
