// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.advocacy.core.merge.FeatureChanges;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.ui.emf.ModelTerms;
import org.advocacy.ui.emf.ValueText;

/**
 * How the History view's tree reads: a version as when, who, from which program and which fields it changed; each
 * change below it as object, field and "before → after".
 */
final class VersionLabels {

	/** Shown for a value the change log has none for (unset, or the object added or removed). */
	private static final String NOTHING = "(none)";
	private static final int FIELDS_NAMED = 4;

	private final ValueText values;

	VersionLabels(ValueText values) {
		this.values = values;
	}

	/** @return the text of a column for a version or a change */
	String column(Object element, int column) {
		if (element instanceof HistoryEntry version) {
			return switch (column) {
			case 0 -> values.of(version.changedAt());
			case 1 -> version.changedBy();
			case 2 -> version.client();
			default -> summary(version);
			};
		}
		HistoryEntry.Change change = (HistoryEntry.Change) element;
		return switch (column) {
		case 0 -> ModelTerms.type(change.objectType());
		case 1 -> field(change);
		case 2 -> "";
		default -> text(change.oldValue()) + " \u2192 " + text(change.newValue());
		};
	}

	/**
	 * @return "Deleted", or what it changed: the fields, and the objects added or removed (their own fields not
	 *         repeated), e.g. "Title, Ladder Attempt added"
	 */
	static String summary(HistoryEntry version) {
		if (version.deleted()) {
			return "Deleted";
		}
		if (version.changes().isEmpty()) {
			return version.version() == 1 ? "Created" : "No field changed";
		}
		Set<String> created = new LinkedHashSet<>();
		Set<String> fields = new LinkedHashSet<>();
		for (HistoryEntry.Change change : version.changes()) {
			if (FeatureChanges.CREATED.equals(change.feature())) {
				created.add(change.objectId());
				fields.add(change.objectId().equals(version.id().uuid()) ? "Created"
						: ModelTerms.type(change.objectType()) + " added");
			} else if (FeatureChanges.DELETED.equals(change.feature())) {
				fields.add(ModelTerms.type(change.objectType()) + " removed");
			} else if (!created.contains(change.objectId())) {
				fields.add(field(change));
			}
		}
		String named = fields.stream().limit(FIELDS_NAMED).collect(Collectors.joining(", "));
		return named + (fields.size() > FIELDS_NAMED ? " and " + (fields.size() - FIELDS_NAMED) + " more" : "");
	}

	/** @return the field's name, or "Added"/"Removed" for an object that appeared or disappeared */
	private static String field(HistoryEntry.Change change) {
		if (FeatureChanges.CREATED.equals(change.feature())) {
			return "Added";
		}
		if (FeatureChanges.DELETED.equals(change.feature())) {
			return "Removed";
		}
		return ModelTerms.feature(change.objectType(), change.feature());
	}

	private static String text(String value) {
		return value == null ? NOTHING : value.isEmpty() ? "(empty)" : value.replace('\n', ' ');
	}
}
