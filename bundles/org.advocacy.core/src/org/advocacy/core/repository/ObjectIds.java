// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The UUID of model objects. Every object of a repository carries one (kept by its {@link XMLResource}, written
 * as {@code xmi:id}); it is how documents, merges, headers and history name objects in a file and on a server
 * alike. A proxy (an unresolved reference to another document) is named by the fragment of its URI, which is the
 * UUID of the object it stands for.
 */
public final class ObjectIds {

	private ObjectIds() {
	}

	/**
	 * @param object a model object, possibly a proxy
	 * @return its UUID, or {@code null} when it is not in a resource that keeps ids (nor a proxy)
	 */
	public static String of(EObject object) {
		if (object == null) {
			return null;
		}
		if (object.eIsProxy()) {
			URI uri = ((org.eclipse.emf.ecore.InternalEObject) object).eProxyURI();
			return uri == null ? null : uri.fragment();
		}
		Resource resource = object.eResource();
		return resource instanceof XMLResource xml ? xml.getID(object) : null;
	}

	/**
	 * @param object a model object in a resource that keeps ids
	 * @return its UUID
	 * @throws IllegalStateException naming the object's class when it has none
	 */
	public static String require(EObject object) {
		String id = of(object);
		if (id == null) {
			throw new IllegalStateException("The " + object.eClass().getName()
					+ " has no UUID: it is not in an Advocacy repository resource");
		}
		return id;
	}

	/**
	 * @param resourceSet a resource set
	 * @param id          a UUID
	 * @return the object with that UUID in any loaded resource of the set, or {@code null}
	 */
	public static EObject find(ResourceSet resourceSet, String id) {
		for (Resource resource : resourceSet.getResources()) {
			EObject found = find(resource, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** @return the object with that UUID in a resource, or {@code null} */
	public static EObject find(Resource resource, String id) {
		if (id == null || !resource.isLoaded() && resource.getContents().isEmpty()) {
			return null;
		}
		return resource instanceof XMLResource xml ? xml.getIDToEObjectMap().get(id) : resource.getEObject(id);
	}
}
