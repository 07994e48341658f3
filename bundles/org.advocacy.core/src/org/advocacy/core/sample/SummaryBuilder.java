// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AreaKind;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Person;
import org.advocacy.model.Recommendation;
import org.advocacy.model.RootCause;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;

/**
 * Builds the situation summary of an engagement: executive summary, a chronology in time order with its
 * evidence, root causes with their owning areas, contributing factors (including the customer's and the
 * "swirl"), action items with owners and due dates, and recommendations. Summaries of engagements past the
 * engaged state have been reviewed.
 */
final class SummaryBuilder extends StaffedBuilder {

	SummaryBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build(Engagement engagement, Scenario scenario, Timeline timeline, boolean detailed) {
		SituationSummary summary = context.factory.createSituationSummary();
		summary.setExecutiveSummary(String.format(Locale.ROOT, scenario.summary(), engagement.getCustomer().getName(),
				engagement.getProductLine().getName()));
		boolean reviewed = engagement.getState() != EngagementState.ENGAGED;
		summary.setState(reviewed ? SummaryState.REVIEWED : SummaryState.DRAFT);
		if (reviewed) {
			summary.setReviewedAt(SampleContext.minute(timeline.openedAt.plus(Duration.ofHours(context.between(50, 90)))));
			summary.setReviewedBy(staff.advocacyDirector);
		}
		chronology(summary, engagement, scenario, timeline, detailed);
		for (Scenario.Cause text : subset(scenario.rootCauses(), detailed ? 2 : 1, detailed ? 3 : 2)) {
			RootCause cause = context.factory.createRootCause();
			cause.setDescription(text.text());
			cause.setCategory(text.category());
			cause.setOwningArea(staff.areas.get(text.area()));
			summary.getRootCauses().add(cause);
		}
		for (Scenario.Factor text : subset(scenario.factors(), detailed ? 2 : 1, detailed ? 4 : 2)) {
			ContributingFactor factor = context.factory.createContributingFactor();
			factor.setDescription(text.text());
			factor.setOwner(text.owner());
			factor.setSwirl(text.swirl());
			factor.setDisclosedToCustomer(reviewed || !text.swirl());
			summary.getContributingFactors().add(factor);
		}
		actions(summary, engagement, scenario, timeline, detailed);
		for (Scenario.Recommendation text : subset(scenario.recommendations(), 1, detailed ? 3 : 1)) {
			Recommendation recommendation = context.factory.createRecommendation();
			recommendation.setDescription(text.text());
			recommendation.setRationale(text.rationale());
			summary.getRecommendations().add(recommendation);
		}
		engagement.setSituationSummary(summary);
	}

	private void chronology(SituationSummary summary, Engagement engagement, Scenario scenario, Timeline timeline,
			boolean detailed) {
		Instant limit = timeline.end.isBefore(context.now) ? timeline.end : context.now;
		List<ChronologyEvent> possible = new ArrayList<>();
		int previousDay = Integer.MIN_VALUE;
		int sameDay = 0;
		for (Scenario.Event template : scenario.chronology()) {
			sameDay = template.day() == previousDay ? sameDay + 1 : 0;
			previousDay = template.day();
			Instant at;
			if (template.day() == 0) {
				at = sameDay == 0 ? timeline.openedAt.minus(Duration.ofMinutes(context.between(5, 40)))
						: timeline.openedAt.plus(Duration.ofMinutes(sameDay * context.between(30, 180)));
			} else {
				LocalDate day = LocalDate.ofInstant(timeline.openedAt, timeline.days.zone).plusDays(template.day());
				at = day.atTime(8 + 4 * Math.min(2, sameDay) + context.between(0, 3), context.between(0, 59))
						.atZone(timeline.days.zone).toInstant();
			}
			if (!at.isBefore(limit)) {
				continue;
			}
			ChronologyEvent event = context.factory.createChronologyEvent();
			event.setOccurredAt(at);
			event.setDescription(template.text());
			event.setSource(template.kind());
			event.setReference(reference(template.kind(), at, engagement));
			possible.add(event);
		}
		possible.sort((a, b) -> a.getOccurredAt().compareTo(b.getOccurredAt()));
		int wanted = Math.min(possible.size(), detailed ? context.between(7, 10) : context.between(5, 6));
		int remaining = wanted;
		for (int i = 0; i < possible.size() && remaining > 0; i++) {
			if (context.random.nextInt(possible.size() - i) < remaining) {
				summary.getChronology().add(possible.get(i));
				remaining--;
			}
		}
	}

	private String reference(EvidenceKind kind, Instant at, Engagement engagement) {
		int year = LocalDate.ofInstant(at, ZoneOffset.UTC).getYear();
		return switch (kind) {
		case INVOICE -> "INV-" + year + "-" + context.between(10000, 99999);
		case CONTRACT -> "MSA-" + (year - context.between(0, 2)) + "-" + context.between(100, 999) + ", amendment "
				+ context.between(1, 4);
		case PROBLEM_REPORT -> "PR-" + context.between(40000, 89999);
		case INQUIRY_HISTORY -> "Case 0" + context.between(1000000, 9999999);
		case PERFORMANCE_REPORT -> "Service report " + YearMonth.from(at.atZone(ZoneOffset.UTC));
		case EMAIL -> "E-mail from " + engagement.getCustomer().getContacts().get(0).getName();
		case MEETING -> "Meeting notes, " + LocalDate.ofInstant(at, ZoneOffset.UTC);
		case INTERVIEW -> "Interview notes, " + engagement.getAdvocate().getName();
		default -> "Survey response " + context.between(100000, 999999);
		};
	}

	private void actions(SituationSummary summary, Engagement engagement, Scenario scenario, Timeline timeline,
			boolean detailed) {
		int opened = timeline.index(timeline.openedAt);
		int today = timeline.days.today();
		boolean closed = engagement.getState() == EngagementState.RETURNED_TO_SOP
				|| engagement.getState() == EngagementState.CLOSE_OUT;
		for (Scenario.Task text : subset(scenario.actions(), detailed ? 3 : 2, detailed ? 5 : 2)) {
			ActionItem item = context.factory.createActionItem();
			item.setDescription(text.name());
			item.setOwner(owner(text.area(), engagement));
			int due = opened + context.between(3, 25);
			item.setDue(timeline.days.date(due));
			ActionStatus status;
			if (closed) {
				status = context.chance(0.1) ? ActionStatus.CANCELLED : ActionStatus.DONE;
			} else if (due < today) {
				status = context.chance(0.8) ? ActionStatus.DONE : ActionStatus.IN_PROGRESS;
			} else {
				status = context.chance(0.5) ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
			}
			item.setStatus(status);
			summary.getActionItems().add(item);
		}
	}

	Person owner(AreaKind area, Engagement engagement) {
		return area == null ? engagement.getAdvocate() : context.pick(staff.workers.get(area));
	}

	/** @return between min and max of the values (as many as exist), chosen at random, in their original order */
	<T> List<T> subset(T[] values, int min, int max) {
		int wanted = Math.min(values.length, context.between(min, max));
		List<T> result = new ArrayList<>(wanted);
		int remaining = wanted;
		for (int i = 0; i < values.length && remaining > 0; i++) {
			if (context.random.nextInt(values.length - i) < remaining) {
				result.add(values[i]);
				remaining--;
			}
		}
		return result;
	}
}
