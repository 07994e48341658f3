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
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.repository.RepositoryModel;
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

	private DocumentWriter() {
	}

	/**
	 * Copies one document of a working model into a resource of its own, named by the document's id, with the
	 * objects' UUIDs. References to objects of other documents still point into the model.
	 *
	 * @param model        the working model
	 * @param documentRoot the document's root: the repository root for the catalog, else an organization,
	 *                     customer, engagement or review in the model
	 * @return the copy's resource (in no resource set)
	 */
	public static Resource copy(RepositoryModel model, EObject documentRoot) {
		AdvocacyRepository root = model.root();
		EcoreUtil.Copier copier = new EcoreUtil.Copier(false, true);
		EObject copy = documentRoot == root ? copyCatalog(root, copier) : copier.copy(documentRoot);
		copier.copyReferences();
		String id = ObjectIds.require(documentRoot);
		XMLResource document = new AdvocacyResource(TeamDocuments.uriOf(id));
		document.getContents().add(copy);
		for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
			document.setID(pair.getValue(), ObjectIds.require(pair.getKey()));
		}
		document.setID(copy, id);
		return document;
	}

	/**
	 * @param copy  a copy made by {@link #copy}
	 * @param model the working model it was copied from
	 * @return the document's XMI text
	 * @throws IOException when the document refers to an object that belongs to no document
	 */
	public static String write(Resource copy, RepositoryModel model) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_URI_HANDLER, new CrossDocumentReferences(model.resource().getURI(),
				objectId -> ModelDocuments.documentOf(model, objectId)));
		try {
			copy.save(out, options);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static EObject copyCatalog(AdvocacyRepository root, EcoreUtil.Copier copier) {
		AdvocacyRepository catalog = AdvocacyFactory.eINSTANCE.createAdvocacyRepository();
		for (EStructuralFeature feature : DocumentKind.CATALOG_FEATURES) {
			if (!root.eIsSet(feature)) {
				continue;
			}
			Object value = root.eGet(feature);
			if (value instanceof List<?> objects && feature instanceof EReference) {
				@SuppressWarnings("unchecked")
				List<EObject> target = (List<EObject>) catalog.eGet(feature);
				target.addAll(copier.copyAll(objects.stream().map(EObject.class::cast).toList()));
			} else if (value instanceof EObject contained) {
				catalog.eSet(feature, copier.copy(contained));
			} else {
				catalog.eSet(feature, value);
			}
		}
		return catalog;
	}

	/**
	 * Writes references to objects of the working model as {@code <document id>#<object UUID>}, relative to the
	 * document being written; references that already name a team document stay as they are.
	 */
	private static final class CrossDocumentReferences extends URIHandlerImpl {

		private final URI model;
		private final Function<String, String> documentOf;

		CrossDocumentReferences(URI model, Function<String, String> documentOf) {
			this.model = model;
			this.documentOf = documentOf;
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
