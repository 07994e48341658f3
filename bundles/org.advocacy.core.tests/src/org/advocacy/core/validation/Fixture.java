// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Expense;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCause;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;

/**
 * A small repository that breaks no rule: engagement ADV-0042 'Payroll outage' executing its published get-well
 * plan, with a reviewed situation summary, agreed criteria, effort, an expense and an answered escalation, in an
 * organization with a two-rung ladder, a calendar, a service target and a covered away period. Tests break one
 * thing at a time and move the engagement through its states.
 */
final class Fixture {

	static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
	static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
	static final String SUCCESS = "Payroll runs on time for 2 cycles";
	static final String DISENGAGEMENT = "Fix in production and monitored";

	private final AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
	final AdvocacyRepository repository = factory.createAdvocacyRepository();
	final Person ann = person("Ann Lee");
	final Person bob = person("Bob Stone");
	final FunctionalArea support = factory.createFunctionalArea();
	final BusinessCalendar calendar = factory.createBusinessCalendar();
	final ServiceTarget target = factory.createServiceTarget();
	final AwayPeriod away = factory.createAwayPeriod();
	final Customer customer = factory.createCustomer();
	final Engagement engagement;
	final Criterion success;
	final Criterion disengagement;
	final SituationSummary summary = factory.createSituationSummary();
	final ChronologyEvent event = factory.createChronologyEvent();
	final GetWellPlan plan = factory.createGetWellPlan();
	final PlanTask task = factory.createPlanTask();
	final PlanTask milestone = factory.createPlanTask();
	final EffortEntry effort = factory.createEffortEntry();
	final Expense expense = factory.createExpense();
	final LadderAttempt attempt = factory.createLadderAttempt();

	Fixture() {
		organization();
		CustomerSegment segment = factory.createCustomerSegment();
		segment.setName("Strategic accounts");
		target.setUrgency(Urgency.URGENT_24X7);
		target.setUpdateCadenceMinutes(240);
		target.setEscalationTimeoutMinutes(15);
		segment.getTargets().add(target);
		repository.getSegments().add(segment);
		customer.setName("Contoso");
		customer.setSegment(segment);
		customer.setAnnualRevenue(new BigDecimal("2500000.00"));
		repository.getCustomers().add(customer);

		engagement = engagement("ADV-0042", "Payroll outage");
		engagement.setState(EngagementState.EXECUTING_PLAN);
		engagement.setAdvocate(bob);
		engagement.setCriteriaAgreedAt(OPENED.plus(Duration.ofHours(20)));
		disengagement = criterion(DISENGAGEMENT);
		engagement.getDisengagementCriteria().add(disengagement);
		success = criterion(SUCCESS);
		engagement.getSuccessCriteria().add(success);
		summary();
		plan();
		effortAndExpense();
		escalation();
	}

	private void organization() {
		Organization organization = factory.createOrganization();
		organization.setName("Northwind");
		organization.getPeople().add(ann);
		organization.getPeople().add(bob);
		bob.setAdvocate(true);
		calendar.setName("US East");
		calendar.setTimeZone(ZoneId.of("America/New_York"));
		calendar.getWorkingDays().add(Weekday.MONDAY);
		calendar.setWorkdayStart(LocalTime.of(9, 0));
		calendar.setWorkdayEnd(LocalTime.of(17, 0));
		organization.getCalendars().add(calendar);
		support.setName("Technical support");
		support.getLadder().add(rung(EscalationLevel.PRIMARY, ann));
		support.getLadder().add(rung(EscalationLevel.BACKUP, bob));
		organization.getAreas().add(support);
		away.setStart(OPENED.plus(Duration.ofDays(5)));
		away.setEnd(OPENED.plus(Duration.ofDays(9)));
		away.setAlternate(bob);
		away.setAlternateConfirmed(true);
		ann.getAwayPeriods().add(away);
		repository.setOrganization(organization);
	}

	private void summary() {
		summary.setState(SummaryState.REVIEWED);
		summary.setExecutiveSummary("Payroll did not run for 3,000 employees.");
		summary.setReviewedAt(OPENED.plus(Duration.ofDays(2)));
		summary.setReviewedBy(ann);
		event.setOccurredAt(OPENED.minus(Duration.ofDays(3)));
		event.setDescription("Payroll batch failed");
		summary.getChronology().add(event);
		RootCause cause = factory.createRootCause();
		cause.setDescription("Untested interface change");
		summary.getRootCauses().add(cause);
		engagement.setSituationSummary(summary);
	}

