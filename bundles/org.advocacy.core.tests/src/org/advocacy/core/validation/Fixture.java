// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.core.tests.ModelBuilder.attempt;
import static org.advocacy.core.tests.ModelBuilder.disengagementCriterion;
import static org.advocacy.core.tests.ModelBuilder.escalation;
import static org.advocacy.core.tests.ModelBuilder.successCriterion;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.CommunicationChannel;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Expense;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
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

	private final ModelBuilder model = new ModelBuilder();
	final AdvocacyRepository repository = model.repository();
	final Person ann = model.person("Ann Lee");
	final Person bob = model.person("Bob Stone");
	final BusinessCalendar calendar = ModelBuilder.calendar("US East", "America/New_York", "09:00", "17:00",
			List.of(Weekday.MONDAY));
	final FunctionalArea support = model.area("Technical support", null, ann, bob);
	final AwayPeriod away = ModelBuilder.away(ann, OPENED.plus(Duration.ofDays(5)), OPENED.plus(Duration.ofDays(9)),
			bob);
	final ServiceTarget target = ModelBuilder.target(Urgency.URGENT_24X7, 240, 15);
	final Customer customer = model.customer("Contoso", model.segment("Strategic accounts", target));
	final Engagement engagement = engagement("ADV-0042", "Payroll outage");
	final Criterion disengagement = disengagementCriterion(engagement, DISENGAGEMENT);
	final Criterion success = successCriterion(engagement, SUCCESS);
	final SituationSummary summary = ModelBuilder.summary(engagement, "Payroll did not run for 3,000 employees.");
	final ChronologyEvent event = ModelBuilder.event(summary, OPENED.minus(Duration.ofDays(3)), "Payroll batch failed");
	final GetWellPlan plan = ModelBuilder.plan(engagement, "Get well", null);
	private final PhaseOfValue phase = ModelBuilder.phase(plan, "Stabilize");
	final PlanTask task = ModelBuilder.task(phase, "Apply the fix", LocalDate.of(2026, 3, 5), 3,
			LocalDate.of(2026, 3, 9));
	final PlanTask milestone = ModelBuilder.milestone(phase, "Fix live");
	final EffortEntry effort = ModelBuilder.effort(engagement, bob, LocalDate.of(2026, 3, 3), 2.5, "120.00");
	final Expense expense = ModelBuilder.expense(engagement, LocalDate.of(2026, 3, 4), "Flight to customer site",
			"640.00");
	final LadderAttempt attempt = attempt(escalation(engagement, support, OPENED.plus(Duration.ofMinutes(20))),
			EscalationLevel.PRIMARY, ann, OPENED.plus(Duration.ofMinutes(20)), AttemptOutcome.RESPONDED);
	final RootCauseCommitment commitment;
	/** The call in which the customer confirmed the criteria, repeating them back. */
	final CustomerCommunication criteriaCall = call(OPENED.plus(Duration.ofHours(21)), "Criteria agreed");
	/** A monitoring service on its free trial since 10 March. */
	final Offer offer = trial();

	Fixture() {
		model.organization().setName("Northwind");
		model.organization().getCalendars().add(calendar);
		bob.setAdvocate(true);
		customer.setAnnualRevenue(new BigDecimal("2500000.00"));
		engagement.setState(EngagementState.EXECUTING_PLAN);
		engagement.setAdvocate(bob);
		engagement.setCriteriaAgreedAt(OPENED.plus(Duration.ofHours(20)));
		reviewedSummary();
		publishedPlan();
		attempt.setRespondedAt(OPENED.plus(Duration.ofMinutes(27)));
		commitment = commitment();
		engagement.setCriteriaConfirmation(criteriaCall);
	}

	private CustomerCommunication call(Instant at, String subject) {
		CustomerCommunication call = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		call.setChannel(CommunicationChannel.PHONE_CALL);
		call.setSubject(subject);
		call.setState(CommunicationState.SENT);
		call.setSentAt(at);
		call.setCustomerRepeatedBack(true);
		call.setRepeatedBackAt(at.plus(Duration.ofMinutes(10)));
		engagement.getCommunications().add(call);
		return call;
	}

	private Offer trial() {
		Offer trial = AdvocacyFactory.eINSTANCE.createOffer();
		trial.setService("Proactive monitoring");
		trial.setStatus(OfferStatus.TRIAL);
		trial.setTrialStart(LocalDate.of(2026, 3, 10));
		engagement.getOffers().add(trial);
		return trial;
	}

	/** The management review of 16 March, where Ann committed to fixing the root cause. */
	private RootCauseCommitment commitment() {
		ManagementReview review = AdvocacyFactory.eINSTANCE.createManagementReview();
		review.setHeldOn(Instant.parse("2026-03-16T15:00:00Z"));
		RootCauseCommitment made = AdvocacyFactory.eINSTANCE.createRootCauseCommitment();
		made.getRootCauses().add(summary.getRootCauses().get(0));
		made.setAccountableManager(ann);
		made.setCommitment("Test every interface change");
		made.setPromisedUpdateOn(LocalDate.of(2026, 3, 30));
		review.getCommitments().add(made);
		repository.getReviews().add(review);
		return made;
	}

	private void reviewedSummary() {
		summary.setState(SummaryState.REVIEWED);
		summary.setReviewedAt(OPENED.plus(Duration.ofDays(2)));
		summary.setReviewedBy(ann);
		RootCause cause = AdvocacyFactory.eINSTANCE.createRootCause();
		cause.setDescription("Untested interface change");
		summary.getRootCauses().add(cause);
	}

	private void publishedPlan() {
		plan.setPublishedAt(OPENED.plus(Duration.ofDays(2)));
		task.setOwner(ann);
		task.setBaselineStart(LocalDate.of(2026, 3, 5));
		task.setBaselineFinish(LocalDate.of(2026, 3, 9));
		task.setCommitmentDate(LocalDate.of(2026, 3, 9));
		task.setPercentComplete(100);
		milestone.setOwner(bob);
		milestone.setStart(LocalDate.of(2026, 3, 9));
		milestone.setFinish(LocalDate.of(2026, 3, 9));
		milestone.setCommitmentDate(LocalDate.of(2026, 3, 9));
		ModelBuilder.finishToStart(task, milestone);
	}

	/** @return a new requested engagement of the repository, for the same customer */
	Engagement engagement(String key, String title) {
		Engagement created = model.engagement(key, customer, EngagementState.REQUESTED, OPENED);
		created.setTitle(title);
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
		engagement.setCloseOutConfirmation(call(OPENED.plus(Duration.ofDays(11)), "Close-out agreed"));
		return this;
	}
}
