// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.UnsupportedRepositoryOperationException;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Reads what the History view shows, off the UI thread: a document's history, its newest version's ladder attempts
 * joined with the change log, and any version with its references to people, areas and other reference data
 * resolved by name, so that it reads like the document in an editor.
 */
final class HistoryReader {

	private HistoryReader() {
	}

	/**
	 * @param repository the repository
	 * @param id         a document
	 * @return its versions newest first and its accountability trail, or the problem that prevents showing them
	 */
	static DocumentHistory read(Repository repository, DocumentId id) {
		List<HistoryEntry> versions;
		try {
			versions = new ArrayList<>(repository.history(id));
		} catch (UnsupportedRepositoryOperationException e) {
			return DocumentHistory.unavailable(e.getMessage());
		} catch (RepositoryException e) {
			return DocumentHistory.unavailable("The history could not be read: " + e.getMessage());
		}
		versions.sort(Comparator.comparingLong(HistoryEntry::version).reversed());
		HistoryEntry newest = versions.stream().filter(entry -> !entry.deleted()).findFirst().orElse(null);
		if (newest == null) {
			return new DocumentHistory(versions, List.of(), null);
		}
		try {
			EObject document = readVersion(repository, id, newest.version());
			return new DocumentHistory(versions, trail(document, versions), null);
		} catch (RepositoryException e) {
			return new DocumentHistory(versions, List.of(),
					"The ladder attempts could not be read: " + e.getMessage());
		}
	}

	/**
	 * Reads one version into a resource set of its own, with the catalog and organization beside it, so that its
	 * references to them read by name.
	 *
	 * @param repository the repository
	 * @param id         a document
	 * @param version    one of its versions
	 * @return the version's root object
	 * @throws RepositoryException when it cannot be read
	 */
	static EObject readVersion(Repository repository, DocumentId id, long version) throws RepositoryException {
		ResourceSet resourceSet = RepositoryStore.newResourceSet();
		RepositoryModel context = repository.openModel(resourceSet);
		EObject document = repository.loadVersion(id, version, resourceSet);
		resolveAgainst(document, context);
		return document;
	}

	/** Points the version's references to other documents at the context's objects with the same UUIDs. */
	@SuppressWarnings("unchecked")
	private static void resolveAgainst(EObject document, RepositoryModel context) {
		List<EObject> objects = new ArrayList<>();
		objects.add(document);
		document.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| !reference.isChangeable() || !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (value instanceof EList<?> targets) {
					EList<EObject> list = (EList<EObject>) targets;
					for (int i = 0; i < list.size(); i++) {
						EObject found = inContext(list.get(i), context);
						if (found != null && !list.contains(found)) {
							list.set(i, found);
						}
					}
				} else if (value instanceof EObject target) {
					EObject found = inContext(target, context);
					if (found != null) {
						object.eSet(reference, found);
					}
				}
			}
		}
	}

	private static EObject inContext(EObject target, RepositoryModel context) {
		if (!target.eIsProxy() || ((InternalEObject) target).eProxyURI() == null) {
			return null;
		}
		return ObjectIds.find(context.resource(), ObjectIds.of(target));
	}

	/** @return the ladder attempts of the document's escalations in the order made, with who recorded each */
	private static List<TrailEntry> trail(EObject document, List<HistoryEntry> versionsNewestFirst) {
		if (!(document instanceof Engagement engagement)) {
			return List.of();
		}
		List<TrailEntry> trail = new ArrayList<>();
		for (Escalation escalation : engagement.getEscalations()) {
			String area = escalation.getArea() == null ? "" : Objects.toString(escalation.getArea().getName(), "");
			for (LadderAttempt attempt : escalation.getAttempts()) {
				HistoryEntry added = firstMention(ObjectIds.of(attempt), versionsNewestFirst);
				trail.add(new TrailEntry(attempt, area, added == null ? null : added.changedBy(),
						added == null ? null : added.changedAt()));
			}
		}
		trail.sort(Comparator.comparing(entry -> entry.attempt().getContactedAt(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return trail;
	}

	/**
	 * @return the oldest version whose change log names the object, i.e. the save that recorded it; else the
	 *         version that created the document, which then already held it
	 */
	private static HistoryEntry firstMention(String objectId, List<HistoryEntry> versionsNewestFirst) {
		HistoryEntry first = versionsNewestFirst.isEmpty() ? null
				: versionsNewestFirst.get(versionsNewestFirst.size() - 1);
		for (HistoryEntry entry : versionsNewestFirst) {
			if (entry.changes().stream().anyMatch(change -> Objects.equals(objectId, change.objectId()))) {
				first = entry;
			}
		}
		return first;
	}
}
