// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.Objects;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Saves one document of a working model so that nothing is lost: when someone else saved it meanwhile, it reads
 * the version the model loaded and the current one, merges three ways with the model's copy, takes their changes
 * into the model's copy as one undoable command ("Merge Changes") and saves again. Disjoint edits never bother the
 * user; a real conflict comes back as {@link Outcome.NeedsDecision} with the {@link Merge} to resolve, and
 * {@link #complete} finishes the save once it is. The same for every store, the workbench and the command line.
 */
public final class MergingSaver {

	/** How often a save is retried when the document keeps changing between merge and save. */
	private static final int ATTEMPTS = 5;

	private final Repository repository;
	private final EditingDomain domain;

	/**
	 * @param repository the repository
	 * @param domain     the editing domain of the working model (its command stack gets the merge commands)
	 */
	public MergingSaver(Repository repository, EditingDomain domain) {
		this.repository = Objects.requireNonNull(repository, "repository");
		this.domain = Objects.requireNonNull(domain, "domain");
	}

	/** What became of a save. */
	public sealed interface Outcome {

		/** @return the document */
		DocumentId id();

		/**
		 * Saved.
		 *
		 * @param id      the document
		 * @param version its new version
		 * @param merged  whether changes saved by someone else were merged into the model's copy first
		 */
		record Saved(DocumentId id, long version, boolean merged) implements Outcome {
		}

		/**
		 * Someone else deleted the document and the model's copy had no changes of its own: it was removed from
		 * the model.
		 *
		 * @param id the document
		 */
		record Removed(DocumentId id) implements Outcome {
		}

		/**
		 * Not saved yet: the merge has conflicts the user decides; then call {@link MergingSaver#complete}.
		 *
		 * @param id       the document
		 * @param merge    the merge to resolve
		 * @param conflict the version conflict that started it (who saved what, when)
		 */
		record NeedsDecision(DocumentId id, Merge merge, SaveResult.VersionConflict conflict) implements Outcome {
		}
	}

	/**
	 * @param model the working model
	 * @param id    a loaded document of it
	 * @return saved (possibly after merging), removed, or a merge to decide
	 * @throws RepositoryException when the repository refuses or cannot be reached (nothing is lost from the model)
	 */
	public Outcome save(RepositoryModel model, DocumentId id) throws RepositoryException {
		boolean merged = false;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			SaveResult result = repository.save(model, id);
			if (result instanceof SaveResult.Saved saved) {
				return new Outcome.Saved(id, saved.version(), merged);
			}
			SaveResult.VersionConflict conflict = (SaveResult.VersionConflict) result;
			Merge merge = merge(model, id, conflict);
			if (merge.hasConflicts()) {
				return new Outcome.NeedsDecision(id, merge, conflict);
			}
			Outcome integrated = integrate(model, id, merge, conflict);
			if (integrated != null) {
				return integrated;
			}
			merged = true;
		}
		throw new RepositoryException("Could not save " + id + " in " + repository.location().display() + ": it was "
				+ "changed again by someone else each of " + ATTEMPTS + " times it was merged. Try again.");
	}

	/**
	 * Finishes a save once the user resolved every conflict: takes the merged document into the model's copy (one
	 * undoable command) and saves it, merging again if it changed once more meanwhile.
	 *
	 * @param model    the working model
	 * @param decision the outcome that asked for the decision, its merge resolved
	 * @return as {@link #save}
	 * @throws IllegalStateException when a conflict is not resolved
	 * @throws RepositoryException   when the repository refuses or cannot be reached
	 */
	public Outcome complete(RepositoryModel model, Outcome.NeedsDecision decision) throws RepositoryException {
		Outcome integrated = integrate(model, decision.id(), decision.merge(), decision.conflict());
		if (integrated != null) {
			return integrated;
		}
		Outcome saved = save(model, decision.id());
		return saved instanceof Outcome.Saved done ? new Outcome.Saved(done.id(), done.version(), true) : saved;
	}

	private Merge merge(RepositoryModel model, DocumentId id, SaveResult.VersionConflict conflict)
			throws RepositoryException {
		ResourceSet versions = RepositoryStore.newResourceSet();
		EObject original;
		try {
			original = repository.loadVersion(id, conflict.expectedVersion(), versions);
		} catch (DocumentNotFoundException unavailable) {
			original = null; // then every difference is a conflict: nothing is decided without the original
		}
		EObject theirs = conflict.deleted() ? null : repository.loadVersion(id, conflict.currentVersion(), versions);
		EObject mine = model.document(id).orElseThrow(() -> new IllegalArgumentException(id + " is not in the model"));
		return ThreeWayMerge.merge(id.kind(), original, theirs, mine);
	}

	/**
	 * Takes a merged document into the model: removes the copy when the merge deletes it, else changes it by
	 * command; records the version the copy now stands for, or stores it again when their deletion was overruled.
	 *
	 * @return the outcome when the save is over, or {@code null} to save the merged copy
	 */
	private Outcome integrate(RepositoryModel model, DocumentId id, Merge merge, SaveResult.VersionConflict conflict)
			throws RepositoryException {
		EObject mine = model.document(id).orElseThrow(() -> new IllegalArgumentException(id + " is not in the model"));
		if (merge.deletesDocument()) {
			execute(RemoveCommand.create(domain, mine.eContainer(), mine.eContainingFeature(), mine));
			model.forget(id);
			return new Outcome.Removed(id);
		}
		if (merge.changesMine()) {
			execute(merge.command(domain, mine));
		}
		if (conflict.deleted()) {
			SaveResult restored = repository.create(model, mine);
			if (restored instanceof SaveResult.Saved saved) {
				return new Outcome.Saved(id, saved.version(), true);
			}
			throw new RepositoryException("Could not restore " + id + " in " + repository.location().display()
					+ ": it was deleted and then created again by someone else. Reload it and repeat your changes.");
		}
		model.recordVersion(id, conflict.currentVersion());
		return null;
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("The merged changes cannot be applied: " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}
}
