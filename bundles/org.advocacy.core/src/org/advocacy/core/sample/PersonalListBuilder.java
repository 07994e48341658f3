// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.ListPriority;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.PersonalListItem;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCauseCommitment;

/**
 * Fills the people's own lists: on the standard engagements, open action items carry the priority their owner
 * gave them (some still new, waiting to be triaged), tasks under way or starting soon are A or B, drafts waiting to
 * be sent are A, and what is done was crossed off; root-cause commitments in progress are B for their accountable
 * manager.
 */
final class PersonalListBuilder {

	private static final ListPriority[] TRIAGE = { ListPriority.NEW, ListPriority.A, ListPriority.B, ListPriority.C,
			ListPriority.DELEGATE };
	private static final int[] TRIAGE_WEIGHTS = { 3, 3, 3, 2, 1 };
	private static final int SOON_DAYS = 5;

	private final SampleContext context;
	private final LocalDate today;

	PersonalListBuilder(SampleContext context) {
		this.context = context;
		this.today = LocalDate.ofInstant(context.now, ZoneOffset.UTC);
	}

	void build(AdvocacyRepository repository, List<Engagement> standard) {
		for (Engagement engagement : standard) {
			if (engagement.getSituationSummary() != null) {
				engagement.getSituationSummary().getActionItems().forEach(this::actionItem);
			}
			if (engagement.getGetWellPlan() != null) {
				for (PhaseOfValue phase : engagement.getGetWellPlan().getPhases()) {
					phase.getTasks().forEach(this::task);
				}
			}
			for (CustomerCommunication communication : engagement.getCommunications()) {
				if (communication.getState() == CommunicationState.DRAFT
						|| communication.getState() == CommunicationState.ON_HOLD) {
					prioritize(communication, ListPriority.A, communication.getCreatedAt());
				}
			}
		}
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				if (commitment.getStatus() == CommitmentStatus.IN_PROGRESS) {
					prioritize(commitment, ListPriority.B, review.getHeldOn().plus(Duration.ofDays(1)));
				}
			}
		}
	}

	private void actionItem(ActionItem item) {
		if (item.getStatus() == ActionStatus.DONE || item.getStatus() == ActionStatus.CANCELLED) {
			item.setPriority(ListPriority.A);
			item.setCrossedOffAt(endOfDay(item.getDue()));
			return;
		}
		ListPriority priority = TRIAGE[context.weighted(TRIAGE_WEIGHTS)];
		if (priority != ListPriority.NEW) {
			prioritize(item, priority, context.now.minus(Duration.ofHours(context.between(2, 60))));
		}
	}

	private void task(PlanTask task) {
		if (task.getPercentComplete() >= 100) {
			task.setCrossedOffAt(endOfDay(task.getFinish()));
		} else if (task.getPercentComplete() > 0) {
			prioritize(task, ListPriority.A, context.now.minus(Duration.ofHours(context.between(2, 30))));
		} else if (task.getStart() != null && !task.getStart().isAfter(today.plusDays(SOON_DAYS))) {
			prioritize(task, ListPriority.B, context.now.minus(Duration.ofHours(context.between(2, 30))));
		}
	}

	private static void prioritize(PersonalListItem item, ListPriority priority, Instant at) {
		item.setPriority(priority);
		item.setPrioritizedAt(SampleContext.minute(at));
	}

	/** @return 17:00 UTC on the day, or now when that is still to come */
	private Instant endOfDay(LocalDate day) {
		if (day == null) {
			return context.now;
		}
		Instant evening = day.atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC);
		return evening.isAfter(context.now) ? context.now : evening;
	}
}
