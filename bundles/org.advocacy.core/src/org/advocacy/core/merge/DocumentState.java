// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.advocacy.core.repository.DocumentContent;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.ObjectIds;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One version of a document read into plain values by object UUID and feature (see {@link DocumentContent}): what
 * a three-way merge compares, and what a {@link DocumentPatch} makes a live document equal to. A state does not
 * follow later changes of the model it was read from. It also keeps the objects it was read from, so that a merge
 * can show each side's values and a patch can point to objects of other documents.
 */
public final class DocumentState {

	private final DocumentKind kind;
	private final String rootId;
	private final Map<String, ObjectState> objects;
	/** The objects the state was read from and the objects its references point to, by UUID. */
	private final Map<String, EObject> sources;

	DocumentState(DocumentKind kind, String rootId, Map<String, ObjectState> objects, Map<String, EObject> sources) {
		this.kind = kind;
		this.rootId = rootId;
		this.objects = Collections.unmodifiableMap(objects);
		this.sources = sources;
	}

	/**
	 * Reads a document.
	 *
	 * @param kind the document's kind
	 * @param root its root object, in a resource that keeps UUIDs
	 * @return its state
	 * @throws IllegalStateException when an object or a referenced object has no UUID
	 */
	public static DocumentState of(DocumentKind kind, EObject root) {
		Objects.requireNonNull(kind, "kind");
		Map<String, ObjectState> objects = new LinkedHashMap<>();
		Map<String, EObject> sources = new HashMap<>();
		for (EObject object : DocumentContent.objects(kind, root)) {
			String id = ObjectIds.require(object);
			sources.put(id, object);
			Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
			for (EStructuralFeature feature : DocumentContent.features(kind, object, object == root)) {
				values.put(feature, read(object, feature, sources));
			}
			boolean isRoot = object == root;
			objects.put(id, new ObjectState(id, object.eClass(),
					isRoot ? null : ObjectIds.require(object.eContainer()),
					isRoot ? null : object.eContainmentFeature(), Collections.unmodifiableMap(values)));
		}
		return new DocumentState(kind, ObjectIds.require(root), objects, sources);
	}

	@SuppressWarnings("unchecked")
	private static Object read(EObject object, EStructuralFeature feature, Map<String, EObject> sources) {
		if (feature instanceof EAttribute) {
			Object value = object.eGet(feature);
			return feature.isMany() ? List.copyOf((List<Object>) value) : value;
		}
		EReference reference = (EReference) feature;
		Object value = object.eGet(reference, false);
		if (!reference.isMany()) {
			return value == null ? (reference.isContainment() ? List.of() : null)
					: reference.isContainment() ? List.of(idOf((EObject) value, sources))
							: idOf((EObject) value, sources);
		}
		List<EObject> targets = (List<EObject>) value;
		List<String> ids = new ArrayList<>(targets.size());
		for (EObject target : targets) {
			ids.add(idOf(target, sources));
		}
		return Collections.unmodifiableList(ids);
	}

	private static String idOf(EObject target, Map<String, EObject> sources) {
		String id = ObjectIds.require(target);
		sources.putIfAbsent(id, target);
		return id;
	}

	/** @return the document's kind */
	public DocumentKind kind() {
		return kind;
	}

	/** @return the UUID of the document's root object */
	public String rootId() {
		return rootId;
	}

	/** @return the UUIDs of the document's objects, the root first, each before its contents */
	public Set<String> ids() {
		return objects.keySet();
	}

	/** @return whether the document has an object with that UUID */
	public boolean contains(String id) {
		return objects.containsKey(id);
	}

	/**
	 * @param other another state of the same document
	 * @return whether both have the same objects with the same values
	 */
	public boolean sameContent(DocumentState other) {
		if (!objects.keySet().equals(other.objects.keySet())) {
			return false;
		}
		for (ObjectState mine : objects.values()) {
			ObjectState theirs = other.objects.get(mine.id());
			if (mine.eClass() != theirs.eClass() || !Objects.equals(mine.place(), theirs.place())
					|| !sameValues(mine, theirs)) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameValues(ObjectState a, ObjectState b) {
		for (Map.Entry<EStructuralFeature, Object> entry : a.values().entrySet()) {
			if (!Values.same(entry.getValue(), b.values().get(entry.getKey()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return the objects of other documents this version refers to, by UUID, as this version saw them (proxies
	 *         where it did not resolve them)
	 */
	public Map<String, EObject> externalTargets() {
		Map<String, EObject> external = new LinkedHashMap<>();
		for (ObjectState object : objects.values()) {
			object.values().forEach((feature, value) -> {
				if (feature instanceof EReference reference && !reference.isContainment()) {
					List<?> ids = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
					for (Object id : ids) {
						if (!objects.containsKey(id)) {
							external.put((String) id, sources.get(id));
						}
					}
				}
			});
		}
		return external;
	}

	ObjectState get(String id) {
		return objects.get(id);
	}

	Map<String, ObjectState> objects() {
		return objects;
	}

	/** @return the object with that UUID as this version saw it (of the document, or referenced by it), or null */
	EObject source(String id) {
		return sources.get(id);
	}

	Map<String, EObject> sources() {
		return sources;
	}

	/** @return per object, its children in this version (all containments), in containment order */
	Map<String, List<String>> children() {
		Map<String, List<String>> children = new HashMap<>();
		for (ObjectState object : objects.values()) {
			if (object.parentId() != null) {
				children.computeIfAbsent(object.parentId(), parent -> new ArrayList<>()).add(object.id());
			}
		}
		return children;
	}

	/** @return the UUID and the UUIDs of everything contained in it, in this version */
	List<String> subtree(String id) {
		Map<String, List<String>> children = children();
		List<String> subtree = new ArrayList<>();
		collect(id, children, subtree);
		return subtree;
	}

	private static void collect(String id, Map<String, List<String>> children, List<String> into) {
		into.add(id);
		for (String child : children.getOrDefault(id, List.of())) {
			collect(child, children, into);
		}
	}
}
