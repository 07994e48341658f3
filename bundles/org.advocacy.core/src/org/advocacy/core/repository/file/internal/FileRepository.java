// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.core.merge.DocumentPatch;
import org.advocacy.core.merge.DocumentState;
import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.core.repository.CaseNumbers;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.EngagementHeaders;
import org.advocacy.core.repository.FileLocation;
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
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.RepositoryUnavailableException.WriteOutcome;
import org.advocacy.core.repository.RepositoryUser;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.UnsupportedRepositoryOperationException;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.validation.Names;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * A repository kept in one {@code *.advocacy} file: the embedded default.
 * <p>
 * The store keeps the file as last read or written ({@link DiskImage}, private to the store) besides the working
 * models it hands out. A document's version is the hash of its content. Saving one document takes the file's write
 * lock, reads the file again if it changed underneath, and compares that document: if someone changed it, the result
 * is a version conflict (the caller merges); otherwise the file is rewritten — the file format — from its current
 * content with only this document replaced, atomically. Other documents of the caller's model, saved or not, are
 * never written by it, and nobody else's changes are ever overwritten.
 * <p>
 * Headers come from the header cache beside the file when it matches the file's stamp, else from the file (and the
 * cache is rebuilt). Case numbers are the highest in the file plus one, under the write lock. A file keeps no
 * history; the change feed notices that the file changed, not which documents.
 */
public final class FileRepository implements Repository {

	private static final RepositoryCapabilities CAPABILITIES = new RepositoryCapabilities(false, false, false);
	private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

	private final FileLocation location;
	private final Path file;
	private final Clock clock;
	private final RepositoryUser user = RepositoryUser.localOwner();
	private final List<FileWatcher> watchers = new CopyOnWriteArrayList<>();
	/** The file as last read or written; guarded by this. */
	private DiskImage image;
	/** The file content before the last time it changed underneath: the original of a merge. Guarded by this. */
	private DiskImage previous;
	/** The headers of {@link #image} or of the file as last listed; guarded by this. */
	private FileHeaders headers;
	private volatile boolean closed;

	/**
	 * @param location the file
	 * @param options  the clock of save times
	 * @throws RepositoryException when the file does not exist
	 */
	FileRepository(FileLocation location, OpenOptions options) throws RepositoryException {
		this.location = location;
		this.file = location.file();
		this.clock = options.clock();
		if (!Files.isRegularFile(file)) {
			throw new RepositoryException("Cannot open repository " + file
					+ ": the file does not exist or is not a regular file");
		}
	}

	@Override
	public RepositoryLocation location() {
		return location;
	}

	@Override
	public RepositoryUser user() {
		return user;
	}

	@Override
	public RepositoryCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public HeaderListing listHeaders(Watermark since) throws RepositoryException {
		FileStamp stamp = stamp();
		if (!since.isBeginning() && since.value() == stamp.hash()) {
			return new HeaderListing(since, false, List.of(), List.of(), Set.of(), Set.of());
		}
		FileHeaders listed = headers(stamp);
		return new HeaderListing(new Watermark(listed.stamp().hash()), true, listed.engagements(),
				listed.customers(), Set.of(), Set.of());
	}

	@Override
	public List<DocumentSummary> listDocuments(DocumentKind kind) throws RepositoryException {
		FileHeaders listed = headers(stamp());
		List<DocumentSummary> summaries = new ArrayList<>();
		switch (kind) {
		case ENGAGEMENT -> listed.engagements().forEach(header -> summaries.add(new DocumentSummary(
				header.documentId(), header.version(), header.key() + " " + header.title(), null, null)));
		case CUSTOMER -> listed.customers().forEach(customer -> summaries
				.add(new DocumentSummary(customer.documentId(), customer.version(), customer.name(), null, null)));
		default -> listed.documents().stream().filter(summary -> summary.id().kind() == kind)
				.forEach(summaries::add);
		}
		return summaries;
	}

