// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.advocacy.core.merge.DocumentPatch;
import org.advocacy.core.merge.DocumentState;
import org.advocacy.core.merge.Merge;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.merge.MergingSaver.Outcome;
import org.advocacy.core.merge.ThreeWayMerge;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryLocation;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryUnavailableException;
import org.advocacy.core.repository.SaveResult;
import org.eclipse.emf.ecore.EObject;

/**
 * The changes to one repository that could not be saved because it could not be reached: a folder per repository
 * location with one file per document (the user's content and the version it was based on), written atomically so
 * that a crash leaves the previous file or the new one, never half of either.
 * <p>
 * A caller whose save fails with a {@link RepositoryUnavailableException} {@link #put}s the document; the user's
 * work is then on disk and survives a restart. Once the repository is back, {@link #replay} pushes each change
 * through the same {@link MergingSaver} as any save: saved (merged with what others saved meanwhile, where it can
 * be) and removed from the outbox, or a conflict left for the user ({@link Replay.Unresolved}, finished with
 * {@link #complete}). Nothing is ever dropped: a change leaves the outbox only once saved, and a file that cannot
 * be read is reported by name and left in place.
 * <p>
 * Files are read and written on the caller's thread: call it from a background job. Thread-safe.
 */
public final class Outbox {

	private final Path directory;
	private final RepositoryLocation location;
	private final Clock clock;

	private Outbox(Path directory, RepositoryLocation location, Clock clock) {
		this.directory = directory;
		this.location = location;
		this.clock = clock;
	}

	/**
	 * @param root     the folder holding the outboxes of every repository (e.g. the workbench's state location)
	 * @param location the repository
	 * @param clock    the clock that dates the changes put into the outbox
	 * @return the repository's outbox, in a folder of the root named after the location (read when it exists)
	 */
	public static Outbox of(Path root, RepositoryLocation location, Clock clock) {
		Objects.requireNonNull(location, "location");
		return new Outbox(root.resolve(folderName(location)), location, Objects.requireNonNull(clock, "clock"));
	}

