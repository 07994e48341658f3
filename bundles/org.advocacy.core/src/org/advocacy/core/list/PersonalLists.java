// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.advocacy.core.commands.CommitmentCommands;
import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.Engagements;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.PersonalListItem;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EObject;

/**
 * Computes a person's own list from the model: the plan tasks and action items they own on open engagements, the
 * root-cause commitments they are accountable for, the customer updates they drafted and have not sent (the
 * engagement's advocate owes a draft nobody signed), and the customer updates due by the end of tomorrow on the
 * engagements they advocate. Items finished without being crossed off (an action item marked done elsewhere, a task
 * at 100%, an update sent) are not owed any more and leave the list; items crossed off in the last
 * {@link #CROSSED_OFF_DAYS} days stay on it, crossed off. A pure function of the model, the instant and the time
 * zone passed in; stateless and thread-safe provided the model is not changed during a call.
 */
public final class PersonalLists {

	/** How many days crossed-off items stay visible on the list. */
	public static final int CROSSED_OFF_DAYS = 7;

	private static final Comparator<OwedItem> SOONEST_DUE_FIRST = Comparator
			.comparing(OwedItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(OwedItem::engagementKey).thenComparing(OwedItem::title);

	private PersonalLists() {
	}

	/**
	 * @param repository the repository, with every engagement and review loaded
	 * @param person     whose list to compute
	 * @param now        the instant to compute it for
	 * @param zone       the time zone in which "today" and "tomorrow" are counted
	 * @return the person's list
	 * @throws IllegalArgumentException if a business calendar the update cadence runs on has no time zone or no
	 *                                  working weekday
	 */
	public static PersonalList of(AdvocacyRepository repository, Person person, Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant since = today.minusDays(CROSSED_OFF_DAYS - 1L).atStartOfDay(zone).toInstant();
		List<OwedItem> items = new ArrayList<>();
		List<Engagement> advocated = new ArrayList<>();
		Set<Engagement> drafted = new HashSet<>();
		for (Engagement engagement : repository.getEngagements()) {
			if (Engagements.isClosed(engagement)) {
				continue;
			}
			if (engagement.getAdvocate() == person) {
				advocated.add(engagement);
			}
			if (engagement.getSituationSummary() != null) {
				for (ActionItem action : engagement.getSituationSummary().getActionItems()) {
					if (action.getOwner() == person && listed(action, isFinished(action), since)) {
						items.add(new OwedItem(action, OwedKind.ACTION_ITEM, engagement, action.getDescription(),
								action.getDue()));
					}
				}
			}
			if (engagement.getGetWellPlan() != null) {
				for (PhaseOfValue phase : engagement.getGetWellPlan().getPhases()) {
					for (PlanTask task : phase.getTasks()) {
						if (task.getOwner() == person && listed(task, task.getPercentComplete() >= 100, since)) {
							items.add(new OwedItem(task, OwedKind.TASK, engagement, task.getName(),
									task.getCommitmentDate() != null ? task.getCommitmentDate() : task.getFinish()));
						}
					}
				}
			}
			for (CustomerCommunication update : engagement.getCommunications()) {
				Person owner = update.getAuthor() != null ? update.getAuthor() : engagement.getAdvocate();
				if (owner == person && listed(update, !isUnsent(update), since)) {
					items.add(new OwedItem(update, OwedKind.UPDATE, engagement, updateTitle(update),
							update.getHoldUntil() == null ? null : LocalDate.ofInstant(update.getHoldUntil(), zone)));
					drafted.add(engagement);
				}
			}
		}
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				if (commitment.getAccountableManager() == person
						&& listed(commitment, CommitmentCommands.isClosed(commitment), since)) {
					items.add(new OwedItem(commitment, OwedKind.COMMITMENT, engagementOf(commitment),
							commitment.getCommitment(), commitment.getPromisedUpdateOn()));
				}
			}
		}
		items.sort(SOONEST_DUE_FIRST);
		return new PersonalList(person, today, items, updatesDue(advocated, drafted, now, zone, today));
	}

	/** @return whether an update is still to be sent: a draft, or one held back */
	static boolean isUnsent(CustomerCommunication update) {
		return update.getState() == CommunicationState.DRAFT || update.getState() == CommunicationState.ON_HOLD;
	}

	private static boolean isFinished(ActionItem action) {
		return action.getStatus() == ActionStatus.DONE || action.getStatus() == ActionStatus.CANCELLED;
	}

	/** @return whether the item belongs on the list: owed, or crossed off since {@code since} */
	private static boolean listed(PersonalListItem item, boolean finished, Instant since) {
		Instant crossedOff = item.getCrossedOffAt();
		return crossedOff == null ? !finished : !crossedOff.isBefore(since);
	}

	private static List<UpdateStatus> updatesDue(List<Engagement> advocated, Set<Engagement> drafted, Instant now,
			ZoneId zone, LocalDate today) {
		Instant endOfTomorrow = today.plusDays(2).atStartOfDay(zone).toInstant();
		List<Engagement> undrafted = advocated.stream().filter(engagement -> !drafted.contains(engagement)).toList();
		return new CustomerUpdates().openEngagements(undrafted, now).stream()
				.filter(status -> status.nextDueAt() != null && status.nextDueAt().isBefore(endOfTomorrow)).toList();
	}

	private static String updateTitle(CustomerCommunication update) {
		String subject = update.getSubject() == null || update.getSubject().isBlank() ? "Customer update"
				: update.getSubject();
		return (update.getState() == CommunicationState.ON_HOLD ? "Revise and send (held): " : "Send: ") + subject;
	}

	/** @return the engagement of the commitment's first root cause that is on one, or {@code null} */
	private static Engagement engagementOf(RootCauseCommitment commitment) {
		for (RootCause cause : commitment.getRootCauses()) {
			for (EObject container = cause.eContainer(); container != null; container = container.eContainer()) {
				if (container instanceof Engagement engagement) {
					return engagement;
				}
			}
		}
		return null;
	}
}
