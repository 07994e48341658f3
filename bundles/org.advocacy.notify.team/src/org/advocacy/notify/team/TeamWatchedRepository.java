// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.team;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.notify.watch.WatchedRepository;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * A team repository as the watcher sees it, through the repository API. Headers first: the watcher's working model
 * holds the catalog, the organization, the management reviews and the bodies of the engagements whose header says
 * they are not closed (and their customers); each later pass reads only the header delta since its watermark and
 * reloads only the documents that changed.
 * <p>
 * Recording a delivered notification applies the change to the working model, finds the documents it touched and
 * saves each with the version check of the repository API. When an advocate saved the same document meanwhile,
 * the versions are merged three ways ({@link MergingSaver}): disjoint changes both stay, and where both changed the
 * same feature the advocate's value is kept — the watcher never overwrites a person's edit — while its own record
 * (a new entry of the notification log, a new ladder attempt) is added beside it.
 */
final class TeamWatchedRepository implements WatchedRepository {

	/** How often a record is merged again when the document keeps changing underneath. */
	private static final int MERGE_ROUNDS = 5;

	private final Repository repository;
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
			new BasicCommandStack(), RepositoryStore.newResourceSet());
	private final MergingSaver saver;
	private RepositoryModel model;
	private Watermark watermark;

	/** @param repository an open team repository; the caller closes it */
	TeamWatchedRepository(Repository repository) {
		this.repository = repository;
		this.saver = new MergingSaver(repository, domain);
	}

	@Override
	public synchronized AdvocacyRepository snapshot() throws IOException {
		try {
			refresh();
			return model.root();
		} catch (RepositoryException e) {
			discard();
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized void record(Consumer<AdvocacyRepository> change) throws IOException {
		try {
			refresh();
			ChangeRecorder recorder = new ChangeRecorder(model.root());
			ChangeDescription description;
			try {
				change.accept(model.root());
			} finally {
				description = recorder.endRecording();
				recorder.dispose();
			}
			for (DocumentId id : documentsChangedBy(description)) {
				save(id);
			}
		} catch (RepositoryException e) {
			discard();
			throw new IOException(e.getMessage(), e);
		} catch (RuntimeException e) {
			discard();
			throw e;
		} finally {
			domain.getCommandStack().flush();
		}
	}

	@Override
	public String describe() {
		return repository.location().display();
	}

	private void save(DocumentId id) throws RepositoryException {
		MergingSaver.Outcome outcome = saver.save(model, id);
		for (int round = 0; outcome instanceof MergingSaver.Outcome.NeedsDecision decision; round++) {
			if (round == MERGE_ROUNDS) {
				throw new RepositoryException("Could not record in " + id + " of " + describe()
						+ ": it kept changing while the watcher merged its record.");
			}
			decision.merge().resolveAll(Choice.THEIRS);
			outcome = saver.complete(model, decision);
		}
	}

	private static Set<DocumentId> documentsChangedBy(ChangeDescription description) {
		Set<DocumentId> changed = new LinkedHashSet<>();
		for (EObject object : description.getObjectChanges().keySet()) {
			Documents.documentOf(object).ifPresent(changed::add);
		}
		return changed;
	}

	/** Brings the working model up to date: everything on the first pass, the delta since the watermark after. */
	private void refresh() throws RepositoryException {
		Watermark since = watermark;
		if (model == null) {
			model = repository.openModel(domain.getResourceSet());
			since = Watermark.BEGINNING;
		} else {
			reloadChanged(DocumentKind.CATALOG);
			reloadChanged(DocumentKind.ORGANIZATION);
		}
		HeaderListing listing = repository.listHeaders(since);
		for (EngagementHeader header : listing.engagements()) {
			DocumentId id = header.documentId();
			boolean wanted = !header.isClosed() || model.document(id).isPresent();
			if (wanted && !isCurrent(id, header.version())) {
				repository.load(model, id);
			}
		}
		listing.removedEngagements().forEach(removed -> unload(DocumentId.engagement(removed)));
		for (CustomerHeader customer : listing.customers()) {
			DocumentId id = DocumentId.customer(customer.id());
			if (model.document(id).isPresent() && !isCurrent(id, customer.version())) {
				repository.load(model, id);
			}
		}
		reloadChanged(DocumentKind.REVIEW);
		watermark = listing.watermark();
	}

	/** Loads the documents of a kind that are new or changed, and drops those no longer stored. */
	private void reloadChanged(DocumentKind kind) throws RepositoryException {
		Set<DocumentId> stored = new LinkedHashSet<>();
		for (DocumentSummary summary : repository.listDocuments(kind)) {
			stored.add(summary.id());
			if (!isCurrent(summary.id(), summary.version())) {
				repository.load(model, summary.id());
			}
		}
		if (!kind.isSingleton()) {
			for (EObject loaded : Documents.all(model.root(), kind)) {
				DocumentId id = Documents.idOf(loaded);
				if (!stored.contains(id)) {
					unload(id);
				}
			}
		}
	}

	private boolean isCurrent(DocumentId id, long version) {
		return model.document(id).isPresent() && model.version(id).orElse(-1) == version;
	}

	/** Drops a document deleted from the repository from the watcher's model. */
	private void unload(DocumentId id) {
		model.document(id).ifPresent(EcoreUtil::remove);
		model.forget(id);
	}

	/** Forgets the working model after a failure, so that the next pass starts from what is stored. */
	private void discard() {
		if (model != null) {
			domain.getResourceSet().getResources().remove(model.resource());
		}
		model = null;
		watermark = null;
	}
}
