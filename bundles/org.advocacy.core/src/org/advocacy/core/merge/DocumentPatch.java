// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.repository.DocumentContent;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The changes that make a live copy of a document equal to a {@link DocumentState}: only the features that differ
 * are set, objects are matched by UUID (kept, moved or detached), and objects the copy lacks are created with the
 * state's UUIDs. References to objects outside the document point to the copy's own objects with that UUID where
 * its resource set has them. Applied directly ({@link #apply()}) or as one undoable command ({@link #command}).
 * <p>
 * New objects are filled in before they are attached, so a command only attaches them: undoing it detaches them,
 * redoing attaches them again with the same UUIDs.
 */
public final class DocumentPatch {

	/** One feature of one object to set. */
	private record Assignment(EObject owner, EStructuralFeature feature, Object value) {
	}

	private final List<Assignment> assignments = new ArrayList<>();

	private DocumentPatch() {
	}

	/**
	 * @param root    the copy's document root object (for the catalog: the repository root), in a resource that
	 *                keeps UUIDs
	 * @param desired what the document must become; the same document
	 * @return the changes
	 * @throws IllegalArgumentException when the state is of another document or deletes it
	 */
	public static DocumentPatch between(EObject root, DocumentState desired) {
		String rootId = ObjectIds.require(root);
		if (!rootId.equals(desired.rootId()) || !desired.contains(rootId)) {
			throw new IllegalArgumentException("The document " + rootId + " cannot become " + desired.rootId()
					+ (desired.contains(desired.rootId()) ? "" : " (deleted)"));
		}
		DocumentPatch patch = new DocumentPatch();
		patch.compute(root, desired);
		return patch;
	}

	/**
	 * Adds a document that a repository lacks: its root object is created with the state's UUID, put into its
	 * place in the repository root, and filled in.
	 *
	 * @param repository the repository root (of a working model or a store's copy)
	 * @param document   the document, not a catalog or organization (those always exist)
	 * @param index      where among the documents of its kind, clamped to the end
	 * @return the new document root
	 */
	@SuppressWarnings("unchecked")
	public static EObject insertInto(AdvocacyRepository repository, DocumentState document, int index) {
		ObjectState rootState = document.get(document.rootId());
		EReference slot = document.kind().slot();
		if (rootState == null || slot == null || !slot.isMany()) {
			throw new IllegalArgumentException("Only engagements, customers and reviews are added as documents: "
					+ document.kind());
		}
		EObject root = EcoreUtil.create(rootState.eClass());
		AdvocacyResource.assignIdOnAttach(root, document.rootId());
		List<EObject> documents = (List<EObject>) repository.eGet(slot);
		documents.add(Math.max(0, Math.min(index, documents.size())), root);
		between(root, document).apply();
		return root;
	}

	private void compute(EObject root, DocumentState desired) {
		Map<String, EObject> existing = new HashMap<>();
		for (EObject object : DocumentContent.objects(desired.kind(), root)) {
			existing.put(ObjectIds.require(object), object);
		}
		Map<String, EObject> created = new HashMap<>();
		for (ObjectState state : desired.objects().values()) {
			if (!existing.containsKey(state.id())) {
				EObject object = EcoreUtil.create(state.eClass());
				AdvocacyResource.assignIdOnAttach(object, state.id());
				created.put(state.id(), object);
			}
		}
		Resolver resolver = new Resolver(root.eResource(), existing, created, desired);
		List<Assignment> contents = new ArrayList<>();
		List<Assignment> values = new ArrayList<>();
		for (ObjectState state : desired.objects().values()) {
			EObject owner = existing.containsKey(state.id()) ? existing.get(state.id()) : created.get(state.id());
			boolean isNew = created.containsKey(state.id());
			state.values().forEach((feature, value) -> {
				Object target = resolver.value(feature, value);
				if (isNew && !holdsExisting(feature, target, created)) {
					set(owner, feature, target); // not attached yet: filled in directly, attached by a command
				} else if (!same(owner, feature, target)) {
					boolean containment = feature instanceof EReference reference && reference.isContainment();
					(containment ? contents : values).add(new Assignment(owner, feature, target));
				}
			});
		}
		assignments.addAll(contents);
		assignments.addAll(values);
	}

	/** @return whether a containment value of a new object holds objects that are already in the model */
	private static boolean holdsExisting(EStructuralFeature feature, Object value, Map<String, EObject> created) {
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			return false;
		}
		List<?> children = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		Set<Object> fresh = new HashSet<>(created.values());
		return children.stream().anyMatch(child -> !fresh.contains(child));
	}

	/** @return whether the copy already has the value; objects with the same UUID count as the same */
	private static boolean same(EObject owner, EStructuralFeature feature, Object value) {
		if (!(feature instanceof EReference)) {
			return Values.same(owner.eGet(feature), value);
		}
		Object current = owner.eGet(feature, false);
		if (!feature.isMany()) {
			return sameObject((EObject) current, (EObject) value);
		}
		List<?> now = (List<?>) current;
		List<?> wanted = (List<?>) value;
		if (now.size() != wanted.size()) {
			return false;
		}
		for (int i = 0; i < now.size(); i++) {
			if (!sameObject((EObject) now.get(i), (EObject) wanted.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameObject(EObject current, EObject wanted) {
		if (current == wanted) {
			return true;
		}
		String id = current == null ? null : ObjectIds.of(current);
		return id != null && wanted != null && id.equals(ObjectIds.of(wanted));
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject owner, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			ECollections.setEList((EList<Object>) owner.eGet(feature), (List<Object>) value);
		} else {
			owner.eSet(feature, value);
		}
	}

	/** @return whether the copy already equals the state */
	public boolean isEmpty() {
		return assignments.isEmpty();
	}

	/** Changes the copy directly (no command, no undo): for copies no editor shows, e.g. one about to be saved. */
	public void apply() {
		for (Assignment assignment : assignments) {
			set(assignment.owner(), assignment.feature(), assignment.value());
		}
	}

	/**
	 * @param domain the editing domain of the copy
	 * @param label  the command's label for Edit > Undo
	 * @return one command making all the changes, or an identity command when there are none
	 */
	public Command command(EditingDomain domain, String label) {
		if (assignments.isEmpty()) {
			return new IdentityCommand(label);
		}
		CompoundCommand command = new CompoundCommand(label);
		for (Assignment assignment : assignments) {
			command.append(SetCommand.create(domain, assignment.owner(), assignment.feature(), assignment.value()));
		}
		return command;
	}

	/** Turns a state's values (UUIDs) into the copy's objects. */
	private static final class Resolver {

		private final Resource resource;
		private final Map<String, EObject> existing;
		private final Map<String, EObject> created;
		private final DocumentState desired;

		Resolver(Resource resource, Map<String, EObject> existing, Map<String, EObject> created,
				DocumentState desired) {
			this.resource = resource;
			this.existing = existing;
			this.created = created;
			this.desired = desired;
		}

		Object value(EStructuralFeature feature, Object value) {
			if (!(feature instanceof EReference reference)) {
				return value;
			}
			if (reference.isContainment()) {
				List<EObject> children = new ArrayList<>();
				for (Object id : (List<?>) value) {
					children.add(object((String) id));
				}
				return reference.isMany() ? children : children.isEmpty() ? null : children.get(0);
			}
			if (value instanceof List<?> ids) {
				List<EObject> targets = new ArrayList<>(ids.size());
				ids.forEach(id -> targets.add(object((String) id)));
				return targets;
			}
			return value == null ? null : object((String) value);
		}

		/** @return the copy's object with a UUID: of the document, else of its resource set, else the state's own */
		EObject object(String id) {
			EObject object = existing.get(id);
			if (object == null) {
				object = created.get(id);
			}
			if (object == null && resource != null) {
				object = resource.getResourceSet() != null ? ObjectIds.find(resource.getResourceSet(), id)
						: ObjectIds.find(resource, id);
			}
			if (object == null) {
				object = desired.source(id);
			}
			if (object == null) {
				throw new IllegalStateException("The merged document refers to object " + id
						+ ", which none of its versions knows");
			}
			return object;
		}
	}
}
