// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.core.repository.ObjectIds;
import org.advocacy.core.merge.ObjectState.Place;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The result of a {@link ThreeWayMerge}: what merged by itself, the {@link Conflict}s left for the caller, and
 * once each is resolved the merged document ({@link #result()}), which a caller applies to its own copy as one
 * undoable command ({@link #command}) or to any copy directly ({@link #applyTo}). Not thread-safe.
 */
public final class Merge {

	private final DocumentState original;
	private final DocumentState theirs;
	private final DocumentState mine;
	/** The merged objects before conflicts are resolved, in the order met. */
	private final Map<String, ObjectState> decided = new LinkedHashMap<>();
	private final List<Conflict> conflicts = new ArrayList<>();
	private final Map<Conflict, Resolver> resolvers = new HashMap<>();
	private final Map<Conflict, Object> resolutions = new HashMap<>();
	/** Objects the user chose as typed values, for the merged document to refer to. */
	private final Map<String, EObject> typedTargets = new HashMap<>();

	/** How a conflict's resolution changes the merged objects. */
	private interface Resolver {
		void apply(Map<String, ObjectState> merged, Object resolution);
	}

	/** A value the user typed instead of choosing a version. */
	private record Typed(Object value) {
	}

	Merge(DocumentState original, DocumentState theirs, DocumentState mine) {
		this.original = original;
		this.theirs = theirs;
		this.mine = mine;
		Touches touchedByThem = new Touches(original, theirs);
		Touches touchedByMe = new Touches(original, mine);
		Set<String> ids = new LinkedHashSet<>(theirs.ids());
		ids.addAll(mine.ids());
		if (original != null) {
			ids.addAll(original.ids());
		}
		for (String id : ids) {
			ObjectState was = original == null ? null : original.get(id);
			ObjectState their = theirs.get(id);
			ObjectState my = mine.get(id);
			if (their != null && my != null) {
				decided.put(id, mergeObject(was, their, my));
			} else if (their != null) {
				onlyOneSideHas(id, was, their, mine, touchedByThem, Conflict.Kind.DELETED_BY_ME);
			} else if (my != null) {
				onlyOneSideHas(id, was, my, theirs, touchedByMe, Conflict.Kind.DELETED_BY_THEM);
			}
		}
		findSlotConflicts();
	}

	/**
	 * One side has the object, the other does not: added by the first side, or deleted by the other — a conflict when
	 * the first side touched it (only reported for the outermost deleted object; what it contains follows it).
	 */
	private void onlyOneSideHas(String id, ObjectState was, ObjectState kept, DocumentState other, Touches touched,
			Conflict.Kind deletion) {
		boolean added = original != null && was == null;
		if (added) {
			decided.put(id, kept);
			return;
		}
		boolean outermost = kept.parentId() == null || other.contains(kept.parentId());
		if (outermost && (original == null || touched.contains(id))) {
			DocumentState keeper = deletion == Conflict.Kind.DELETED_BY_ME ? theirs : mine;
			EObject object = keeper.source(id);
			Object before = was == null ? null : original.source(id);
			Conflict conflict = deletion == Conflict.Kind.DELETED_BY_ME
					? new Conflict(id, object, kept.containment(), deletion, before, object, null)
					: new Conflict(id, object, kept.containment(), deletion, before, null, object);
			add(conflict, (merged, resolution) -> {
				DocumentState restored = resolution == Choice.ORIGINAL ? original
						: resolution == Choice.THEIRS ? theirs : mine;
				for (String member : restored.contains(id) ? restored.subtree(id) : List.<String>of()) {
					merged.putIfAbsent(member, restored.get(member));
				}
			});
		}
	}

	private ObjectState mergeObject(ObjectState was, ObjectState their, ObjectState my) {
		String id = their.id();
		Object place = decide(was == null ? Values.ABSENT : was.place(), their.place(), my.place());
		ObjectState merged = their;
		if (place == CONFLICT) {
			add(new Conflict(id, mine.source(id), their.containment(), Conflict.Kind.MOVED_DIFFERENTLY,
					was == null ? null : container(original, was), container(theirs, their), container(mine, my)),
					(objects, resolution) -> {
						ObjectState chosen = resolution == Choice.ORIGINAL && was != null ? was
								: resolution == Choice.MINE ? my : their;
						objects.computeIfPresent(id, (key, state) -> state.placedAt((Place) chosen.place()));
					});
		} else if (!Objects.equals(place, their.place())) {
			merged = their.placedAt((Place) place);
		}
		Map<EStructuralFeature, Object> values = new LinkedHashMap<>(merged.values());
		for (Map.Entry<EStructuralFeature, Object> entry : their.values().entrySet()) {
			EStructuralFeature feature = entry.getKey();
			if (feature instanceof EReference reference && reference.isContainment()) {
				continue; // from the children's places, see result()
			}
			Object before = was == null ? Values.ABSENT : was.values().get(feature);
			Object theirValue = entry.getValue();
			Object myValue = my.values().get(feature);
			if (feature.isMany()) {
				values.put(feature, Collections.unmodifiableList(
						ListMerge.merge(original == null ? Values.ABSENT : before, (List<?>) theirValue,
								(List<?>) myValue)));
				continue;
			}
			Object value = decide(before, theirValue, myValue);
			if (value == CONFLICT) {
				add(new Conflict(id, mine.source(id), feature, Conflict.Kind.CHANGED_DIFFERENTLY,
						before == Values.ABSENT ? null : shown(original, feature, before), shown(theirs, feature, theirValue),
						shown(mine, feature, myValue)), valueResolver(id, feature, before, theirValue, myValue));
			} else {
				values.put(feature, value);
			}
		}
		return new ObjectState(id, merged.eClass(), merged.parentId(), merged.containment(),
				Collections.unmodifiableMap(values));
	}

	private Resolver valueResolver(String id, EStructuralFeature feature, Object before, Object theirValue,
			Object myValue) {
		return (objects, resolution) -> {
			Object value;
			if (resolution instanceof Typed typed) {
				value = portable(feature, typed.value());
			} else {
				value = resolution == Choice.ORIGINAL ? (before == Values.ABSENT ? null : before)
						: resolution == Choice.THEIRS ? theirValue : myValue;
			}
			objects.computeIfPresent(id, (key, state) -> {
				Map<EStructuralFeature, Object> values = new LinkedHashMap<>(state.values());
				values.put(feature, value);
				return new ObjectState(id, state.eClass(), state.parentId(), state.containment(),
						Collections.unmodifiableMap(values));
			});
		};
	}

	/** Two objects for one single-valued containment (e.g. both wrote a situation summary): the user picks one. */
	private void findSlotConflicts() {
		Map<Place, List<String>> byPlace = new LinkedHashMap<>();
		for (ObjectState state : decided.values()) {
			if (state.parentId() != null && !state.containment().isMany()) {
				byPlace.computeIfAbsent((Place) state.place(), place -> new ArrayList<>()).add(state.id());
			}
		}
		byPlace.forEach((place, candidates) -> {
			if (candidates.size() < 2) {
				return;
			}
			String parent = place.parentId();
			EReference slot = place.containment();
			String theirChild = first(theirs, parent, slot);
			String myChild = first(mine, parent, slot);
			String originalChild = original == null ? null : first(original, parent, slot);
			EObject owner = mine.source(parent) != null ? mine.source(parent) : theirs.source(parent);
			add(new Conflict(parent, owner, slot, Conflict.Kind.CHANGED_DIFFERENTLY,
					originalChild == null ? null : original.source(originalChild),
					theirChild == null ? null : theirs.source(theirChild), myChild == null ? null : mine.source(myChild)),
					(objects, resolution) -> {
						String kept = resolution == Choice.MINE ? myChild
								: resolution == Choice.THEIRS ? theirChild : originalChild;
						for (String candidate : candidates) {
							if (!candidate.equals(kept)) {
								objects.remove(candidate);
							}
						}
					});
		});
	}

	private static String first(DocumentState state, String parent, EReference slot) {
		ObjectState owner = state.get(parent);
		if (owner == null) {
			return null;
		}
		List<?> children = (List<?>) owner.values().get(slot);
		return children == null || children.isEmpty() ? null : (String) children.get(0);
	}

	private static final Object CONFLICT = new Object();

	/** @return the merged value, or {@link #CONFLICT} */
	private Object decide(Object before, Object theirValue, Object myValue) {
		if (Values.same(theirValue, myValue)) {
			return theirValue;
		}
		if (original != null && before != Values.ABSENT) {
			if (Values.same(before, theirValue)) {
				return myValue;
			}
			if (Values.same(before, myValue)) {
				return theirValue;
			}
		}
		return CONFLICT;
	}

	private void add(Conflict conflict, Resolver resolver) {
		conflicts.add(conflict);
		resolvers.put(conflict, resolver);
	}

	/** @return the conflicts to resolve, in document order */
	public List<Conflict> conflicts() {
		return Collections.unmodifiableList(conflicts);
	}

	/** @return whether anything was left for the caller to decide */
	public boolean hasConflicts() {
		return !conflicts.isEmpty();
	}

	/** @return whether every conflict is resolved */
	public boolean isResolved() {
		return resolutions.keySet().containsAll(conflicts);
	}

	/**
	 * @param conflict a conflict of this merge
	 * @param choice   which version to keep
	 */
	public void resolve(Conflict conflict, Choice choice) {
		requireOwn(conflict);
		resolutions.put(conflict, Objects.requireNonNull(choice, "choice"));
	}

	/**
	 * Keeps a value the user typed instead of one of the versions.
	 *
	 * @param conflict a conflict of this merge where a feature was changed differently
	 * @param value    the value: of the feature's type, or for a reference an object with a UUID ({@code null}
	 *                 clears it); for a many-valued feature a list of such
	 * @throws IllegalArgumentException for conflicts that are not about a value, or a value of the wrong type
	 */
	public void resolve(Conflict conflict, Object value) {
		requireOwn(conflict);
		if (conflict.kind() != Conflict.Kind.CHANGED_DIFFERENTLY
				|| conflict.feature() instanceof EReference reference && reference.isContainment()) {
			throw new IllegalArgumentException("Only a changed value can be replaced by another value; choose "
					+ "original, theirs or mine for: " + conflict.describe());
		}
		portable(conflict.feature(), value);
		List<?> objects = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		for (Object object : objects) {
			if (object instanceof EObject target) {
				typedTargets.put(ObjectIds.require(target), target);
			}
		}
		resolutions.put(conflict, new Typed(value));
	}

	/** Resolves every conflict not resolved yet the same way, e.g. to keep all of mine. */
	public void resolveAll(Choice choice) {
		for (Conflict conflict : conflicts) {
			resolutions.putIfAbsent(conflict, choice);
		}
	}

	/** @return the choice, or the typed value, of a resolved conflict; {@code null} when not resolved */
	public Object resolution(Conflict conflict) {
		Object resolution = resolutions.get(conflict);
		return resolution instanceof Typed typed ? typed.value() : resolution;
	}

	private void requireOwn(Conflict conflict) {
		if (!resolvers.containsKey(conflict)) {
			throw new IllegalArgumentException("Not a conflict of this merge: " + conflict);
		}
	}

	/**
	 * @return the merged document
	 * @throws IllegalStateException naming the conflicts that are not resolved yet
	 */
	public DocumentState result() {
		if (!isResolved()) {
			throw new IllegalStateException("Decide these first: " + conflicts.stream()
					.filter(conflict -> !resolutions.containsKey(conflict)).map(Conflict::describe)
					.collect(Collectors.joining("; ")));
		}
		Map<String, ObjectState> merged = new LinkedHashMap<>(decided);
		for (Conflict conflict : conflicts) {
			resolvers.get(conflict).apply(merged, resolutions.get(conflict));
		}
		return assemble(merged);
	}

	/** @return whether the merged document no longer exists (deleted, and the deletion kept) */
	public boolean deletesDocument() {
		return !result().contains(theirs.rootId());
	}

	/** @return whether the merged document differs from theirs, i.e. it must be saved */
	public boolean changesTheirs() {
		return !result().sameContent(theirs);
	}

	/** @return whether the merged document differs from mine, i.e. my copy must take over their changes */
	public boolean changesMine() {
		return !result().sameContent(mine);
	}

	/**
	 * @param domain the editing domain of my copy
	 * @param root   my copy of the document's root object
	 * @return one undoable command that makes my copy the merged document
	 */
	public Command command(EditingDomain domain, EObject root) {
		return DocumentPatch.between(root, result()).command(domain, "Merge Changes");
	}

	/** Makes a copy of the document (e.g. theirs, before saving it) the merged document, without commands. */
	public void applyTo(EObject root) {
		DocumentPatch.between(root, result()).apply();
	}

	/**
	 * Drops objects whose container did not survive, references to objects of the document that did not survive,
	 * and derives each containment's children from the objects placed in it, in the merged order.
	 */
	private DocumentState assemble(Map<String, ObjectState> merged) {
		boolean removed;
		do {
			removed = merged.values().removeIf(state -> state.parentId() != null && !merged.containsKey(state.parentId()));
		} while (removed);
		Set<String> documentIds = new HashSet<>(theirs.ids());
		documentIds.addAll(mine.ids());
		if (original != null) {
			documentIds.addAll(original.ids());
		}
		Map<Place, List<String>> children = new HashMap<>();
		for (ObjectState state : merged.values()) {
			if (state.parentId() != null) {
				children.computeIfAbsent((Place) state.place(), place -> new ArrayList<>()).add(state.id());
			}
		}
		Map<String, ObjectState> assembled = new LinkedHashMap<>();
		for (ObjectState state : merged.values()) {
			Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
			state.values().forEach((feature, value) -> {
				if (feature instanceof EReference reference && reference.isContainment()) {
					List<String> members = children.getOrDefault(new Place(state.id(), reference), List.of());
					values.put(feature, Collections.unmodifiableList(ListMerge.order(children(original, state.id(), reference),
							children(theirs, state.id(), reference), children(mine, state.id(), reference), members)));
				} else if (feature instanceof EReference) {
					values.put(feature, withoutRemoved(value, documentIds, merged));
				} else {
					values.put(feature, value);
				}
			});
			assembled.put(state.id(), new ObjectState(state.id(), state.eClass(), state.parentId(),
					state.containment(), Collections.unmodifiableMap(values)));
		}
		Map<String, EObject> sources = new HashMap<>();
		if (original != null) {
			sources.putAll(original.sources());
		}
		sources.putAll(theirs.sources());
		sources.putAll(mine.sources());
		sources.putAll(typedTargets);
		return new DocumentState(theirs.kind(), theirs.rootId(), inTreeOrder(assembled), sources);
	}

	private static Object withoutRemoved(Object value, Set<String> documentIds, Map<String, ObjectState> merged) {
		if (value instanceof List<?> list) {
			return list.stream().filter(id -> !documentIds.contains(id) || merged.containsKey(id))
					.collect(Collectors.toUnmodifiableList());
		}
		return value != null && documentIds.contains(value) && !merged.containsKey(value) ? null : value;
	}

	private static List<String> children(DocumentState state, String id, EReference reference) {
		if (state == null || state.get(id) == null) {
			return null;
		}
		@SuppressWarnings("unchecked")
		List<String> children = (List<String>) state.get(id).values().get(reference);
		return children == null ? List.of() : children;
	}

	/** @return the objects root first, each followed by its contents in containment order */
	private Map<String, ObjectState> inTreeOrder(Map<String, ObjectState> objects) {
		Map<String, ObjectState> ordered = new LinkedHashMap<>();
		ObjectState root = objects.get(theirs.rootId());
		if (root != null) {
			visit(root, objects, ordered);
		}
		return ordered;
	}

	private static void visit(ObjectState state, Map<String, ObjectState> objects, Map<String, ObjectState> ordered) {
		ordered.put(state.id(), state);
		state.values().forEach((feature, value) -> {
			if (feature instanceof EReference reference && reference.isContainment()) {
				for (Object child : (List<?>) value) {
					ObjectState childState = objects.get(child);
					if (childState != null) {
						visit(childState, objects, ordered);
					}
				}
			}
		});
	}

	/** @return the container of an object in a version, for showing a move */
	private static EObject container(DocumentState state, ObjectState object) {
		return object.parentId() == null ? null : state.source(object.parentId());
	}

	/** @return a kept value as the version has it: attribute values as they are, references as objects */
	private static Object shown(DocumentState state, EStructuralFeature feature, Object value) {
		if (!(feature instanceof EReference) || value == null) {
			return value;
		}
		if (value instanceof List<?> ids) {
			return ids.stream().map(id -> state.source((String) id)).toList();
		}
		return state.source((String) value);
	}

	/** @return a value typed by the user as a kept value, checking its type */
	private static Object portable(EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			if (!(value instanceof List<?> list)) {
				throw new IllegalArgumentException(feature.getName() + " takes a list of values");
			}
			return list.stream().map(element -> single(feature, element)).toList();
		}
		return value == null ? null : single(feature, value);
	}

	private static Object single(EStructuralFeature feature, Object value) {
		if (feature instanceof EReference) {
			if (!(value instanceof EObject object) || !feature.getEType().isInstance(object)) {
				throw new IllegalArgumentException(feature.getName() + " refers to a "
						+ feature.getEType().getName() + ", not to " + value);
			}
			return ObjectIds.require(object);
		}
		if (!feature.getEType().isInstance(value)) {
			throw new IllegalArgumentException(feature.getName() + " takes a " + feature.getEType().getName()
					+ ", not '" + value + "'");
		}
		return value;
	}
}