	@Override
	public RepositoryModel openModel(ResourceSet resourceSet) throws RepositoryException {
		URI uri = URI.createFileURI(file.toString());
		if (resourceSet.getResource(uri, false) != null) {
			throw new IllegalArgumentException(file + " is already open in this resource set");
		}
		synchronized (this) {
			DiskImage current = currentImage();
			AdvocacyResource resource = new AdvocacyResource(uri);
			EObject copy = copyWithIds(current.root(), (XMLResource) current.resource(), resource);
			resource.getContents().add(copy);
			resourceSet.getResources().add(resource);
			RepositoryModel model = new RepositoryModel(location, resource);
			for (DocumentId id : current.documents()) {
				model.recordVersion(id, current.version(id));
			}
			return model;
		}
	}

	@Override
	public EObject load(RepositoryModel model, DocumentId id) throws RepositoryException {
		DocumentState stored;
		long version;
		int index;
		synchronized (this) {
			DiskImage current = currentImage();
			EObject root = current.find(id).orElseThrow(() -> notFound(id));
			stored = DocumentState.of(id.kind(), root);
			version = current.version(id);
			index = Documents.all(current.root(), id.kind()).indexOf(root);
		}
		Optional<EObject> copy = model.document(id);
		if (copy.isPresent()) {
			DocumentPatch.between(copy.get(), stored).apply();
		} else {
			DocumentPatch.insertInto(model.root(), stored, index);
		}
		model.recordVersion(id, version);
		return model.document(id).orElseThrow();
	}

	@Override
	public EObject loadVersion(DocumentId id, long version, ResourceSet target) throws RepositoryException {
		synchronized (this) {
			for (DiskImage candidate : new DiskImage[] { currentImage(), previous }) {
				Optional<EObject> root = candidate == null ? Optional.empty() : candidate.find(id);
				if (root.isPresent() && candidate.version(id) == version) {
					AdvocacyResource resource = new AdvocacyResource(
							URI.createURI("version:/" + id.kind().name().toLowerCase(Locale.ROOT) + "/" + id.uuid() + "/" + version));
					EObject copy = copyWithIds(root.get(), (XMLResource) candidate.resource(), resource);
					resource.getContents().add(copy);
					target.getResources().add(resource);
					return copy;
				}
			}
		}
		throw new DocumentNotFoundException("Version " + Long.toHexString(version) + " of " + id + " is not available in "
				+ file + ": a repository file keeps only its current content and the content this program last read",
				id);
	}

	@Override
	public SaveResult save(RepositoryModel model, DocumentId id) throws RepositoryException {
		long expected = model.version(id).orElseThrow(
				() -> new IllegalArgumentException(id + " has no loaded version in the model: create it instead"));
		EObject mine = model.document(id).orElseThrow(() -> new IllegalArgumentException(id + " is not in the model"));
		DocumentState desired = DocumentState.of(id.kind(), mine);
		return underWriteLock(() -> {
			DiskImage current = currentImage();
			Optional<SaveResult> conflict = conflict(current, id, expected);
			if (conflict.isPresent()) {
				return conflict.get();
			}
			EObject stored = current.find(id).orElseThrow();
			requireStored(desired, current, id);
			DocumentPatch.between(stored, desired).apply();
			return written(model, current, id, stored);
		});
	}

	@Override
	public SaveResult create(RepositoryModel model, EObject document) throws RepositoryException {
		DocumentId id = Documents.idOf(document);
		if (id.kind().isSingleton()) {
			throw new IllegalArgumentException("A repository has exactly one " + id.kind() + "; save it instead");
		}
		return underWriteLock(() -> {
			DiskImage current = currentImage();
			if (current.find(id).isPresent()) {
				return new SaveResult.VersionConflict(id, 0, current.version(id), false, null, modified(current));
			}
			if (document instanceof Engagement engagement) {
				engagement.setKey(CaseNumbers.afterHighest(current.root()));
			}
			DocumentState state = DocumentState.of(id.kind(), document);
			requireStored(state, current, id);
			EObject inserted = DocumentPatch.insertInto(current.root(), state, Integer.MAX_VALUE);
			return written(model, current, id, inserted);
		});
	}

