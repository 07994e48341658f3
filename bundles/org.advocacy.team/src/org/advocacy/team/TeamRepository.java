// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.DocumentChange;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.ForbiddenException;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.InvalidContentException;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.repository.OpenOptions;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryCapabilities;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryUser;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.team.internal.ChangeFeed;
import org.advocacy.team.internal.ChangeLog;
import org.advocacy.team.internal.DocumentTable;
import org.advocacy.team.internal.DocumentTable.StoredDocument;
import org.advocacy.team.internal.HeaderRows;
import org.advocacy.team.internal.HistoryRows;
import org.advocacy.team.internal.Kinds;
import org.advocacy.team.internal.ModelDocuments;
import org.advocacy.team.internal.SaveFailures;
import org.advocacy.team.internal.SqlStates;
import org.advocacy.team.internal.TeamDocuments;
import org.advocacy.team.internal.TeamMembership;
import org.advocacy.team.internal.WorkConnection;
import org.advocacy.team.schema.SchemaMigrator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A team repository on PostgreSQL behind the repository API. Reads see what the user's row-level security lets
 * them see; every write is one call of the server's save path, which checks the user's role and the expected
 * version and keeps the history. Saving one document writes that document only.
 * <p>
 * Open one with {@link TeamRepositoryProvider} (through {@code RepositoryProviders}) for a
 * {@code postgresql://host[:port]/database} location; see {@link TeamConnector} for TLS and credentials.
 */
public final class TeamRepository implements Repository {

	private static final Duration POLL_INTERVAL = Duration.ofSeconds(30);

	private final ServerLocation location;
	private final OpenOptions options;
	private final TeamConnector connector;
	private final WorkConnection work;
	private final TeamMembership membership;
	private final DocumentSaver saver;
	private final Map<DocumentId, String> teams = new ConcurrentHashMap<>();
	private final List<ChangeFeed> feeds = new CopyOnWriteArrayList<>();

	/**
	 * Connects to a team repository and checks its schema.
	 *
	 * @param location the repository's location
	 * @param options  the client's name, clock and credentials
	 * @throws RepositoryException when it cannot be reached, the credentials are refused, or the database holds no
	 *                             team repository
	 */
	public TeamRepository(ServerLocation location, OpenOptions options) throws RepositoryException {
		this.location = location;
		this.options = options;
		this.connector = new TeamConnector(location, options);
		Connection first = connector.connect();
		this.work = new WorkConnection(connector.dataSource(), first);
		try {
			if (work.run(SchemaMigrator::appliedVersion) == 0) {
				throw new RepositoryException("The database " + location.display() + " holds no team repository: "
						+ "its administrator creates one with 'advocacy team init'");
			}
			this.membership = work.run(connection -> TeamMembership.read(connection, location));
		} catch (SQLException e) {
			work.close();
			if (SqlStates.INSUFFICIENT_PRIVILEGE.equals(SqlStates.of(e))) {
				throw new ForbiddenException("You may not open the team repository " + location.display()
						+ ": your login belongs to no team there. Its administrator grants a role in a team.", null, e);
			}
			throw new RepositoryException("Cannot open the team repository " + location.display() + ": "
					+ e.getMessage(), e);
		} catch (RepositoryException e) {
			work.close();
			throw e;
		}
		this.saver = new DocumentSaver(location, options, work, membership);
	}

	@Override
	public RepositoryLocation location() {
		return location;
	}

	@Override
	public RepositoryUser user() {
		return membership.user();
	}

	@Override
	public RepositoryCapabilities capabilities() {
		return new RepositoryCapabilities(true, true, true);
	}

	@Override
	public HeaderListing listHeaders(Watermark since) throws RepositoryException {
		return read("list the engagements", connection -> {
			long watermark = ChangeLog.currentWatermark(connection);
			long from = since.value();
			return new HeaderListing(new Watermark(watermark), from == 0, HeaderRows.engagements(connection, from),
					HeaderRows.customers(connection, from),
					from == 0 ? Set.of() : HeaderRows.deletedSince(connection, "engagement", from),
					from == 0 ? Set.of() : HeaderRows.deletedSince(connection, "customer", from));
		});
	}

	@Override
	public List<DocumentSummary> listDocuments(DocumentKind kind) throws RepositoryException {
		return read("list the " + Kinds.databaseName(kind) + " documents", connection -> {
			List<DocumentSummary> summaries = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT id, version, label, changed_by, "
					+ "changed_at FROM advocacy.document WHERE kind = ? AND NOT deleted ORDER BY position")) {
				query.setString(1, Kinds.databaseName(kind));
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						summaries.add(new DocumentSummary(new DocumentId(kind, rows.getString(1)), rows.getLong(2),
								rows.getString(3), rows.getString(4), rows.getTimestamp(5).toInstant()));
					}
				}
			}
			return summaries;
		});
	}

	@Override
	public RepositoryModel openModel(ResourceSet resourceSet) throws RepositoryException {
		List<DocumentSummary> catalogs = listDocuments(DocumentKind.CATALOG);
		String rootId = catalogs.isEmpty() ? EcoreUtil.generateUUID() : catalogs.get(0).id().uuid();
		RepositoryModel model = RepositoryModel.create(resourceSet, location, rootId);
		if (!catalogs.isEmpty()) {
			load(model, catalogs.get(0).id());
		}
		for (DocumentSummary organization : listDocuments(DocumentKind.ORGANIZATION)) {
			load(model, organization.id());
		}
		return model;
	}

	@Override
	public EObject load(RepositoryModel model, DocumentId id) throws RepositoryException {
		StoredDocument stored = current(id);
		Resource decoded = decode(TeamDocuments.newResourceSet(TeamRepository::refuseDemandLoad), stored);
		EObject root = ModelDocuments.install(model.root(), id.kind(), decoded);
		model.recordVersion(id, stored.version());
		remember(id, stored);
		if (root instanceof Engagement engagement) {
			loadCustomerOf(model, engagement);
		}
		return root;
	}

	@Override
	public EObject loadVersion(DocumentId id, long version, ResourceSet target) throws RepositoryException {
		StoredDocument stored = read("read " + id + " version " + version,
				connection -> DocumentTable.readVersion(connection, id.uuid(), version));
		if (stored == null || stored.deleted()) {
			throw new DocumentNotFoundException("Version " + version + " of the " + id + " is not in "
					+ location.display(), id);
		}
		Resource resource = decode(target, stored);
		resource.setURI(TeamDocuments.uriOf(id.uuid()).appendQuery("version=" + version));
		return resource.getContents().get(0);
	}

	@Override
	public SaveResult save(RepositoryModel model, DocumentId id) throws RepositoryException {
		long expected = model.version(id).orElseThrow(() -> new IllegalArgumentException(
				"The " + id + " has no recorded version in this model: load it first, or create it"));
		EObject root = model.document(id).orElseThrow(
				() -> new IllegalArgumentException("The " + id + " is not in this model"));
		SaveResult result = saver.save(model, root, id, expected, teamOf(id));
		if (result instanceof SaveResult.Saved saved) {
			model.recordVersion(id, saved.version());
		}
		return result;
	}

	@Override
	public SaveResult create(RepositoryModel model, EObject document) throws RepositoryException {
		DocumentId id = Documents.idOf(document);
		if (document instanceof Engagement engagement) {
			engagement.setKey(read("allocate a case number", DocumentTable::nextCaseKey));
		}
		SaveResult result = saver.save(model, document, id, 0, teamOf(id));
		if (result instanceof SaveResult.Saved saved) {
			model.recordVersion(id, saved.version());
		}
		return result;
	}

	@Override
	public SaveResult delete(RepositoryModel model, DocumentId id) throws RepositoryException {
		long expected = model.version(id).orElseThrow(() -> new IllegalArgumentException(
				"The " + id + " has no recorded version in this model"));
		SaveResult result = saver.delete(model, id, expected);
		if (result instanceof SaveResult.Saved) {
			model.forget(id);
		}
		return result;
	}

	@Override
	public Subscription subscribe(Watermark since, ChangeListener listener) throws RepositoryException {
		ChangeFeed feed = new ChangeFeed(connector.dataSource(), since.value(), POLL_INTERVAL,
				new ChangeFeed.Receiver() {
					@Override
					public void changed(ChangeLog.Delta delta) {
						listener.changed(new ChangeBatch(new Watermark(delta.watermark()), false,
								delta.changes().stream().map(change -> new DocumentChange(
										new DocumentId(change.kind(), change.id()), change.version(), change.deleted()))
										.toList()));
					}

					@Override
					public void connectionChanged(boolean connected, String detail) {
						listener.connectionChanged(connected, detail);
					}
				});
		feeds.add(feed);
		return () -> {
			feeds.remove(feed);
			feed.close();
		};
	}

	@Override
	public List<HistoryEntry> history(DocumentId id) throws RepositoryException {
		List<HistoryEntry> history = read("read the history of " + id,
				connection -> HistoryRows.read(connection, id));
		if (history.isEmpty()) {
			throw new DocumentNotFoundException("The " + id + " has no history in " + location.display()
					+ " (it was never saved, or you may not read it)", id);
		}
		return history;
	}

	/**
	 * Loads every current document of a kind the user may read into a working model with one query (a cursor),
	 * in the order they were stored: what an export or a whole-repository evaluation needs, without a round trip
	 * per document. Documents already in the model stay as they are.
	 */
	@Override
	public List<EObject> loadAll(RepositoryModel model, DocumentKind kind) throws RepositoryException {
		List<StoredDocument> documents = new ArrayList<>();
		read("read every " + Kinds.databaseName(kind), connection -> {
			DocumentTable.readAll(connection, kind, documents::add);
			return documents.size();
		});
		ResourceSet decoding = TeamDocuments.newResourceSet(TeamRepository::refuseDemandLoad);
		List<EObject> loaded = new ArrayList<>(documents.size());
		for (StoredDocument stored : documents) {
			DocumentId id = new DocumentId(kind, stored.id());
			Optional<EObject> present = model.document(id);
			if (present.isPresent()) {
				loaded.add(present.get());
				continue;
			}
			loaded.add(ModelDocuments.install(model.root(), kind, decode(decoding, stored)));
			model.recordVersion(id, stored.version());
			remember(id, stored);
		}
		return loaded;
	}

	/**
	 * Imports a whole repository (a file's working model) as new documents, in one transaction: all of it or
	 * nothing. Case numbers are kept as they are, and the server's sequence continues after the highest.
	 *
	 * @param source a working model holding every document, e.g. a repository file's
	 * @param team   the team its engagements and reviews go to
	 * @return how many documents were stored
	 * @throws RepositoryException when a document is refused (e.g. it is already stored), or the user may not
	 */
	public int importAll(RepositoryModel source, String team) throws RepositoryException {
		return saver.importAll(source, team);
	}

	@Override
	public void close() {
		feeds.forEach(ChangeFeed::close);
		feeds.clear();
		work.close();
	}

	private String teamOf(DocumentId id) {
		return Kinds.belongsToTeam(id.kind()) ? teams.getOrDefault(id, membership.defaultTeam()) : null;
	}

	private void remember(DocumentId id, StoredDocument stored) {
		if (stored.team() != null) {
			teams.put(id, stored.team());
		}
		saver.rememberBase(id, stored.version(), stored.body());
	}

	/** Loading an engagement also loads its customer, if that is not loaded yet. */
	private void loadCustomerOf(RepositoryModel model, Engagement engagement) throws RepositoryException {
		Object customer = engagement.eGet(AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER, false);
		if (customer instanceof InternalEObject proxy && proxy.eIsProxy()) {
			String customerId = ObjectIds.of(proxy);
			DocumentId customerDocument = DocumentId.customer(customerId);
			if (model.document(customerDocument).isEmpty()) {
				try {
					load(model, customerDocument);
				} catch (DocumentNotFoundException unreadable) {
					// the engagement keeps a proxy; lists still show the customer's name from the header
				}
			}
		}
	}

	private StoredDocument current(DocumentId id) throws RepositoryException {
		StoredDocument stored = read("read the " + id, connection -> DocumentTable.read(connection, id.uuid()));
		if (stored == null || stored.deleted() || stored.kind() != id.kind()) {
			throw new DocumentNotFoundException("The " + id + " is not in " + location.display()
					+ (stored != null && stored.deleted() ? " any more: it was deleted by " + stored.changedBy()
							+ " at " + stored.changedAt() : " (or you may not read it)"), id);
		}
		return stored;
	}

	private Resource decode(ResourceSet target, StoredDocument stored) throws InvalidContentException {
		try {
			return TeamDocuments.decode(target, stored.id(), stored.kind(), stored.body());
		} catch (RepositoryLoadException e) {
			throw new InvalidContentException(
					e.getMessage().replace("Cannot open repository ", "Refused to read from " + location.display() + " the "),
					e);
		}
	}

	/**
	 * Runs a read. A connection the server dropped since its last use (a restart within the idle check's two
	 * seconds) fails the first statement; a read changes nothing, so it is repeated once on a new connection.
	 */
	private <T> T read(String what, WorkConnection.Work<T> query) throws RepositoryException {
		try {
			try {
				return work.run(query);
			} catch (SQLException lost) {
				if (!SqlStates.isConnectionLost(lost)) {
					throw lost;
				}
				return work.run(query);
			}
		} catch (SQLException e) {
			throw SaveFailures.readFailure(location, what, e);
		}
	}

	private static String refuseDemandLoad(String id) throws IOException {
		throw new IOException("documents are loaded one at a time by the team repository, not on demand");
	}
}
