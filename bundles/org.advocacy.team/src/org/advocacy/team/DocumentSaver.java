// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.merge.DocumentState;
import org.advocacy.core.merge.FeatureChanges;
import org.advocacy.core.repository.CaseNumbers;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.EngagementHeaders;
import org.advocacy.core.repository.HistoryEntry.Change;
import org.advocacy.core.repository.InvalidContentException;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryUnavailableException.WriteOutcome;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.core.validation.Names;
import org.advocacy.team.internal.DocumentTable;
import org.advocacy.team.internal.DocumentTable.StoredDocument;
import org.advocacy.team.internal.DocumentWriter;
import org.advocacy.team.internal.ChangeLogEntries;
import org.advocacy.team.internal.HeaderRows;
import org.advocacy.team.internal.Kinds;
import org.advocacy.team.internal.SaveFailures;
import org.advocacy.team.internal.SqlStates;
import org.advocacy.team.internal.TeamDocuments;
import org.advocacy.team.internal.TeamMembership;
import org.advocacy.team.internal.WorkConnection;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes documents of a working model through the server's save path: the document's XMI, its header row, its
 * label and the feature-level changes against the version the model loaded (kept in memory, else read from the
 * history). Turns the server's answers into {@link SaveResult}s and exceptions, and after a lost connection finds
 * out whether the write took place.
 */
final class DocumentSaver {

	private static final int REMEMBERED_VERSIONS = 256;

