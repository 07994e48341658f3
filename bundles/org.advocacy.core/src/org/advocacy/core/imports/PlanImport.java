// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.List;

import org.advocacy.model.GetWellPlan;

/**
 * A get-well plan read from a project file, not yet attached to any engagement, and what of the file could not be
 * carried over, in words the plan's owner can check against the original.
 *
 * @param plan      the new plan
 * @param notMapped one sentence per thing left out or changed, e.g. an unknown resource or a flattened sub-phase
 */
public record PlanImport(GetWellPlan plan, List<String> notMapped) {

	/** Copies the list so the record stays unchanged. */
	public PlanImport {
		notMapped = List.copyOf(notMapped);
	}
}
