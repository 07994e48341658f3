// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.ui.session.SampleRepository;

/**
 * What the command line asked the workbench to open.
 *
 * @param repository the repository file, or {@code null} to reopen the previous session's
 * @param sample     whether the file is the sample repository, to be written when missing
 */
record StartupArguments(Path repository, boolean sample) {

	static StartupArguments parse(List<String> arguments) {
		if (arguments.contains("-sample") || arguments.contains("--sample")) {
			return new StartupArguments(SampleRepository.FILE, true);
		}
		return arguments.stream().filter(argument -> argument.endsWith(".advocacy")).findFirst()
				.map(file -> new StartupArguments(Path.of(file), false)).orElse(new StartupArguments(null, false));
	}

	/** @return the repository file, after writing the sample there if it was asked for and is missing */
	Path ensureRepositoryExists() throws IOException {
		return sample ? SampleRepository.ensureWritten() : repository;
	}
}
