// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * Writes one document of a working model (a repository root shaped like a file, holding many documents) as the
 * XMI text the team repository stores: a copy of the document's objects with their UUIDs, in a resource named
 * {@code advocacy-team:/documents/<id>}, so that every reference to an object of another document is written as
 * {@code <that document's id>#<object UUID>}. The model itself is not changed.
 */
public final class DocumentWriter {

	/** Tells which document an object outside the one being written belongs to. */
	@FunctionalInterface
	public interface DocumentLocator {

		/**
		 * @param objectId the UUID of an object a document refers to
		 * @return the id of the document containing it
		 * @throws IllegalArgumentException naming the object when it belongs to no stored document
		 */
		String documentOf(String objectId);
	}

	private DocumentWriter() {
	}

	/**
	 * @param root            the working model's repository root
	 * @param documentRoot    the document's root: the repository root itself for the catalog, else an
	 *                        organization, customer, engagement or review in it
	 * @param catalogFeatures for the catalog, the root's features that belong to it; ignored otherwise
	 * @param locator         which document an object referred to belongs to
	 * @return the document's XMI text
	 * @throws IOException when the document refers to an object that belongs to no document
	 */
	public static String write(AdvocacyRepository root, EObject documentRoot,
			List<EStructuralFeature> catalogFeatures, DocumentLocator locator) throws IOException {
		Resource model = root.eResource();
		EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
		EObject copy = documentRoot == root ? copyCatalog(root, catalogFeatures, copier) : copier.copy(documentRoot);
		copier.copyReferences();
		String id = idOf(documentRoot);
		Resource document = new AdvocacyResource(TeamDocuments.uriOf(id));
		document.getContents().add(copy);
		for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
			((XMLResource) document).setID(pair.getValue(), idOf(pair.getKey()));
		}
		((XMLResource) document).setID(copy, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_URI_HANDLER, new CrossDocumentReferences(model.getURI(), locator));
		try {
			document.save(out, options);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static EObject copyCatalog(AdvocacyRepository root, List<EStructuralFeature> catalogFeatures,
			EcoreUtil.Copier copier) {
		AdvocacyRepository catalog = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		for (EStructuralFeature feature : catalogFeatures) {
			if (!root.eIsSet(feature)) {
				continue;
			}
			Object value = root.eGet(feature);
			if (value instanceof List<?> objects && feature instanceof EReference) {
				@SuppressWarnings("unchecked")
				List<EObject> target = (List<EObject>) catalog.eGet(feature);
				target.addAll(copier.copyAll(objects.stream().map(EObject.class::cast).toList()));
			} else {
				catalog.eSet(feature, value);
			}
		}
		return catalog;
	}

	private static String idOf(EObject object) {
		Resource resource = object.eResource();
		String id = resource instanceof XMLResource xml ? xml.getID(object) : null;
		if (id == null) {
			throw new IllegalStateException("The " + object.eClass().getName() + " has no UUID: it is not in a "
					+ "repository resource that keeps UUIDs");
		}
		return id;
	}

	/**
	 * Writes references to objects of the working model as {@code <document id>#<object UUID>}, relative to the
	 * document being written; references that already name a team document stay as they are.
	 */
	private static final class CrossDocumentReferences extends URIHandlerImpl {

		private final URI model;
		private final Function<String, String> documentOf;

		CrossDocumentReferences(URI model, DocumentLocator locator) {
			this.model = model;
			this.documentOf = locator::documentOf;
		}

		@Override
		public URI deresolve(URI uri) {
			if (model != null && model.equals(uri.trimFragment()) && uri.hasFragment()) {
				String objectId = uri.fragment();
				return super.deresolve(TeamDocuments.uriOf(documentOf.apply(objectId)).appendFragment(objectId));
			}
			if (TeamDocuments.idOf(uri) != null) {
				return super.deresolve(uri);
			}
			throw new IllegalArgumentException("the document refers to " + uri
					+ ", which is not an object of this repository");
		}
	}
}
