// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.EngagementState;

/**
 * {@code summary <repository>}: the repository's customers and engagements, counted by lifecycle state, from their
 * headers alone.
 */
final class SummaryCommand extends NamedCommand {

	SummaryCommand() {
		super("summary",
				"summary <repository>                         count the engagements of a repository by state");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of(), 1, "one repository");
		try (Repository repository = context.open(parsed.positional(0))) {
			HeaderListing headers = repository.listHeaders(Watermark.BEGINNING);
			Map<EngagementState, Integer> byState = new EnumMap<>(EngagementState.class);
			for (EngagementHeader header : headers.engagements()) {
				byState.merge(header.state(), 1, Integer::sum);
			}
			String name = repository.listDocuments(DocumentKind.CATALOG).stream().map(DocumentSummary::label)
					.findFirst().orElse(repository.location().display());
			context.out().println(name + ": " + headers.customers().size() + " customers, "
					+ headers.engagements().size() + " engagements");
			byState.forEach((state, count) -> context.out().printf("  %-20s %d%n", state.getLiteral(), count));
		}
		return OK;
	}
}