	private void plan() {
		plan.setName("Get well");
		plan.setPublishedAt(OPENED.plus(Duration.ofDays(2)));
		PhaseOfValue phase = factory.createPhaseOfValue();
		phase.setName("Stabilize");
		task.setName("Apply the fix");
		task.setOwner(ann);
		task.setStart(LocalDate.of(2026, 3, 5));
		task.setDurationDays(3);
		task.setFinish(LocalDate.of(2026, 3, 9));
		task.setBaselineStart(LocalDate.of(2026, 3, 5));
		task.setBaselineFinish(LocalDate.of(2026, 3, 9));
		task.setCommitmentDate(LocalDate.of(2026, 3, 9));
		task.setPercentComplete(100);
		milestone.setName("Fix live");
		milestone.setMilestone(true);
		milestone.setOwner(bob);
		milestone.setStart(LocalDate.of(2026, 3, 9));
		milestone.setFinish(LocalDate.of(2026, 3, 9));
		milestone.setCommitmentDate(LocalDate.of(2026, 3, 9));
		milestone.getDependencies().add(dependencyOn(task));
		phase.getTasks().add(task);
		phase.getTasks().add(milestone);
		plan.getPhases().add(phase);
		engagement.setGetWellPlan(plan);
	}

	private void effortAndExpense() {
		effort.setPerson(bob);
		effort.setDate(LocalDate.of(2026, 3, 3));
		effort.setHours(2.5);
		effort.setHourlyRate(new BigDecimal("120.00"));
		engagement.getEffortEntries().add(effort);
		expense.setDate(LocalDate.of(2026, 3, 4));
		expense.setDescription("Flight to customer site");
		expense.setAmount(new BigDecimal("640.00"));
		engagement.getExpenses().add(expense);
	}

	private void escalation() {
		Escalation escalation = factory.createEscalation();
		escalation.setArea(support);
		escalation.setStartedAt(OPENED.plus(Duration.ofMinutes(20)));
		attempt.setLevel(EscalationLevel.PRIMARY);
		attempt.setPerson(ann);
		attempt.setContactedAt(OPENED.plus(Duration.ofMinutes(20)));
		attempt.setRespondedAt(OPENED.plus(Duration.ofMinutes(27)));
		attempt.setOutcome(AttemptOutcome.RESPONDED);
		escalation.getAttempts().add(attempt);
		engagement.getEscalations().add(escalation);
	}

	/** @return a new requested engagement of the repository, for the same customer */
	Engagement engagement(String key, String title) {
		Engagement created = factory.createEngagement();
		created.setKey(key);
		created.setTitle(title);
		created.setCustomer(customer);
		created.setOpenedAt(OPENED);
		created.setState(EngagementState.REQUESTED);
		repository.getEngagements().add(created);
		return created;
	}

	/** Moves the engagement to close-out with every criterion met, the customer yet to confirm. */
	Fixture closeOut() {
		engagement.setState(EngagementState.CLOSE_OUT);
		for (Criterion criterion : new Criterion[] { disengagement, success }) {
			criterion.setMet(true);
			criterion.setMetAt(OPENED.plus(Duration.ofDays(10)));
		}
		return this;
	}

	/** Closes the engagement: every criterion met and confirmed by the customer, closing date set. */
	Fixture returnToSop() {
		closeOut();
		engagement.setState(EngagementState.RETURNED_TO_SOP);
		for (Criterion criterion : new Criterion[] { disengagement, success }) {
			criterion.setCustomerConfirmed(true);
			criterion.setConfirmedAt(OPENED.plus(Duration.ofDays(11)));
		}
		engagement.setClosedAt(OPENED.plus(Duration.ofDays(12)));
		return this;
	}

	TaskDependency dependencyOn(PlanTask predecessor) {
		TaskDependency dependency = factory.createTaskDependency();
		dependency.setPredecessor(predecessor);
		return dependency;
	}

	private Person person(String name) {
		Person person = factory.createPerson();
		person.setName(name);
		return person;
	}

	private LadderRung rung(EscalationLevel level, Person person) {
		LadderRung rung = factory.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(person);
		return rung;
	}

	private Criterion criterion(String description) {
		Criterion criterion = factory.createCriterion();
		criterion.setDescription(description);
		return criterion;
	}
}
