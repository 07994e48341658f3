// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.merge;

import java.util.Collection;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.Conflict;
import org.advocacy.ui.emf.ModelTerms;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * How a conflict reads for a user: the object by its type and name as the item providers label it ("Plan Task
 * 'Migrate data'"), the field by its display name ("Start"), and each version's value as the Properties view shows
 * it (dates in the user's locale, references by name, lists joined), or what a version did to the object (deleted
 * it, kept it with changes, moved it).
 */
final class ConflictText {

	private final AdapterFactory adapterFactory;
	private final ValueText values;

	/**
	 * @param adapterFactory item providers, for labels and field names
	 * @param values         how values read
	 */
	ConflictText(AdapterFactory adapterFactory, ValueText values) {
		this.adapterFactory = adapterFactory;
		this.values = values;
	}

	/** @return the object in conflict: its type and, where it has one, its name */
	String object(Conflict conflict) {
		return labelled(conflict.object());
	}

	private String labelled(EObject object) {
		String type = typeName(object);
		String name = values.of(object);
		return name.isBlank() || name.equals(type) ? type : type + " \u2018" + name + "\u2019";
	}

	private static String typeName(EObject object) {
		return ModelTerms.type(object.eClass().getName());
	}

	/** @return the field in conflict, or for a deletion or move what happened to the object */
	String field(Conflict conflict) {
		return switch (conflict.kind()) {
		case CHANGED_DIFFERENTLY -> fieldName(conflict.object(), conflict.feature());
		case MOVED_DIFFERENTLY -> "Place";
		case DELETED_BY_THEM -> "Deleted by them";
		case DELETED_BY_ME -> "Deleted by you";
		};
	}

	private String fieldName(EObject object, EStructuralFeature feature) {
		Object source = adapterFactory.adapt(object, IItemPropertySource.class);
		if (source instanceof IItemPropertySource properties) {
			IItemPropertyDescriptor descriptor = properties.getPropertyDescriptor(object, feature);
			if (descriptor != null) {
				return descriptor.getDisplayName(object);
			}
		}
		return ModelTerms.words(feature.getName());
	}

	/**
	 * @param conflict a conflict
	 * @param version  which version's value
	 * @return that version's value, or what that version did to the object
	 */
	String value(Conflict conflict, Choice version) {
		Object value = switch (version) {
		case ORIGINAL -> conflict.original();
		case THEIRS -> conflict.theirs();
		case MINE -> conflict.mine();
		};
		return switch (conflict.kind()) {
		case CHANGED_DIFFERENTLY -> plain(value);
		case MOVED_DIFFERENTLY -> value instanceof EObject container ? "In " + labelled(container) : "(unknown)";
		case DELETED_BY_THEM, DELETED_BY_ME -> fate(conflict, version);
		};
	}

	private String plain(Object value) {
		if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
			return "(none)";
		}
		if (value instanceof EObject object && values.of(object).isBlank()) {
			return labelled(object); // e.g. a situation summary, which has no name of its own
		}
		String text = values.of(value);
		return text.isEmpty() ? "(empty)" : text;
	}

	private static String fate(Conflict conflict, Choice version) {
		if (version == Choice.ORIGINAL) {
			return conflict.original() == null ? "(not available)" : "As it was before both changes";
		}
		boolean deletedByThisSide = version == Choice.THEIRS ? conflict.kind() == Conflict.Kind.DELETED_BY_THEM
				: conflict.kind() == Conflict.Kind.DELETED_BY_ME;
		if (deletedByThisSide) {
			return "Deleted";
		}
		return version == Choice.THEIRS ? "Kept, with their changes" : "Kept, with your changes";
	}

	/** @return what was decided for a conflict, for the table's last column */
	String decision(Object decision) {
		if (decision == null) {
			return "Not decided";
		}
		if (decision instanceof Choice choice) {
			return choiceName(choice);
		}
		return "Typed: " + decision;
	}

	/** @return the name of a version as the dialog shows it */
	static String choiceName(Choice choice) {
		return switch (choice) {
		case ORIGINAL -> "Original";
		case THEIRS -> "Theirs";
		case MINE -> "Mine";
		};
	}
}
