// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.util.List;

import org.advocacy.core.repository.HistoryEntry.Change;

/** The feature changes of a save as the JSON array the server's save path takes. */
public final class ChangeLogEntries {

	private ChangeLogEntries() {
	}

	/**
	 * @param changes the changes of a save (see {@code org.advocacy.core.merge.FeatureChanges})
	 * @return them as a JSON array of objects with the change log's column names
	 */
	public static String toJson(List<Change> changes) {
		return Json.array(changes.stream().map(change -> Json.object().put("object_id", change.objectId())
				.put("object_type", change.objectType()).put("feature", change.feature())
				.put("old_value", change.oldValue()).put("new_value", change.newValue())).toList());
	}
}
