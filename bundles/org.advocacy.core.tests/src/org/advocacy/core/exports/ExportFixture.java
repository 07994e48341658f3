// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
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
import org.advocacy.model.ServiceTarget;
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
		AdvocacyRepository repository = FACTORY.createAdvocacyRepository();
		repository.setOrganization(FACTORY.createOrganization());
		CustomerSegment strategic = FACTORY.createCustomerSegment();
		strategic.setName("Strategic");
		ServiceTarget urgentTarget = FACTORY.createServiceTarget();
		urgentTarget.setUrgency(Urgency.URGENT_24X7);
		urgentTarget.setUpdateCadenceMinutes(240);
		ServiceTarget businessTarget = FACTORY.createServiceTarget();
		businessTarget.setUrgency(Urgency.BUSINESS_HOURS);
		businessTarget.setUpdateCadenceMinutes(2 * 24 * 60);
		strategic.getTargets().add(urgentTarget);
		strategic.getTargets().add(businessTarget);
		repository.getSegments().add(strategic);
		Customer customer = FACTORY.createCustomer();
		customer.setName("Contoso & Sons");
		customer.setSegment(strategic);
		repository.getCustomers().add(customer);
		Person advocate = person(repository, "Rita Advocate");
		advocate.setEmail("rita@example.com");
		Person owner = person(repository, "Sam Owner");
		FunctionalArea engineering = FACTORY.createFunctionalArea();
		engineering.setName("Engineering");
		repository.getOrganization().getAreas().add(engineering);

		Engagement engagement = FACTORY.createEngagement();
		engagement.setKey("ADV-0042");
		engagement.setTitle("Nightly batch failures");
		engagement.setCustomer(customer);
		engagement.setAdvocate(advocate);
		engagement.setUrgency(Urgency.BUSINESS_HOURS);
		engagement.setOpenedAt(Instant.parse("2026-11-10T09:00:00Z"));
		engagement.setCriteriaAgreedAt(Instant.parse("2026-11-12T15:00:00Z"));
		engagement.setCustomerWords("We have been unable to bill customers for three nights");
		Criterion criterion = FACTORY.createCriterion();
		criterion.setDescription("Five consecutive clean nightly runs");
		engagement.getDisengagementCriteria().add(criterion);
		repository.getEngagements().add(engagement);
		EffortEntry effort = FACTORY.createEffortEntry();
		effort.setHours(10);
		effort.setHourlyRate(new BigDecimal("150"));
		engagement.getEffortEntries().add(effort);

		SituationSummary summary = FACTORY.createSituationSummary();
		summary.setExecutiveSummary("Batch jobs fail since the 3.2 upgrade. " + SCRIPT);
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
		engagement.setSituationSummary(summary);
		ColourOverride colour = FACTORY.createColourOverride();
		colour.setColour(StatusColour.YELLOW);
		colour.setReason("Scheduler patch slipped two days; milestone still reachable");
		colour.setSetBy(advocate);
		engagement.setColourOverride(colour);

		GetWellPlan plan = FACTORY.createGetWellPlan();
		plan.setName("Restore nightly batch");
		PhaseOfValue phase = FACTORY.createPhaseOfValue();
		phase.setName("Stabilise");
		plan.getPhases().add(phase);
		task(phase, "Patch scheduler", "2026-11-27", false, 50);
		task(phase, "Batch stable", "2026-12-02", true, 0);
		task(phase, "Upgrade tested", "2026-11-30", true, 0);
		risk(plan, "Vendor patch late", RiskLevel.MEDIUM, RiskLevel.HIGH);
		risk(plan, "Data loss on rollback", RiskLevel.HIGH, RiskLevel.HIGH);
		risk(plan, "Staff on holiday", RiskLevel.LOW, RiskLevel.LOW);
		engagement.setGetWellPlan(plan);
		return engagement;
	}

	private static Person person(AdvocacyRepository repository, String name) {
		Person person = FACTORY.createPerson();
		person.setName(name);
		repository.getOrganization().getPeople().add(person);
		return person;
	}

	private static void event(SituationSummary summary, String at, String description) {
		ChronologyEvent event = FACTORY.createChronologyEvent();
		event.setOccurredAt(Instant.parse(at));
		event.setDescription(description);
		event.setSource(EvidenceKind.PROBLEM_REPORT);
		summary.getChronology().add(event);
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
		PlanTask task = FACTORY.createPlanTask();
		task.setName(name);
		task.setFinish(LocalDate.parse(finish));
		task.setMilestone(milestone);
		task.setPercentComplete(percent);
		phase.getTasks().add(task);
	}

	private static void risk(GetWellPlan plan, String description, RiskLevel likelihood, RiskLevel impact) {
		Risk risk = FACTORY.createRisk();
		risk.setDescription(description);
		risk.setLikelihood(likelihood);
		risk.setImpact(impact);
		plan.getRisks().add(risk);
	}
}
