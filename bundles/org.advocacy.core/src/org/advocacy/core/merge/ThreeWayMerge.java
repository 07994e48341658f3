// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.Map;
import java.util.Objects;

import org.advocacy.core.repository.DocumentKind;
import org.eclipse.emf.ecore.EObject;

/**
 * Merges two edits of one document made from the same original, per object UUID and feature:
 * <ul>
 * <li>only I changed a feature → mine; only they did → theirs; both the same → that value;</li>
 * <li>both changed it differently → a {@link Conflict} with the original, their and my value, for the caller to
 * decide;</li>
 * <li>many-valued features (references, contained objects, attribute lists) merge by element: adds and removes
 * of both sides are kept, additions next to the element they followed;</li>
 * <li>an object deleted by one side and changed (or newly referred to) by the other is a conflict; deleted by one
 * side and untouched by the other, it is deleted;</li>
 * <li>an object moved by one side is moved; moved differently by both is a conflict.</li>
 * </ul>
 * Nothing is decided silently: when the original is not available (a store without that version) every
 * difference between theirs and mine is a conflict.
 */
public final class ThreeWayMerge {

	private ThreeWayMerge() {
	}

	/**
	 * @param original the version both started from, or {@code null} when it is not available
	 * @param theirs   the version stored now, or {@code null} when they deleted the document
	 * @param mine     my version, or {@code null} when I deleted the document
	 * @return the merge, with its conflicts to resolve
	 * @throws IllegalArgumentException when the versions are of different documents
	 */
	public static Merge merge(DocumentState original, DocumentState theirs, DocumentState mine) {
		DocumentState known = theirs != null ? theirs : mine != null ? mine : original;
		Objects.requireNonNull(known, "At least one version of the document is needed");
		for (DocumentState state : new DocumentState[] { original, theirs, mine }) {
			if (state != null && (state.kind() != known.kind() || !state.rootId().equals(known.rootId()))) {
				throw new IllegalArgumentException("Cannot merge versions of different documents: "
						+ known.kind() + " " + known.rootId() + " and " + state.kind() + " " + state.rootId());
			}
		}
		return new Merge(original, theirs != null ? theirs : absent(known), mine != null ? mine : absent(known));
	}

	/**
	 * Reads the three versions and merges them.
	 *
	 * @param kind     the documents' kind
	 * @param original the original's root object, or {@code null} when not available
	 * @param theirs   their root object, or {@code null} when they deleted the document
	 * @param mine     my root object, or {@code null} when I deleted it
	 * @return the merge
	 */
	public static Merge merge(DocumentKind kind, EObject original, EObject theirs, EObject mine) {
		return merge(state(kind, original), state(kind, theirs), state(kind, mine));
	}

	private static DocumentState state(DocumentKind kind, EObject root) {
		return root == null ? null : DocumentState.of(kind, root);
	}

	private static DocumentState absent(DocumentState like) {
		return new DocumentState(like.kind(), like.rootId(), Map.of(), Map.of());
	}
}
