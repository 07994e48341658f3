// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.ReportText.date;
import static org.advocacy.core.exports.ReportText.person;
import static org.advocacy.core.exports.ReportText.text;
import static org.advocacy.core.exports.ReportText.words;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;

/**
 * The one-page executive status a sponsor reads: the engagement's colour code with its rationale (from the one
 * source, {@link EngagementColours}: the advocate's override or the engine's colour), the milestones with baseline
 * and forecast, the top risks by exposure (likelihood × impact, 1–9), and the next steps: open action items and
 * unfinished tasks, soonest first.
 */
public final class ExecutiveStatusReport {

	/** How many risks and next steps one page shows. */
	public static final int TOP = 5;

	private final EngagementColours colours;

	/** @param colours the colour codes, assessed as of the moment the status is written */
	public ExecutiveStatusReport(EngagementColours colours) {
		this.colours = colours;
	}

	/** @return the status as a self-contained HTML page */
	public String toHtml(Engagement engagement) {
		return write(engagement, new HtmlReportWriter());
	}

	/**
	 * Renders the status as PDF from the same HTML page.
	 *
	 * @param out receives the PDF; not closed
	 * @throws IOException when the PDF cannot be written
	 */
	public void toPdf(Engagement engagement, OutputStream out) throws IOException {
		HtmlToPdf.render(toHtml(engagement), out);
	}

	/**
	 * Writes the status to any writer.
	 *
	 * @return the writer's result
	 */
	public String write(Engagement engagement, ReportWriter out) {
		GetWellPlan plan = engagement.getGetWellPlan();
		out.title("Executive status: " + text(engagement.getKey()) + " " + text(engagement.getTitle()));
		out.field("Customer", engagement.getCustomer() == null ? "" : engagement.getCustomer().getName());
		out.field("Advocate", person(engagement.getAdvocate()));
		out.field("Engagement state", words(engagement.getState()));
		if (plan != null) {
			out.field("Get-well plan", text(plan.getName()));
		}
		EngagementColour colour = colours.of(engagement);
		out.colourCode(colour.colour(), colour.rationale());
		if (plan == null) {
			out.paragraph("No get-well plan has been published yet.");
		} else {
			out.heading("Milestones");
			out.table(List.of("Milestone", "Phase", "Baseline", "Forecast", "Complete", "Owner"), milestones(plan));
			out.heading("Top risks");
			out.table(List.of("Risk", "Likelihood", "Impact", "Exposure", "Mitigation", "Owner"), topRisks(plan));
		}
		out.heading("Next steps");
		out.table(List.of("Next step", "Owner", "Due", "Status"), nextSteps(engagement));
		return out.result();
	}

	private static List<List<String>> milestones(GetWellPlan plan) {
		List<PlanTask> milestones = new ArrayList<>();
		for (PhaseOfValue phase : plan.getPhases()) {
			phase.getTasks().stream().filter(PlanTask::isMilestone).forEach(milestones::add);
		}
		milestones.sort(Comparator.comparing(ExecutiveStatusReport::forecast,
				Comparator.nullsLast(Comparator.naturalOrder())));
		return milestones.stream().map(task -> List.of(text(task.getName()),
				text(((PhaseOfValue) task.eContainer()).getName()), date(task.getBaselineFinish()),
				date(forecast(task)), task.getPercentComplete() + "%", person(task.getOwner()))).toList();
	}

	private static LocalDate forecast(PlanTask task) {
		return task.getFinish() != null ? task.getFinish() : task.getStart();
	}

	private static List<List<String>> topRisks(GetWellPlan plan) {
		return plan.getRisks().stream().sorted(Comparator.comparingInt(ExecutiveStatusReport::exposure).reversed())
				.limit(TOP).map(risk -> List.of(text(risk.getDescription()), words(risk.getLikelihood()),
						words(risk.getImpact()), Integer.toString(exposure(risk)), text(risk.getMitigation()),
						person(risk.getOwner())))
				.toList();
	}

	/** Likelihood × impact, each counted low 1, medium 2, high 3. */
	static int exposure(Risk risk) {
		return level(risk.getLikelihood()) * level(risk.getImpact());
	}

	private static int level(RiskLevel level) {
		return level == null ? 1 : level.getValue() + 1;
	}

	private static List<List<String>> nextSteps(Engagement engagement) {
		record Step(String what, String owner, LocalDate due, String status) {
		}
		List<Step> steps = new ArrayList<>();
		if (engagement.getSituationSummary() != null) {
			engagement.getSituationSummary().getActionItems().stream()
					.filter(item -> item.getStatus() == ActionStatus.OPEN || item.getStatus() == ActionStatus.IN_PROGRESS)
					.forEach(item -> steps.add(new Step(text(item.getDescription()), person(item.getOwner()),
							item.getDue(), words(item.getStatus()))));
		}
		if (engagement.getGetWellPlan() != null) {
			for (PhaseOfValue phase : engagement.getGetWellPlan().getPhases()) {
				phase.getTasks().stream().filter(task -> !task.isMilestone() && task.getPercentComplete() < 100)
						.forEach(task -> steps.add(new Step(text(task.getName()), person(task.getOwner()),
								forecast(task), task.getPercentComplete() + "% complete")));
			}
		}
		steps.sort(Comparator.comparing(Step::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return steps.stream().limit(TOP)
				.map(step -> List.of(step.what(), step.owner(), date(step.due()), step.status())).toList();
	}
}
