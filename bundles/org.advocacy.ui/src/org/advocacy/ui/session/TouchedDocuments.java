// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Which documents of a working model were changed since they were last saved: every change to an object of the
 * model (by a command, its undo or redo) marks the document that contains it; adding or removing a whole document
 * marks that document. Changes taken in from the repository ({@link #whileTakingIn}) mark nothing. Saving saves only
 * the marked documents.
 */
final class TouchedDocuments extends EContentAdapter {

	private static final Set<Object> DOCUMENT_SLOTS = Set.of(Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS,
			Literals.ADVOCACY_REPOSITORY__CUSTOMERS, Literals.ADVOCACY_REPOSITORY__REVIEWS,
			Literals.ADVOCACY_REPOSITORY__ORGANIZATION);

	private final Set<DocumentId> touched = new LinkedHashSet<>();
	private boolean takingIn;

	/** @param root the working model's repository root; watched from now on */
	TouchedDocuments(AdvocacyRepository root) {
		root.eAdapters().add(this);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (takingIn || notification.isTouch() || !(notification.getNotifier() instanceof EObject object)) {
			return;
		}
		if (object instanceof AdvocacyRepository root && root.eContainer() == null) {
			markDocuments(notification.getOldValue());
			markDocuments(notification.getNewValue());
			if (!DOCUMENT_SLOTS.contains(notification.getFeature())) {
				Documents.documentOf(root).ifPresent(touched::add);
			}
			return;
		}
		Documents.documentOf(object).ifPresent(touched::add);
	}

	private void markDocuments(Object value) {
		if (value instanceof EObject document) {
			idOf(document).ifPresent(touched::add);
		} else if (value instanceof Iterable<?> documents) {
			documents.forEach(this::markDocuments);
		}
	}

	private static Optional<DocumentId> idOf(EObject document) {
		try {
			return ObjectIds.of(document) == null ? Optional.empty() : Optional.of(Documents.idOf(document));
		} catch (IllegalArgumentException notADocument) {
			return Optional.empty();
		}
	}

	/** @return the documents changed since they were last saved, in the order they were first changed */
	List<DocumentId> documents() {
		return List.copyOf(touched);
	}

	/**
	 * @param id a document
	 * @return whether it has changes not saved yet
	 */
	boolean contains(DocumentId id) {
		return touched.contains(id);
	}

	/** @param id a document that was saved (or whose changes were dropped) */
	void saved(DocumentId id) {
		touched.remove(id);
	}

	/**
	 * Runs a change that takes someone else's saved version in: it marks nothing.
	 *
	 * @param change the change
	 */
	void whileTakingIn(Runnable change) {
		boolean before = takingIn;
		takingIn = true;
		try {
			change.run();
		} finally {
			takingIn = before;
		}
	}
}
