// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Organization;
import org.advocacy.core.repository.DocumentKind;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Puts documents read from the team repository into a working model (one repository root shaped like a file) and
 * tells which document an object of the model belongs to.
 * <p>
 * A document's references to other documents arrive as proxies named {@code <document id>#<object UUID>}. They are
 * renamed to {@code <model URI>#<object UUID>}, so they resolve to the model's object with that UUID whenever it
 * is loaded, whatever the order documents arrive in; which document each such object belongs to is remembered on
 * the model's resource, so the reference is written back the same way even when its target was never loaded.
 * When a document is loaded again, its previous objects become proxies of the same kind, so that references
 * to them from other documents resolve to the new objects.
 */
public final class ModelDocuments {

	private ModelDocuments() {
	}

	/**
	 * Moves a decoded document into the model, replacing the model's copy of it if it has one.
	 *
	 * @param root     the model's repository root
	 * @param kind     the document's kind
	 * @param decoded  the resource {@link TeamDocuments#decode} made; empty afterwards
	 * @return the document's root object in the model (the repository root for the catalog)
	 */
	public static EObject install(AdvocacyRepository root, DocumentKind kind, Resource decoded) {
		XMLResource model = (XMLResource) root.eResource();
		EObject incoming = decoded.getContents().get(0);
		Map<EObject, String> ids = idsOf(incoming, (XMLResource) decoded);
		renameForeignReferences(ids.keySet(), model, foreignDocuments(model));
		decoded.getContents().remove(incoming);
		EObject installed = switch (kind) {
		case CATALOG -> replaceCatalog(root, (AdvocacyRepository) incoming, ids);
		case ORGANIZATION -> {
			Map<EObject, String> previous = root.getOrganization() == null ? Map.of()
					: idsOf(root.getOrganization(), model);
			root.setOrganization((Organization) incoming);
			proxify(previous, model);
			yield incoming;
		}
		default -> replaceInList(root, kind, incoming, ids.get(incoming), model);
		};
		ids.forEach((object, id) -> {
			if (object != incoming || kind != DocumentKind.CATALOG) {
				model.setID(object, id);
			}
		});
		return installed;
	}

	/**
	 * @param model    the working model
	 * @param objectId the UUID of an object of the model, or of an object a loaded document refers to
	 * @return the id of the document it belongs to
	 * @throws IllegalArgumentException when the object is neither in the model nor referred to by a loaded
	 *                                  document
	 */
	public static String documentOf(RepositoryModel model, String objectId) {
		EObject object = ObjectIds.find(model.resource(), objectId);
		Optional<DocumentId> document = object == null ? Optional.empty() : Documents.documentOf(object);
		if (document.isPresent()) {
			return document.get().uuid();
		}
		String foreign = foreignDocuments((XMLResource) model.resource()).documents.get(objectId);
		if (foreign == null) {
			throw new IllegalArgumentException("the object " + objectId + " belongs to no document of the repository");
		}
		return foreign;
	}

	private static EObject replaceCatalog(AdvocacyRepository root, AdvocacyRepository incoming,
			Map<EObject, String> ids) {
		XMLResource model = (XMLResource) root.eResource();
		for (EStructuralFeature feature : DocumentKind.CATALOG_FEATURES) {
			if (feature instanceof EReference && !feature.isMany()) {
				if (root.eGet(feature) instanceof EObject current) {
					Map<EObject, String> previous = new HashMap<>(idsOf(current, model));
					root.eUnset(feature);
					proxify(previous, model);
				}
				if (incoming.eIsSet(feature)) {
					root.eSet(feature, incoming.eGet(feature));
				}
			} else if (feature instanceof EReference) {
				@SuppressWarnings("unchecked")
				List<EObject> current = (List<EObject>) root.eGet(feature);
				Map<EObject, String> previous = new HashMap<>();
				current.forEach(object -> previous.putAll(idsOf(object, model)));
				current.clear();
				proxify(previous, model);
				@SuppressWarnings("unchecked")
				List<EObject> replacement = new ArrayList<>((List<EObject>) incoming.eGet(feature));
				current.addAll(replacement);
			} else if (incoming.eIsSet(feature)) {
				root.eSet(feature, incoming.eGet(feature));
			} else {
				root.eUnset(feature);
			}
		}
		ids.remove(incoming);
		return root;
	}

	private static EObject replaceInList(AdvocacyRepository root, DocumentKind kind, EObject incoming, String id,
			XMLResource model) {
		@SuppressWarnings("unchecked")
		List<EObject> documents = (List<EObject>) root.eGet(kind.slot());
		EObject previous = Documents.find(root, new DocumentId(kind, id)).orElse(null);
		if (previous == null) {
			documents.add(incoming);
		} else {
			Map<EObject, String> previousIds = idsOf(previous, model);
			documents.set(documents.indexOf(previous), incoming);
			proxify(previousIds, model);
		}
		return incoming;
	}

	/** Turns the objects of a replaced subtree into proxies of the model's objects with the same UUIDs. */
	private static void proxify(Map<EObject, String> replaced, XMLResource model) {
		URI base = model.getURI();
		replaced.forEach((object, id) -> {
			if (id != null) {
				((InternalEObject) object).eSetProxyURI(base.appendFragment(id));
			}
		});
	}

	private static Map<EObject, String> idsOf(EObject root, XMLResource resource) {
		Map<EObject, String> ids = new LinkedHashMap<>();
		ids.put(root, resource.getID(root));
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			ids.put(object, resource.getID(object));
		}
		return ids;
	}

	/** Renames proxies {@code <document id>#<uuid>} to {@code <model URI>#<uuid>} and remembers the document. */
	private static void renameForeignReferences(Iterable<EObject> objects, XMLResource model,
			ForeignDocuments foreign) {
		URI base = model.getURI();
		for (EObject object : objects) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| !object.eIsSet(reference)) {
					continue;
				}
				for (Iterator<?> targets = targets(object, reference); targets.hasNext();) {
					if (targets.next() instanceof InternalEObject target && target.eIsProxy()) {
						String document = TeamDocuments.idOf(target.eProxyURI());
						String objectId = target.eProxyURI().fragment();
						if (document != null && objectId != null) {
							foreign.documents.put(objectId, document);
							target.eSetProxyURI(base.appendFragment(objectId));
						}
					}
				}
			}
		}
	}

	private static Iterator<?> targets(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		return value instanceof InternalEList<?> list ? list.basicIterator() : List.of(value).iterator();
	}

	private static ForeignDocuments foreignDocuments(XMLResource model) {
		for (Object adapter : model.eAdapters()) {
			if (adapter instanceof ForeignDocuments foreign) {
				return foreign;
			}
		}
		ForeignDocuments foreign = new ForeignDocuments();
		model.eAdapters().add(foreign);
		return foreign;
	}

	/** Which document each object a loaded document refers to belongs to, kept on the model's resource. */
	private static final class ForeignDocuments extends AdapterImpl {
		final Map<String, String> documents = new HashMap<>();
	}
}
