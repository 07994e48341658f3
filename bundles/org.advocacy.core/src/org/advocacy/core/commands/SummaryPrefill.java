// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__SITUATION_SUMMARY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__ACTION_ITEMS;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__CHRONOLOGY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__EXECUTIVE_SUMMARY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__RECOMMENDATIONS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Engagement;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Recommendation;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The response meeting's outcome as the first draft of the situation summary, the whitepaper's output of that step:
 * the situation and the problem become the executive summary, how we got here the first chronology entry, the options
 * the recommendations and the course of action the action plan, one line each. Only what is still empty is filled:
 * whatever the advocate already wrote in the summary stays as it is.
 */
public final class SummaryPrefill {

	private SummaryPrefill() {
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param meeting    its response meeting, with the five questions answered
	 * @return the command filling the empty parts of the summary (starting a draft summary when there is none), or
	 *         the reason there is nothing to fill
	 */
	public static Edit fromResponseMeeting(EditingDomain domain, Engagement engagement, ResponseMeeting meeting) {
		SituationSummary existing = engagement.getSituationSummary();
		SituationSummary summary = existing != null ? existing : AdvocacyFactory.eINSTANCE.createSituationSummary();
		CompoundCommand command = new CompoundCommand("Draft Situation Summary from Response Meeting");
		if (existing == null) {
			summary.setState(SummaryState.DRAFT);
			command.append(SetCommand.create(domain, engagement, ENGAGEMENT__SITUATION_SUMMARY, summary));
		}
		int filled = 0;
		String executive = join(meeting.getSituation(), meeting.getProblem());
		if (blank(summary.getExecutiveSummary()) && !executive.isEmpty()) {
			command.append(SetCommand.create(domain, summary, SITUATION_SUMMARY__EXECUTIVE_SUMMARY, executive));
			filled++;
		}
		if (summary.getChronology().isEmpty() && !blank(meeting.getHowWeGotHere())) {
			ChronologyEvent event = AdvocacyFactory.eINSTANCE.createChronologyEvent();
			event.setOccurredAt(when(meeting));
			event.setDescription(meeting.getHowWeGotHere().strip());
			event.setSource(EvidenceKind.MEETING);
			event.setReference("Response meeting");
			command.append(AddCommand.create(domain, summary, SITUATION_SUMMARY__CHRONOLOGY, event));
			filled++;
		}
		if (summary.getRecommendations().isEmpty() && !lines(meeting.getOptions()).isEmpty()) {
			command.append(AddCommand.create(domain, summary, SITUATION_SUMMARY__RECOMMENDATIONS,
					lines(meeting.getOptions()).stream().map(SummaryPrefill::recommendation).toList()));
			filled++;
		}
		if (summary.getActionItems().isEmpty() && !lines(meeting.getCourseOfAction()).isEmpty()) {
			command.append(AddCommand.create(domain, summary, SITUATION_SUMMARY__ACTION_ITEMS,
					lines(meeting.getCourseOfAction()).stream().map(SummaryPrefill::actionItem).toList()));
			filled++;
		}
		if (filled == 0) {
			return Edit.refused(existing == null || meetingIsEmpty(meeting)
					? "The response meeting has no answers yet: write down the situation, the problem, how we got "
							+ "here, the options and the course of action first."
					: "The situation summary already has an executive summary, a chronology, recommendations and an "
							+ "action plan; nothing of it is overwritten.");
		}
		return Edit.of(command);
	}

	private static boolean meetingIsEmpty(ResponseMeeting meeting) {
		return join(meeting.getSituation(), meeting.getProblem()).isEmpty() && blank(meeting.getHowWeGotHere())
				&& blank(meeting.getOptions()) && blank(meeting.getCourseOfAction());
	}

	private static Instant when(ResponseMeeting meeting) {
		return meeting.getHeldAt() != null ? meeting.getHeldAt() : meeting.getPlannedAt();
	}

	private static Recommendation recommendation(String line) {
		Recommendation recommendation = AdvocacyFactory.eINSTANCE.createRecommendation();
		recommendation.setDescription(line);
		return recommendation;
	}

	private static ActionItem actionItem(String line) {
		ActionItem item = AdvocacyFactory.eINSTANCE.createActionItem();
		item.setDescription(line);
		item.setStatus(ActionStatus.OPEN);
		return item;
	}

	/** @return the answer's items: one per line, or per "; " on a single line; list numbering and bullets dropped */
	static List<String> lines(String answer) {
		if (blank(answer)) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		String[] parts = answer.strip().contains("\n") ? answer.split("\\R") : answer.split(";");
		for (String part : parts) {
			String item = part.strip().replaceFirst("^(\\d+[.)]|[-*\u2022])\\s*", "");
			if (!item.isEmpty()) {
				items.add(item);
			}
		}
		return items;
	}

	private static String join(String first, String second) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { first, second }) {
			if (!blank(part)) {
				String sentence = part.strip();
				parts.add(sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?") ? sentence
						: sentence + ".");
			}
		}
		return String.join(" ", parts);
	}

	private static boolean blank(String text) {
		return Objects.toString(text, "").isBlank();
	}
}
