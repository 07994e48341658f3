// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;

/** {@code summary <file>}: the repository's customers and engagements, counted by lifecycle state. */
final class SummaryCommand implements CliCommand {

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public String synopsis() {
		return "summary <file>                               count the engagements of a repository by state";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of()).expectPositional(1, "one repository file");
		AdvocacyRepository repository = context.store().loadRepository(parsed.path(0));
		Map<EngagementState, Integer> byState = new EnumMap<>(EngagementState.class);
		for (Engagement engagement : repository.getEngagements()) {
			byState.merge(engagement.getState(), 1, Integer::sum);
		}
		context.out().println(repository.getName() + ": " + repository.getCustomers().size() + " customers, "
				+ repository.getEngagements().size() + " engagements");
		byState.forEach((state, count) -> context.out().printf("  %-20s %d%n", state.getLiteral(), count));
		return OK;
	}
}
