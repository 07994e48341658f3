// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.ReportText.date;
import static org.advocacy.core.exports.ReportText.text;
import static org.advocacy.core.exports.ReportText.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.Audience;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.Expense;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Recommendation;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.Urgency;

/**
 * The part of a customer update written for its audience, as the whitepaper describes them: management wants the
 * business impact, the numbers, the options and a recommendation; engineers want the technical detail (what
 * happened when, and the root causes); administrative readers want to know what it means for them and how to get
 * things done.
 */
enum AudienceSection {
	/** Business impact, numbers, options, recommendation. */
	MANAGEMENT("to give you the business impact, the numbers, your options and our recommendation.") {
		@Override
		void write(Engagement engagement, Instant now, ZoneId zone, ReportWriter out) {
			out.heading("Business impact");
			String words = engagement.getCustomerWords();
			String handling = engagement.getUrgency() == Urgency.URGENT_24X7
					? "We treat this as urgent and work on it around the clock"
					: "We work on this during business hours";
			out.paragraph((words == null || words.isBlank() ? "" : "In your words: \"" + words + "\". ")
					+ handling + (engagement.getOpenedAt() == null ? "."
							: "; it has been open " + Duration.between(engagement.getOpenedAt(),
									engagement.getClosedAt() == null ? now : engagement.getClosedAt()).toDays()
									+ " days."));
			EngagementColour colour = colourCode(engagement, now);
			out.colourCode(colour.colour(), colour.rationale());
			out.heading("The numbers");
			out.bullets(numbers(engagement));
			SituationSummary summary = engagement.getSituationSummary();
			List<Recommendation> options = summary == null ? List.of() : summary.getRecommendations();
			out.heading("Options");
			out.bullets(options.stream().map(option -> text(option.getDescription())
					+ (option.getRationale() == null ? "" : ": " + option.getRationale())).toList());
			out.heading("Our recommendation");
			out.paragraph(options.isEmpty() ? "We will recommend a course of action once the analysis is complete."
					: text(options.get(0).getDescription()));
		}
	},
	/** Chronology and root causes. */
	ENGINEER("to give you the technical detail: what happened when, and the root causes found so far.") {
		@Override
		void write(Engagement engagement, Instant now, ZoneId zone, ReportWriter out) {
			SituationSummary summary = engagement.getSituationSummary();
			out.heading("Technical detail");
			if (summary == null) {
				out.paragraph("The analysis has started; the chronology and root causes follow in the next update.");
				return;
			}
			out.paragraph(text(summary.getExecutiveSummary()));
			out.heading("Chronology");
			out.table(SituationSummaryReport.CHRONOLOGY_HEADERS, SituationSummaryReport.chronology(summary, zone));
			out.heading("Root causes");
			out.table(SituationSummaryReport.ROOT_CAUSE_HEADERS, SituationSummaryReport.rootCauses(summary));
		}
	},
	/** What it means for the reader, and how to work with us. */
	ADMINISTRATIVE("to tell you what this means for you and how to work with us in the meantime.") {
		@Override
		void write(Engagement engagement, Instant now, ZoneId zone, ReportWriter out) {
			out.heading("What this means for you");
			out.paragraph(switch (colourCode(engagement, now).colour()) {
			case GREEN -> "The work is on track; nothing changes for you.";
			case YELLOW -> "A risk may delay the plan; we will tell you before any date you rely on moves.";
			case RED -> "The plan will likely miss a date; we are resetting it and will agree new dates with you.";
			});
			GetWellPlan plan = engagement.getGetWellPlan();
			List<String> dates = new ArrayList<>();
			if (plan != null) {
				plan.getPhases().forEach(phase -> phase.getTasks().stream()
						.filter(task -> task.isMilestone() && task.getPercentComplete() < 100)
						.forEach(task -> dates.add(text(task.getName()) + ": " + date(task.getFinish()))));
			}
			out.paragraph("Dates to plan around:");
			out.bullets(dates);
			out.heading("How to reach us");
			List<String> contacts = new ArrayList<>();
			if (engagement.getAdvocate() != null) {
				contacts.add("Your advocate: " + text(engagement.getAdvocate().getName())
						+ (engagement.getAdvocate().getEmail() == null ? "" : ", " + engagement.getAdvocate().getEmail()));
				for (ContactPoint point : engagement.getAdvocate().getContactPoints()) {
					contacts.add(words(point.getChannel()) + ": " + text(point.getAddress())
							+ (point.isAvailable24x7() ? " (around the clock)" : ""));
				}
			}
			contacts.add("Reply to this message with any question; quote the reference " + text(engagement.getKey()) + ".");
			out.bullets(contacts);
		}
	};

	private final String purpose;

	AudienceSection(String purpose) {
		this.purpose = purpose;
	}

	/** @return the purpose sentence for the opening */
	String purpose() {
		return purpose;
	}

	abstract void write(Engagement engagement, Instant now, ZoneId zone, ReportWriter out);

	static AudienceSection of(Audience audience) {
		return audience == null ? MANAGEMENT : valueOf(audience.name());
	}

	private static EngagementColour colourCode(Engagement engagement, Instant now) {
		return new EngagementColours(now).of(engagement);
	}

	private static List<String> numbers(Engagement engagement) {
		List<String> numbers = new ArrayList<>();
		GetWellPlan plan = engagement.getGetWellPlan();
		if (plan != null) {
			List<PlanTask> tasks = plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).toList();
			long done = tasks.stream().filter(task -> task.getPercentComplete() >= 100).count();
			numbers.add(done + " of " + tasks.size() + " plan tasks complete");
		}
		if (engagement.getSituationSummary() != null) {
			long open = engagement.getSituationSummary().getActionItems().stream()
					.filter(item -> item.getStatus() == ActionStatus.OPEN || item.getStatus() == ActionStatus.IN_PROGRESS)
					.count();
			numbers.add(open + " open action items");
		}
		double hours = 0;
		BigDecimal cost = BigDecimal.ZERO;
		for (EffortEntry entry : engagement.getEffortEntries()) {
			hours += entry.getHours();
			if (entry.getHourlyRate() != null) {
				cost = cost.add(entry.getHourlyRate().multiply(BigDecimal.valueOf(entry.getHours())));
			}
		}
		for (Expense expense : engagement.getExpenses()) {
			if (expense.getAmount() != null) {
				cost = cost.add(expense.getAmount());
			}
		}
		numbers.add(String.format(Locale.ENGLISH, "%,.1f hours of effort; cost so far %,.2f", hours,
				cost.setScale(2, RoundingMode.HALF_UP)));
		return numbers;
	}
}
