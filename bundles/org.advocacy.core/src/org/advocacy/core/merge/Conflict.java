// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.util.List;
import java.util.Objects;

import org.advocacy.core.validation.Names;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something both sides changed differently, which a three-way merge does not decide: the caller shows the three
 * values and the user picks one ({@link Merge#resolve(Conflict, Choice)}) or types another
 * ({@link Merge#resolve(Conflict, Object)}).
 * <p>
 * Values are as each version has them: attribute values, referenced objects (of that version, or of other
 * documents), lists of those for many-valued features, or for deletions the object itself; {@code null} when
 * unset or, for deletions, on the side that deleted it.
 *
 * @param objectId the UUID of the object in conflict
 * @param object   the object in conflict as one of the versions has it (mine where I have it), for its name
 * @param feature  the feature in conflict; for deletions and moves, the containment that held the object
 * @param kind     what kind of disagreement
 * @param original the value before either change (the object itself for a deletion conflict)
 * @param theirs   their value ({@code null} where they deleted the object)
 * @param mine     my value ({@code null} where I deleted the object)
 */
public record Conflict(String objectId, EObject object, EStructuralFeature feature, Kind kind, Object original,
		Object theirs, Object mine) {

	/** What kind of disagreement. */
	public enum Kind {
		/** Both changed the same feature of the same object to different values. */
		CHANGED_DIFFERENTLY,
		/** Both moved the same object, to different places ({@link #feature()} is the containment it left). */
		MOVED_DIFFERENTLY,
		/** I changed (or referred to) the object or something inside it; they deleted it. */
		DELETED_BY_THEM,
		/** They changed the object or something inside it; I deleted it. */
		DELETED_BY_ME
	}

	/** Requires the object and its UUID. */
	public Conflict {
		Objects.requireNonNull(objectId, "objectId");
		Objects.requireNonNull(object, "object");
	}

	/** @return the object's class */
	public EClass objectClass() {
		return object.eClass();
	}

	/** @return one line a support manager understands: what, which field, and the three values */
	public String describe() {
		String what = Names.of(object);
		return switch (kind) {
		case CHANGED_DIFFERENTLY -> what + ": " + feature.getName() + " was changed to " + text(theirs)
				+ " by them and to " + text(mine) + " by you (originally " + text(original) + ")";
		case MOVED_DIFFERENTLY -> what + " was moved to " + text(theirs) + " by them and to " + text(mine) + " by you";
		case DELETED_BY_THEM -> what + " was deleted by them but changed by you";
		case DELETED_BY_ME -> what + " was deleted by you but changed by them";
		};
	}

	private static String text(Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof EObject eObject) {
			return Names.of(eObject);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Conflict::text).toList().toString();
		}
		return "'" + value + "'";
	}

	@Override
	public String toString() {
		return describe();
	}
}
