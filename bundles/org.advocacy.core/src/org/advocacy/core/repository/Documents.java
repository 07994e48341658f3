// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Organization;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Finds documents in a working model and the document an object belongs to — e.g. which document a command
 * changed, so that only that document becomes dirty and is saved.
 */
public final class Documents {

	private Documents() {
	}

	/**
	 * @param documentRoot the root object of a document (an engagement, a customer, ..., or the repository root
	 *                     for the catalog)
	 * @return the document's id
	 * @throws IllegalArgumentException if the object is not the root of a document
	 * @throws IllegalStateException    if it has no UUID
	 */
	public static DocumentId idOf(EObject documentRoot) {
		for (DocumentKind kind : DocumentKind.values()) {
			if (kind.rootClass() == documentRoot.eClass()) {
				return new DocumentId(kind, ObjectIds.require(documentRoot));
			}
		}
		throw new IllegalArgumentException("A " + documentRoot.eClass().getName() + " is not stored as a document "
				+ "of its own; it belongs to the document that contains it");
	}

	/**
	 * @param object any object of a working model
	 * @return the document that contains it: the engagement, customer, review or organization it is part of, or
	 *         the catalog for the repository root and its reference data; empty when the object is not inside an
	 *         {@link AdvocacyRepository}
	 */
	public static Optional<DocumentId> documentOf(EObject object) {
		EObject child = null;
		for (EObject current = object; current != null; child = current, current = current.eContainer()) {
			if (current instanceof AdvocacyRepository root) {
				if (child == null) {
					return Optional.of(new DocumentId(DocumentKind.CATALOG, ObjectIds.require(root)));
				}
				DocumentKind kind = DocumentKind.heldIn(child.eContainingFeature());
				EObject documentRoot = kind == DocumentKind.CATALOG ? root : child;
				return kind == null ? Optional.empty()
						: Optional.of(new DocumentId(kind, ObjectIds.require(documentRoot)));
			}
		}
		return Optional.empty();
	}

	/**
	 * What both stores call a document in their lists ({@link DocumentSummary#label()}), so that a file and a team
	 * repository with the same content list the same names.
	 *
	 * @param documentRoot the root object of a document
	 * @return the repository's or the organization's name, a customer's name, an engagement's case number and
	 *         title, or a review's date ("Review of 2026-11-19", "Review being prepared")
	 */
	public static String label(EObject documentRoot) {
		if (documentRoot instanceof AdvocacyRepository repository) {
			return repository.getName();
		}
		if (documentRoot instanceof Organization organization) {
			return organization.getName();
		}
		if (documentRoot instanceof Customer customer) {
			return customer.getName();
		}
		if (documentRoot instanceof Engagement engagement) {
			return engagement.getKey() + " " + Objects.toString(engagement.getTitle(), "");
		}
		if (documentRoot instanceof ManagementReview review) {
			return review.getHeldOn() == null ? "Review being prepared" : "Review of " + review.getHeldOn();
		}
		return ObjectIds.of(documentRoot);
	}

	/**
	 * @param root the repository root of a working model
	 * @param id   a document
	 * @return the document's root object in the model (the repository root for the catalog), if loaded; found by
	 *         its UUID in the resource's index, not by a scan
	 */
	public static Optional<EObject> find(AdvocacyRepository root, DocumentId id) {
		if (id.kind() == DocumentKind.CATALOG) {
			return id.uuid().equals(ObjectIds.of(root)) ? Optional.of(root) : Optional.empty();
		}
		if (root.eResource() instanceof XMLResource resource) {
			EObject found = resource.getIDToEObjectMap().get(id.uuid());
			return found != null && found.eContainer() == root && found.eContainingFeature() == id.kind().slot()
					? Optional.of(found)
					: Optional.empty();
		}
		for (EObject candidate : all(root, id.kind())) {
			if (id.uuid().equals(ObjectIds.of(candidate))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * @param root the repository root of a working model
	 * @param kind a kind of document
	 * @return the root objects of the loaded documents of that kind, in model order
	 */
	public static List<EObject> all(AdvocacyRepository root, DocumentKind kind) {
		EStructuralFeature slot = kind.slot();
		if (slot == null) {
			return List.of(root);
		}
		Object value = root.eGet(slot);
		if (value instanceof List<?> list) {
			List<EObject> documents = new ArrayList<>(list.size());
			list.forEach(element -> documents.add((EObject) element));
			return documents;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}
