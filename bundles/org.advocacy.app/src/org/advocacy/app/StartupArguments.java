// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;

/**
 * What the command line asked the workbench to open.
 *
 * @param repository the repository file, or {@code null} to reopen the previous session's
 * @param sample     whether the file is the sample repository, to be written when missing
 */
record StartupArguments(Path repository, boolean sample) {

	/** Where {@code -sample} keeps the sample repository, so edits survive a restart. */
	static final Path SAMPLE_FILE = Path.of(System.getProperty("user.home"), ".advocacy", "sample.advocacy");

	static StartupArguments parse(List<String> arguments) {
		if (arguments.contains("-sample") || arguments.contains("--sample")) {
			return new StartupArguments(SAMPLE_FILE, true);
		}
		return arguments.stream().filter(argument -> argument.endsWith(".advocacy")).findFirst()
				.map(file -> new StartupArguments(Path.of(file), false)).orElse(new StartupArguments(null, false));
	}

	/** @return the repository file, after writing the sample there if it was asked for and is missing */
	Path ensureRepositoryExists() throws IOException {
		if (sample && !Files.exists(repository)) {
			new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
					Instant.now()).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT), repository);
		}
		return repository;
	}
}
