// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.util.List;

import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.Urgency;

/**
 * A customer segment to create: what level of advocate it gets, how advocacy is offered to it, and its service
 * targets per urgency.
 *
 * @param name         the segment's name, such as "Strategic accounts"
 * @param description  what sets it apart, may be empty
 * @param level        the advocate it is entitled to
 * @param offering     whether every customer may ask for an advocate or only a situation that warrants it
 * @param drivers      what puts a customer in it (revenue, name recognition, breadth of products, profitability)
 * @param whoMayEngage who may engage an advocate for its customers
 * @param targets      at most one target per urgency
 */
public record SegmentTemplate(String name, String description, AdvocacyLevel level, AdvocacyOffering offering,
		String drivers, String whoMayEngage, List<TargetTemplate> targets) {

	/** @throws IllegalArgumentException when the name is blank, the level or offering missing or an urgency twice */
	public SegmentTemplate {
		name = Texts.required(name, "a customer segment needs a name");
		if (level == null || offering == null) {
			throw new IllegalArgumentException("the segment " + name + " needs an advocacy level and an offering");
		}
		description = Texts.optional(description);
		drivers = Texts.optional(drivers);
		whoMayEngage = Texts.optional(whoMayEngage);
		targets = List.copyOf(targets);
		if (targets.stream().map(TargetTemplate::urgency).distinct().count() < targets.size()) {
			throw new IllegalArgumentException("the segment " + name + " has two service targets for one urgency");
		}
	}

	/**
	 * @param urgency an urgency
	 * @return the segment's target for it, or {@code null}
	 */
	public TargetTemplate target(Urgency urgency) {
		return targets.stream().filter(target -> target.urgency() == urgency).findFirst().orElse(null);
	}
}
