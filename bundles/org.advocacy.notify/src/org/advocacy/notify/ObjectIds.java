// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify;

import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The stable identities (UUIDs) of repository objects, which notifications use to say what they are about: the same
 * in the file and in the team repository, and unchanged when objects are edited or moved.
 */
public final class ObjectIds {

	private ObjectIds() {
	}

	/**
	 * @param object an object in a repository resource
	 * @return its UUID
	 * @throws IllegalStateException if the object is not in a resource that gives it one
	 */
	public static String of(EObject object) {
		Resource resource = object.eResource();
		String id = resource instanceof XMLResource xml ? xml.getID(object) : null;
		if (id == null) {
			throw new IllegalStateException("A " + object.eClass().getName() + " without an identity cannot be notified about;"
					+ " it must belong to a saved repository");
		}
		return id;
	}

	/**
	 * @param repository the repository to look in
	 * @param id         an object's UUID
	 * @param type       the type expected
	 * @return the object
	 * @throws IllegalStateException if no object of that type has that identity (it was deleted meanwhile)
	 */
	public static <T extends EObject> T find(AdvocacyRepository repository, String id, Class<T> type) {
		EObject object = repository.eResource() == null ? null : repository.eResource().getEObject(id);
		if (!type.isInstance(object)) {
			throw new IllegalStateException("The " + type.getSimpleName() + " " + id + " is no longer in the repository");
		}
		return type.cast(object);
	}
}
