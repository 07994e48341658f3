// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;

/** The commands of the command line that need no OSGi framework, so tests can call them directly. */
final class Commands {

	private Commands() {
	}

	static String usage() {
		return """
				Usage: advocacy-cli <command> [arguments]
				  sample <file> [--engagements N] [--seed S]   write the sample repository (or a scaled one)
				  summary <file>                               count the engagements of a repository by state
				  diagnose                                     check that every Advocacy bundle resolved""";
	}

	static int sample(List<String> arguments, PrintStream out, Clock clock) throws IOException {
		if (arguments.isEmpty()) {
			throw new IllegalArgumentException("sample: the target file is missing.");
		}
		Path file = Path.of(arguments.get(0));
		int engagements = SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT;
		long seed = SampleRepositoryGenerator.STANDARD_SEED;
		for (int i = 1; i < arguments.size(); i += 2) {
			String option = arguments.get(i);
			if (i + 1 >= arguments.size()) {
				throw new IllegalArgumentException("sample: " + option + " needs a value.");
			}
			String value = arguments.get(i + 1);
			switch (option) {
			case "--engagements" -> engagements = parsePositive(option, value);
			case "--seed" -> seed = parseLong(option, value);
			default -> throw new IllegalArgumentException("sample: unknown option " + option + ".");
			}
		}
		AdvocacyRepository repository = new SampleRepositoryGenerator(seed, clock.instant()).generate(engagements);
		new RepositoryStore().save(repository, file);
		out.println("Wrote " + repository.getEngagements().size() + " engagements for "
				+ repository.getCustomers().size() + " customers to " + file.toAbsolutePath());
		return 0;
	}

	static int summary(List<String> arguments, PrintStream out) throws IOException {
		if (arguments.size() != 1) {
			throw new IllegalArgumentException("summary: give exactly one repository file.");
		}
		AdvocacyRepository repository = new RepositoryStore().loadRepository(Path.of(arguments.get(0)));
		Map<EngagementState, Integer> byState = new EnumMap<>(EngagementState.class);
		for (Engagement engagement : repository.getEngagements()) {
			byState.merge(engagement.getState(), 1, Integer::sum);
		}
		out.println(repository.getName() + ": " + repository.getCustomers().size() + " customers, "
				+ repository.getEngagements().size() + " engagements");
		byState.forEach((state, count) -> out.printf("  %-20s %d%n", state.getLiteral(), count));
		return 0;
	}

	private static int parsePositive(String option, String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("sample: " + option + " must be a positive whole number, not '" + value + "'.");
	}

	private static long parseLong(String option, String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("sample: " + option + " must be a whole number, not '" + value + "'.");
		}
	}
}