	private final ServerLocation location;
	private final OpenOptions options;
	private final WorkConnection work;
	private final TeamMembership membership;
	private final Map<String, String> bases = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REMEMBERED_VERSIONS;
		}
	};

	DocumentSaver(ServerLocation location, OpenOptions options, WorkConnection work, TeamMembership membership) {
		this.location = location;
		this.options = options;
		this.work = work;
		this.membership = membership;
	}

	/** Keeps a version's text, the base of the change log when that version is saved over. */
	void rememberBase(DocumentId id, long version, String body) {
		synchronized (bases) {
			bases.put(id.uuid() + "@" + version, body);
		}
	}

	SaveResult save(RepositoryModel model, EObject root, DocumentId id, long expected, String team)
			throws RepositoryException {
		DocumentTable.Write write = prepare(model, root, id, expected, team);
		try {
			long version = work.run(connection -> DocumentTable.save(connection, write));
			rememberBase(id, version, write.body());
			return new SaveResult.Saved(id, version);
		} catch (SQLException e) {
			if (SaveFailures.isVersionConflict(e)) {
				return conflict(id, expected);
			}
			throw SaveFailures.writeFailure(location, "save the " + describe(id, root), id, e,
					outcomeAfter(e, id, expected, write.body()));
		}
	}

	SaveResult delete(RepositoryModel model, DocumentId id, long expected) throws RepositoryException {
		EObject root = model.document(id).orElse(null);
		String label = root == null ? id.uuid() : Names.of(root);
		String changes = ChangeLogEntries.toJson(List.of(new Change(id.uuid(),
				id.kind().rootClass().getName(), FeatureChanges.DELETED, label, null)));
		try {
			long version = work.run(connection -> DocumentTable.delete(connection, id.uuid(), id.kind(), expected,
					changes, options.client()));
			return new SaveResult.Saved(id, version);
		} catch (SQLException e) {
			if (SaveFailures.isVersionConflict(e)) {
				return conflict(id, expected);
			}
			throw SaveFailures.writeFailure(location, "delete the " + id, id, e,
					outcomeAfter(e, id, expected, null));
		}
	}

	int importAll(RepositoryModel source, String team) throws RepositoryException {
		try {
			return work.inTransaction(connection -> {
				int stored = 0;
				long highestCaseNumber = 0;
				for (DocumentKind kind : DocumentKind.values()) {
					for (EObject root : Documents.all(source.root(), kind)) {
						if (root == null) {
							continue;
						}
						DocumentTable.save(connection, prepareUnchecked(source, root, Kinds.belongsToTeam(kind) ? team : null));
						stored++;
						if (root instanceof Engagement engagement) {
							highestCaseNumber = Math.max(highestCaseNumber, CaseNumbers.number(engagement.getKey()));
						}
					}
				}
				DocumentTable.reserveCaseNumbers(connection, highestCaseNumber);
				return stored;
			});
		} catch (SQLException e) {
			if (SaveFailures.isVersionConflict(e)) {
				throw new RepositoryException("Cannot import into " + location.display() + ": it already holds a "
						+ "document of the file (" + e.getMessage() + "). Nothing was imported; import into an "
						+ "empty repository.", e);
			}
			throw SaveFailures.writeFailure(location, "import the repository (nothing was imported)", null, e,
					WriteOutcome.NOT_WRITTEN);
		} catch (UncheckedRepositoryException e) {
			throw e.getCause();
		}
	}

	private DocumentTable.Write prepareUnchecked(RepositoryModel model, EObject root, String team) {
		try {
			return prepare(model, root, Documents.idOf(root), 0, team);
		} catch (RepositoryException e) {
			throw new UncheckedRepositoryException(e);
		}
	}

	private DocumentTable.Write prepare(RepositoryModel model, EObject root, DocumentId id, long expected,
			String team) throws RepositoryException {
		if (Kinds.belongsToTeam(id.kind()) && team == null) {
			throw new RepositoryException("Cannot save the " + describe(id, root) + " in " + location.display()
					+ ": " + membership.login() + " belongs to no team that may hold it; add ?"
					+ TeamConnector.TEAM_PARAMETER + "=<team> to the location or ask for a role in a team");
		}
		Resource copy = DocumentWriter.copy(model, root);
		String body;
		try {
			body = DocumentWriter.write(copy, model);
		} catch (IOException e) {
			throw new InvalidContentException("Cannot save the " + describe(id, root) + " in " + location.display()
					+ ": " + e.getMessage(), e);
		}
		List<Change> changes = expected == 0
				? List.of(new Change(id.uuid(), root.eClass().getName(), FeatureChanges.CREATED, null, Names.of(root)))
				: FeatureChanges.between(base(id, expected), DocumentState.of(id.kind(), copy.getContents().get(0)));
		return new DocumentTable.Write(id.uuid(), id.kind(), team, expected, body, Documents.label(root), header(root),
				ChangeLogEntries.toJson(changes), options.client());
	}

	private String header(EObject root) {
		if (root instanceof Engagement engagement) {
			return HeaderRows.toJson(EngagementHeaders.of(engagement, options.clock().instant()));
		}
		if (root instanceof Customer customer) {
			return HeaderRows.toJson(EngagementHeaders.of(customer, 0));
		}
		return null;
	}

	/** The version the caller loaded, as the change log's "before"; {@code null} when it cannot be read. */
	private DocumentState base(DocumentId id, long version) throws RepositoryException {
		String body;
		synchronized (bases) {
			body = bases.get(id.uuid() + "@" + version);
		}
		if (body == null) {
			StoredDocument stored = read(connection -> DocumentTable.readVersion(connection, id.uuid(), version));
			body = stored == null || stored.deleted() ? null : stored.body();
		}
		if (body == null) {
			return null;
		}
		try {
			Resource base = TeamDocuments.decode(TeamDocuments.newResourceSet(DocumentSaver::nothing), id.uuid(),
					id.kind(), body);
			return DocumentState.of(id.kind(), base.getContents().get(0));
		} catch (RepositoryLoadException e) {
			return null;
		}
	}

	private SaveResult conflict(DocumentId id, long expected) throws RepositoryException {
		StoredDocument current = read(connection -> DocumentTable.read(connection, id.uuid()));
		if (current == null) {
			return new SaveResult.VersionConflict(id, expected, 0, true, null, null);
		}
		return new SaveResult.VersionConflict(id, expected, current.version(), current.deleted(), current.changedBy(),
				current.changedAt());
	}

	/**
	 * After the connection broke during a write: reconnects and reads the document. Our version is stored when
	 * the version after the expected one is ours (same saver, same text); else nothing was written.
	 */
	private WriteOutcome outcomeAfter(SQLException failure, DocumentId id, long expected, String body) {
		if (!SqlStates.isConnectionLost(failure)) {
			return WriteOutcome.NOT_WRITTEN;
		}
		try {
			StoredDocument next = work.run(connection -> DocumentTable.readVersion(connection, id.uuid(), expected + 1));
			boolean ours = next != null && membership.login().equals(next.changedBy())
					&& Objects.equals(body, next.body());
			return ours ? WriteOutcome.WRITTEN : WriteOutcome.NOT_WRITTEN;
		} catch (SQLException stillUnreachable) {
			return WriteOutcome.UNKNOWN;
		}
	}

	private <T> T read(WorkConnection.Work<T> query) throws RepositoryException {
		try {
			return work.run(query);
		} catch (SQLException e) {
			throw SaveFailures.readFailure(location, "read the repository", e);
		}
	}

	private static String describe(DocumentId id, EObject root) {
		return Kinds.databaseName(id.kind()) + " " + (root == null ? id.uuid() : Names.of(root));
	}

	private static String nothing(String id) throws IOException {
		throw new IOException("not loaded on demand");
	}

	/** Carries a {@link RepositoryException} out of a transaction's work. */
	private static final class UncheckedRepositoryException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedRepositoryException(RepositoryException cause) {
			super(cause);
		}

		@Override
		public synchronized RepositoryException getCause() {
			return (RepositoryException) super.getCause();
		}
	}

}
