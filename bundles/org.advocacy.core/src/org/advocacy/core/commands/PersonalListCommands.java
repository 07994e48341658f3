// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ACTION_ITEM__STATUS;
import static org.advocacy.model.AdvocacyPackage.Literals.PERSONAL_LIST_ITEM__CROSSED_OFF_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.PERSONAL_LIST_ITEM__PRIORITIZED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.PERSONAL_LIST_ITEM__PRIORITY;
import static org.advocacy.model.AdvocacyPackage.Literals.PLAN_TASK__PERCENT_COMPLETE;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.ListPriority;
import org.advocacy.model.PersonalListItem;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The gestures of a person's own list ({@link org.advocacy.core.list.PersonalLists}), each one undoable command:
 * triage an incoming item or change its priority (A, B, C, delegate, eliminate, or back to new), and cross an item
 * off because it is done. Crossing off finishes the item where it lives, so the engagement agrees with the list: an
 * action item becomes Done, a task 100% complete, a commitment Done ({@link CommitmentCommands#markDone}). A customer
 * update is crossed off by sending it, not from the list: the refusal says so.
 */
public final class PersonalListCommands {

	private PersonalListCommands() {
	}

	/**
	 * @param domain   the file's editing domain
	 * @param item     an item of someone's list
	 * @param priority the priority its owner gives it; {@link ListPriority#NEW} puts it back among the incoming
	 * @param at       when the owner prioritised it
	 * @return the command setting the priority and when it was set; unchanged when the item has that priority
	 *         already; refused for an item crossed off
	 */
	public static Edit prioritize(EditingDomain domain, PersonalListItem item, ListPriority priority, Instant at) {
		Objects.requireNonNull(priority, "priority");
		Objects.requireNonNull(at, "at");
		if (item.getCrossedOffAt() != null) {
			return Edit.refused("The item is crossed off already; undo the crossing off to prioritise it again.");
		}
		if (item.getPriority() == priority) {
			return Edit.unchanged();
		}
		String label = priority == ListPriority.NEW ? "Back to Incoming" : "Prioritise " + priority.getLiteral();
		return Edit.of(EngagementCommands.apply(domain, label,
				List.of(ModelChange.set(item, PERSONAL_LIST_ITEM__PRIORITY, priority),
						ModelChange.set(item, PERSONAL_LIST_ITEM__PRIORITIZED_AT,
								priority == ListPriority.NEW ? null : at))));
	}

	/**
	 * @param domain the file's editing domain
	 * @param item   an item still owed
	 * @param at     when it was done
	 * @return the command crossing it off and finishing it where it lives; refused for an item crossed off already
	 *         and for a customer update (sending it crosses it off)
	 */
	public static Edit crossOff(EditingDomain domain, PersonalListItem item, Instant at) {
		Objects.requireNonNull(at, "at");
		if (item.getCrossedOffAt() != null) {
			return Edit.refused("The item was crossed off already.");
		}
		return switch (item) {
		case RootCauseCommitment commitment -> CommitmentCommands.markDone(domain, commitment, at);
		case CustomerCommunication update -> Edit.refused("A customer update is crossed off when it is sent: send "
				+ "or discard it on the engagement's Communications page.");
		case ActionItem action -> crossOff(domain, action, at, ModelChange.set(action, ACTION_ITEM__STATUS,
				ActionStatus.DONE));
		case PlanTask task -> crossOff(domain, task, at, ModelChange.set(task, PLAN_TASK__PERCENT_COMPLETE, 100));
		default -> Edit.refused("This kind of item cannot be crossed off the list.");
		};
	}

	private static Edit crossOff(EditingDomain domain, PersonalListItem item, Instant at, ModelChange finish) {
		return Edit.of(EngagementCommands.apply(domain, "Cross Off",
				List.of(finish, ModelChange.set(item, PERSONAL_LIST_ITEM__CROSSED_OFF_AT, at))));
	}
}
