// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.tests.ModelBuilder.target;

import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.FactorOwner;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Recommendation;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

/** One engagement with everything the exports show, including text a hostile user typed. */
final class ExportFixture {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private ExportFixture() {
	}

	static Engagement engagement() {
		ModelBuilder model = new ModelBuilder();
		Customer customer = model.customer("Contoso & Sons", model.segment("Strategic",
				target(Urgency.URGENT_24X7, 240, 0), target(Urgency.BUSINESS_HOURS, 2 * 24 * 60, 0)));
		Person advocate = model.person("Rita Advocate");
		advocate.setEmail("rita@example.com");
		Person owner = model.person("Sam Owner");
		FunctionalArea engineering = model.area("Engineering", null);

		Engagement engagement = model.engagement("ADV-0042", customer, EngagementState.REQUESTED,
				Instant.parse("2026-11-10T09:00:00Z"));
		engagement.setTitle("Nightly batch failures");
		engagement.setAdvocate(advocate);
		engagement.setUrgency(Urgency.BUSINESS_HOURS);
		engagement.setCriteriaAgreedAt(Instant.parse("2026-11-12T15:00:00Z"));
		engagement.setCustomerWords("We have been unable to bill customers for three nights");
		ModelBuilder.disengagementCriterion(engagement, "Five consecutive clean nightly runs");
		ModelBuilder.effort(engagement, null, null, 10, "150");
		summary(engagement, engineering, advocate, owner);
		plan(engagement);
		return engagement;
	}

	private static void summary(Engagement engagement, FunctionalArea engineering, Person advocate, Person owner) {
		SituationSummary summary = ModelBuilder.summary(engagement, "Batch jobs fail since the 3.2 upgrade. " + SCRIPT);
		event(summary, "2026-11-09T02:00:00Z", "Third nightly failure");
		event(summary, "2026-11-07T02:00:00Z", "First nightly failure after upgrade");
		event(summary, "2026-11-08T02:00:00Z", "Second failure; *retry* [ignored](http://x)");
		RootCause cause = FACTORY.createRootCause();
		cause.setDescription(SCRIPT);
		cause.setCategory(RootCauseCategory.PRODUCT);
		cause.setOwningArea(engineering);
		summary.getRootCauses().add(cause);
		RootCause formula = FACTORY.createRootCause();
		formula.setDescription(FORMULA);
		formula.setCategory(RootCauseCategory.BROKEN_PROCESS);
		summary.getRootCauses().add(formula);
		ContributingFactor factor = FACTORY.createContributingFactor();
		factor.setDescription("Three teams paged at 2 a.m.");
		factor.setOwner(FactorOwner.FIRM);
		factor.setSwirl(true);
		summary.getContributingFactors().add(factor);
		action(summary, "Roll back scheduler", owner, "2026-11-26", ActionStatus.IN_PROGRESS);
		action(summary, "Write post-mortem", advocate, "2026-11-25", ActionStatus.OPEN);
		action(summary, "Collect logs", owner, "2026-11-11", ActionStatus.DONE);
		Recommendation recommendation = FACTORY.createRecommendation();
		recommendation.setDescription("Stage upgrades on a copy of the batch");
		recommendation.setRationale("Catches failures before customers do");
		summary.getRecommendations().add(recommendation);
	}

	private static void plan(Engagement engagement) {
		GetWellPlan plan = ModelBuilder.plan(engagement, "Restore nightly batch", null);
		plan.setStatus(StatusColour.YELLOW);
		plan.setStatusRationale("Scheduler patch slipped two days; milestone still reachable");
		PhaseOfValue phase = ModelBuilder.phase(plan, "Stabilise");
		task(phase, "Patch scheduler", "2026-11-27", false, 50);
		task(phase, "Batch stable", "2026-12-02", true, 0);
		task(phase, "Upgrade tested", "2026-11-30", true, 0);
		risk(plan, "Vendor patch late", RiskLevel.MEDIUM, RiskLevel.HIGH);
		risk(plan, "Data loss on rollback", RiskLevel.HIGH, RiskLevel.HIGH);
		risk(plan, "Staff on holiday", RiskLevel.LOW, RiskLevel.LOW);
	}

	private static void event(SituationSummary summary, String at, String description) {
		ModelBuilder.event(summary, Instant.parse(at), description).setSource(EvidenceKind.PROBLEM_REPORT);
	}

	private static void action(SituationSummary summary, String description, Person owner, String due,
			ActionStatus status) {
		ActionItem item = FACTORY.createActionItem();
		item.setDescription(description);
		item.setOwner(owner);
		item.setDue(LocalDate.parse(due));
		item.setStatus(status);
		summary.getActionItems().add(item);
	}

	private static void task(PhaseOfValue phase, String name, String finish, boolean milestone, int percent) {
		PlanTask task = ModelBuilder.task(phase, name, null, 0, LocalDate.parse(finish));
		task.setMilestone(milestone);
		task.setPercentComplete(percent);
	}

	private static void risk(GetWellPlan plan, String description, RiskLevel likelihood, RiskLevel impact) {
		Risk risk = FACTORY.createRisk();
		risk.setDescription(description);
		risk.setLikelihood(likelihood);
		risk.setImpact(impact);
		plan.getRisks().add(risk);
	}
}