	@Override
	public SaveResult delete(RepositoryModel model, DocumentId id) throws RepositoryException {
		if (id.kind().isSingleton()) {
			throw new IllegalArgumentException("The " + id.kind() + " of a repository cannot be deleted");
		}
		long expected = model.version(id).orElseThrow(
				() -> new IllegalArgumentException(id + " has no loaded version in the model"));
		return underWriteLock(() -> {
			DiskImage current = currentImage();
			Optional<SaveResult> conflict = conflict(current, id, expected);
			if (conflict.isPresent()) {
				return conflict.get();
			}
			boolean headersCurrent = headersMatch(current);
			EcoreUtil.remove(current.find(id).orElseThrow());
			write(current, id);
			model.forget(id);
			refreshHeaders(current, id, null, headersCurrent);
			return new SaveResult.Saved(id, 0);
		});
	}

	@Override
	public Subscription subscribe(Watermark since, ChangeListener listener) throws RepositoryException {
		requireOpen();
		FileWatcher watcher = new FileWatcher(file, since, listener, WATCH_INTERVAL);
		watchers.add(watcher);
		watcher.start();
		return () -> {
			watchers.remove(watcher);
			watcher.close();
		};
	}

	@Override
	public List<HistoryEntry> history(DocumentId id) throws RepositoryException {
		throw new UnsupportedRepositoryOperationException("A repository file keeps only its current content, so "
				+ file + " has no history of " + id + ". A team repository keeps every version with who changed what.");
	}

	@Override
	public void close() {
		closed = true;
		watchers.forEach(FileWatcher::close);
		watchers.clear();
		synchronized (this) {
			image = null;
			previous = null;
			headers = null;
		}
	}

	/** @return a version conflict when the file no longer has the document at the expected version */
	private static Optional<SaveResult> conflict(DiskImage current, DocumentId id, long expected) {
		if (current.find(id).isEmpty()) {
			return Optional.of(new SaveResult.VersionConflict(id, expected, 0, true, null, modified(current)));
		}
		long version = current.version(id);
		return version == expected ? Optional.empty()
				: Optional.of(new SaveResult.VersionConflict(id, expected, version, false, null, modified(current)));
	}

	/** A step done under the file's write lock. */
	@FunctionalInterface
	private interface Locked<T> {
		T run() throws RepositoryException;
	}

	private <T> T underWriteLock(Locked<T> step) throws RepositoryException {
		requireOpen();
		try (FileLocks.Held held = FileLocks.acquire(file)) {
			synchronized (this) {
				return step.run();
			}
		} catch (IOException e) {
			throw new RepositoryUnavailableException("Cannot lock " + file + " for writing ("
					+ FileLocks.lockFile(file).getFileName() + " beside it): " + e.getMessage()
					+ ". Nothing was written.", WriteOutcome.NOT_WRITTEN, e);
		}
	}

	/** After the image was changed: writes it, records the new version in the model and refreshes the headers. */
	private SaveResult written(RepositoryModel model, DiskImage current, DocumentId id, EObject stored)
			throws RepositoryException {
		boolean headersCurrent = headersMatch(current);
		write(current, id);
		long version = current.version(id);
		model.recordVersion(id, version);
		refreshHeaders(current, id, stored, headersCurrent);
		return new SaveResult.Saved(id, version);
	}

	private boolean headersMatch(DiskImage current) {
		return headers != null && headers.stamp().equals(current.stamp());
	}

	/** Writes the image to the file atomically; on failure the file is untouched and the image dropped. */
	private void write(DiskImage current, DocumentId changed) throws RepositoryException {
		try {
			current.resource().save(Map.of());
			current.written(FileStamp.of(file), changed);
		} catch (IOException e) {
			image = null;
			headers = null;
			if (findCause(e, DanglingHREFException.class) != null) {
				throw new InvalidContentException("Cannot save " + changed + " in " + file + ": other documents "
						+ "still refer to objects it no longer has (" + findCause(e, DanglingHREFException.class)
								.getMessage()
						+ "). Save those documents first. The file was not changed.", e);
			}
			throw new RepositoryUnavailableException("Cannot write " + file + ": " + e.getMessage()
					+ ". The file was not changed.", WriteOutcome.NOT_WRITTEN, e);
		}
	}

