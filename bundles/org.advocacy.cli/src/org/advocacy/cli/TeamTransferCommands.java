// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamConnector;
import org.advocacy.team.TeamRepository;

/**
 * The team repository's {@code team import}, {@code export} and {@code history}, done as the signed-in user
 * through the repository API: what the user's role and teams allow, nothing more.
 */
final class TeamTransferCommands {

	private TeamTransferCommands() {
	}

	/**
	 * {@code team import <repository> <file> [--team T]}: stores every document of a repository file in an empty
	 * team repository, in one transaction; its engagements and reviews go to the team named by {@code --team} or
	 * the location's {@code team} parameter.
	 */
	static int importFile(Arguments parsed, CliContext context)
			throws RepositoryException, RepositoryLoadException {
		ServerLocation location = TeamCommand.serverLocation(context, parsed.positional(0), "team import");
		String team = parsed.option("team", location.parameter(TeamConnector.TEAM_PARAMETER));
		if (team == null || team.isBlank()) {
			throw new UsageException("team import: name the team the engagements and reviews go to with --team.");
		}
		Path file = parsed.path(1);
		try (Repository repository = context.open(location)) {
			int stored = RepositoryTransfer.importFile(file, (TeamRepository) repository, team);
			context.out().println("Imported " + stored + " documents from " + file.toAbsolutePath() + " into "
					+ location.display() + " (team " + team + ").");
		}
		return CliCommand.OK;
	}

	/**
	 * {@code team export <repository> <file>}: writes every document the user may read into a repository file,
	 * atomically; any repository location works, so this also copies a file.
	 */
	static int exportFile(Arguments parsed, CliContext context) throws RepositoryException, IOException {
		Path file = parsed.path(1);
		try (Repository repository = context.open(parsed.positional(0))) {
			RepositoryTransfer.exportFile(repository, file);
			context.out().println("Exported " + repository.location().display() + " to " + file.toAbsolutePath()
					+ ".");
		}
		return CliCommand.OK;
	}

	/**
	 * {@code team history <repository> <ADV-key>}: every saved version of an engagement, oldest first, with who
	 * saved it, when, from which program, and each feature it changed (old → new).
	 */
	static int history(Arguments parsed, CliContext context) throws RepositoryException {
		try (Repository repository = context.open(parsed.positional(0))) {
			EngagementHeader header = EngagementLookup.header(repository, parsed.positional(1));
			List<HistoryEntry> history = repository.history(DocumentId.engagement(header.id()));
			context.out().println(header.key() + " " + shown(header.title()) + ": " + history.size() + " version(s) in "
					+ repository.location().display());
			for (HistoryEntry entry : history) {
				context.out().println("version " + entry.version() + "  " + entry.changedAt() + "  by "
						+ entry.changedBy() + "  from " + entry.client() + (entry.deleted() ? "  (deleted)" : ""));
				for (HistoryEntry.Change change : entry.changes()) {
					context.out().println("  " + change.objectType() + " " + change.objectId() + " "
							+ change.feature() + ": " + shown(change.oldValue()) + " -> " + shown(change.newValue()));
				}
			}
		}
		return CliCommand.OK;
	}

	/** A value in quotes, line breaks and other control characters escaped so stored text cannot steer the terminal. */
	private static String shown(String value) {
		if (value == null) {
			return "(unset)";
		}
		StringBuilder text = new StringBuilder("\"");
		value.codePoints().forEach(c -> {
			if (c == '\n') {
				text.append("\\n");
			} else if (Character.isISOControl(c)) {
				text.append(String.format("\\u%04x", c));
			} else {
				text.appendCodePoint(c);
			}
		});
		return text.append('"').toString();
	}
}
