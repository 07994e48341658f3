// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Set;

import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;

/** {@code sample <file> [--engagements N] [--seed S]}: writes the sample repository, or a scaled one. */
final class SampleCommand implements CliCommand {

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String synopsis() {
		return "sample <file> [--engagements N] [--seed S]   write the sample repository (or a scaled one)";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("engagements", "seed"))
				.expectPositional(1, "the file to write");
		int engagements = parsed.positiveInt("engagements", SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		long seed = parsed.wholeNumber("seed", SampleRepositoryGenerator.STANDARD_SEED);
		AdvocacyRepository repository = new SampleRepositoryGenerator(seed, context.clock().instant())
				.generate(engagements);
		context.store().save(repository, parsed.path(0));
		context.out().println("Wrote " + repository.getEngagements().size() + " engagements for "
				+ repository.getCustomers().size() + " customers to " + parsed.path(0).toAbsolutePath());
		return OK;
	}
}