	/**
	 * Brings the headers up to the file just written: an engagement's save or deletion changes its own header only;
	 * any other document can change the names and due times in all of them, so they are derived again.
	 *
	 * @param wereCurrent whether the headers matched the file before the write
	 * @param stored      the engagement as written, or {@code null} when it was deleted
	 */
	private void refreshHeaders(DiskImage current, DocumentId changed, EObject stored, boolean wereCurrent) {
		Instant now = clock.instant();
		if (changed.kind() != DocumentKind.ENGAGEMENT || !wereCurrent) {
			headers = FileHeaders.of(current, now);
		} else if (stored == null) {
			headers = headers.without(current.stamp(), changed.uuid());
		} else {
			headers = headers.with(current.stamp(),
					EngagementHeaders.of((Engagement) stored, now).stored(current.version(changed), null, null));
		}
		HeaderCache.write(file, headers);
	}

	/** @return the file as it is now, read again when it changed; guarded by this */
	private DiskImage currentImage() throws RepositoryException {
		requireOpen();
		FileStamp stamp = stamp();
		if (image != null && image.stamp().equals(stamp)) {
			return image;
		}
		try {
			DiskImage fresh = DiskImage.read(file);
			if (headers != null && headers.stamp().equals(fresh.stamp())) {
				fresh.knowVersions(versionsOf(headers));
			}
			if (image != null) {
				previous = image;
			}
			image = fresh;
			return fresh;
		} catch (RepositoryLoadException e) {
			throw new InvalidContentException(e.getMessage(), e);
		} catch (IOException e) {
			throw new RepositoryUnavailableException("Cannot read " + file + ": " + e.getMessage(),
					WriteOutcome.NO_WRITE, e);
		}
	}

	/** @return the headers of the file with this stamp: remembered, cached beside the file, or derived from it */
	private synchronized FileHeaders headers(FileStamp stamp) throws RepositoryException {
		if (headers != null && headers.stamp().equals(stamp)) {
			return headers;
		}
		Optional<FileHeaders> cached = HeaderCache.read(file, stamp);
		if (cached.isPresent()) {
			headers = cached.get();
			return headers;
		}
		DiskImage current = currentImage();
		headers = FileHeaders.of(current, Instant.ofEpochSecond(0, current.stamp().modified()));
		HeaderCache.write(file, headers);
		return headers;
	}

	private static Map<DocumentId, Long> versionsOf(FileHeaders headers) {
		Map<DocumentId, Long> versions = new HashMap<>();
		headers.engagements().forEach(header -> versions.put(header.documentId(), header.version()));
		for (CustomerHeader customer : headers.customers()) {
			versions.put(customer.documentId(), customer.version());
		}
		headers.documents().forEach(summary -> versions.put(summary.id(), summary.version()));
		return versions;
	}

	private FileStamp stamp() throws RepositoryException {
		requireOpen();
		try {
			return FileStamp.of(file);
		} catch (IOException e) {
			throw new RepositoryUnavailableException("Cannot read " + file + ": " + e.getMessage(),
					WriteOutcome.NO_WRITE, e);
		}
	}

	/** Refuses a document that refers to objects the file does not have (not saved yet, or deleted meanwhile). */
	private void requireStored(DocumentState document, DiskImage current, DocumentId id) throws RepositoryException {
		for (Map.Entry<String, EObject> target : document.externalTargets().entrySet()) {
			if (ObjectIds.find(current.resource(), target.getKey()) == null) {
				EObject object = target.getValue();
				String what = object == null || object.eIsProxy() ? "object " + target.getKey() : Names.of(object);
				throw new InvalidContentException("Cannot save " + id + " in " + file + ": it refers to " + what
						+ ", which is not in the file (not saved yet, or deleted by someone else). Save or restore it "
						+ "first. The file was not changed.", null);
			}
		}
	}

	private static Instant modified(DiskImage current) {
		return Instant.ofEpochSecond(0, current.stamp().modified());
	}

	private DocumentNotFoundException notFound(DocumentId id) {
		return new DocumentNotFoundException(id + " is not in " + file, id);
	}

	private void requireOpen() {
		if (closed) {
			throw new IllegalStateException("The repository " + file + " was closed");
		}
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** @return a copy of a subtree whose objects keep their UUIDs in the target resource (not attached yet) */
	private static EObject copyWithIds(EObject root, XMLResource from, XMLResource to) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(root);
		copier.copyReferences();
		copier.forEach((original, copied) -> to.setID(copied, from.getID(original)));
		return copy;
	}
}