	/** @return a folder name that is the same for the same location and safe on every file system */
	private static String folderName(RepositoryLocation location) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(location.text().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** @return the folder holding this repository's pending changes */
	public Path directory() {
		return directory;
	}

	/** @return the repository whose changes wait here */
	public RepositoryLocation location() {
		return location;
	}

	/**
	 * Puts a document of a working model into the outbox as it is now, with the version its edits started from,
	 * replacing what the outbox held for it (the model's copy includes those edits).
	 *
	 * @param model  the working model
	 * @param id     a document of the model
	 * @param reason why it could not be saved, e.g. the message of the {@link RepositoryUnavailableException}
	 * @return the pending change
	 * @throws IOException when it cannot be written; the previous file of the document, if any, is then unchanged
	 */
	public synchronized PendingChange put(RepositoryModel model, DocumentId id, String reason) throws IOException {
		EObject document = model.document(id)
				.orElseThrow(() -> new IllegalArgumentException(id + " is not in the model"));
		PendingChange change = new PendingChange(id, Documents.label(document), model.version(id), clock.instant(),
				reason == null ? "" : reason, OutboxFile.of(directory, id));
		OutboxFile.write(change, location.text(), document);
		return change;
	}

	/**
	 * Reads the outbox from disk.
	 *
	 * @return the pending changes, oldest first, and the files that could not be read
	 * @throws IOException when the folder cannot be listed
	 */
	public synchronized OutboxContents pending() throws IOException {
		List<PendingChange> changes = new ArrayList<>();
		List<OutboxContents.UnreadableFile> unreadable = new ArrayList<>();
		for (Path file : files()) {
			try {
				changes.add(OutboxFile.read(file, location.text()).change());
			} catch (OutboxFile.UnreadableException e) {
				unreadable.add(new OutboxContents.UnreadableFile(file, e.getMessage()));
			} catch (NoSuchFileException removedMeanwhile) {
				// saved by another job between listing and reading
			}
		}
		changes.sort(Comparator.comparing(PendingChange::queuedAt));
		return new OutboxContents(changes, unreadable);
	}

	private List<Path> files() throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(directory)) {
			return listing.filter(file -> file.getFileName().toString().endsWith(OutboxFile.SUFFIX)).sorted().toList();
		}
	}

	/**
	 * Pushes every pending change to the repository, oldest first, through the merging saver: each is put into the
	 * working model as the user left it (replacing the model's copy of that document, which should have no unsaved
	 * edits of its own) and saved; what was saved leaves the outbox. Stops at the first change the repository
	 * cannot be reached for; the rest waits.
	 *
	 * @param repository the repository, open again
	 * @param model      a working model of it (the saver's)
	 * @param saver      the merging saver of the model's editing domain
	 * @return what was saved, what needs the user's decision and what was refused
	 * @throws IOException when the outbox folder cannot be read or a saved change's file cannot be removed
	 */
	public synchronized Replay replay(Repository repository, RepositoryModel model, MergingSaver saver)
			throws IOException {
		List<PendingChange> saved = new ArrayList<>();
		List<Replay.Unresolved> unresolved = new ArrayList<>();
		List<Replay.Refused> refused = new ArrayList<>();
		OutboxContents contents = pending();
		for (PendingChange listed : contents.changes()) {
			OutboxFile.Read read;
			try {
				read = OutboxFile.read(listed.file(), location.text());
			} catch (OutboxFile.UnreadableException | NoSuchFileException e) {
				refused.add(new Replay.Refused(listed, "The outbox file " + listed.file() + " cannot be read: "
						+ e.getMessage()));
				continue;
			}
			PendingChange change = read.change();
			try {
				Outcome outcome = push(repository, model, saver, change, read.content());
				if (outcome instanceof Outcome.NeedsDecision decision) {
					unresolved.add(new Replay.Unresolved(change, decision));
				} else {
					Files.deleteIfExists(change.file());
					saved.add(change);
				}
			} catch (RepositoryUnavailableException e) {
				return new Replay(saved, unresolved, refused, true);
			} catch (RepositoryException e) {
				refused.add(new Replay.Refused(change, e.getMessage()));
			}
		}
		return new Replay(saved, unresolved, refused, false);
	}

	private static Outcome push(Repository repository, RepositoryModel model, MergingSaver saver,
			PendingChange change, DocumentState content) throws RepositoryException {
		DocumentId id = change.id();
		OptionalLong base = change.baseVersion();
		if (model.document(id).isEmpty() && base.isPresent()) {
			try {
				repository.load(model, id); // with the documents it refers to
			} catch (DocumentNotFoundException deletedMeanwhile) {
				// the save below reports the deletion as a conflict
			}
		}
		Optional<EObject> copy = model.document(id);
		if (copy.isPresent()) {
			DocumentPatch.between(copy.get(), content).apply();
		} else {
			DocumentPatch.insertInto(model.root(), content, Integer.MAX_VALUE);
		}
		if (base.isPresent()) {
			model.recordVersion(id, base.getAsLong());
			return saver.save(model, id);
		}
		model.forget(id);
		return create(repository, model, saver, id);
	}

	/**
	 * Stores a document created while the repository was out of reach. When a document with its UUID is stored
	 * already (the create went through but the answer was lost), the two are merged without an original: equal
	 * content is saved, any difference is for the user to decide.
	 */
	private static Outcome create(Repository repository, RepositoryModel model, MergingSaver saver, DocumentId id)
			throws RepositoryException {
		EObject mine = model.document(id).orElseThrow();
		SaveResult result = repository.create(model, mine);
		if (result instanceof SaveResult.Saved saved) {
			return new Outcome.Saved(id, saved.version(), false);
		}
		SaveResult.VersionConflict conflict = (SaveResult.VersionConflict) result;
		EObject theirs = repository.loadVersion(id, conflict.currentVersion(), RepositoryStore.newResourceSet());
		Merge merge = ThreeWayMerge.merge(id.kind(), null, theirs, mine);
		Outcome.NeedsDecision decision = new Outcome.NeedsDecision(id, merge, conflict);
		return merge.hasConflicts() ? decision : saver.complete(model, decision);
	}

	/**
	 * Finishes a change whose conflicts the user decided: takes the merged document into the model (one undoable
	 * step) and saves it; once saved it leaves the outbox.
	 *
	 * @param unresolved a change {@link #replay} left for the user, its merge resolved
	 * @param model      the model it was replayed into
	 * @param saver      the merging saver of that model
	 * @return empty when saved, or the change again when it changed once more meanwhile and needs another decision
	 * @throws IllegalStateException when a conflict is not resolved
	 * @throws RepositoryException   when the repository refuses or cannot be reached (the change stays)
	 * @throws IOException           when the saved change's file cannot be removed
	 */
	public synchronized Optional<Replay.Unresolved> complete(Replay.Unresolved unresolved, RepositoryModel model,
			MergingSaver saver) throws RepositoryException, IOException {
		Outcome outcome = saver.complete(model, unresolved.decision());
		if (outcome instanceof Outcome.NeedsDecision again) {
			return Optional.of(new Replay.Unresolved(unresolved.change(), again));
		}
		Files.deleteIfExists(unresolved.change().file());
		return Optional.empty();
	}

	/**
	 * Takes a change out of the outbox once its document was saved some other way (e.g. the user saved the open
	 * editor after reconnecting).
	 *
	 * @param id the document
	 * @throws IOException when its file cannot be removed
	 */
	public synchronized void saved(DocumentId id) throws IOException {
		Files.deleteIfExists(OutboxFile.of(directory, id));
	}
}
