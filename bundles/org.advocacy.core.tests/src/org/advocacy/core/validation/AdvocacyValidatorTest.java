// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderRung;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fires on exactly the broken data, with its code and severity, the offending object and feature for
 * the Problems marker, and a message that names the thing; and nothing fires on valid data.
 */
class AdvocacyValidatorTest {

	@Test
	void validDataHasNoFinding() {
		assertEquals(List.of(), findings(new Fixture()));
		assertEquals(List.of(), findings(new Fixture().closeOut()));
		assertEquals(List.of(), findings(new Fixture().returnToSop()));
	}

	@Test
	void boundariesAreValid() {
		Fixture fixture = new Fixture();
		fixture.effort.setHours(24);
		fixture.task.setPercentComplete(0);
		fixture.task.setFinish(fixture.task.getStart());
		fixture.expense.setAmount(BigDecimal.ZERO);
		fixture.attempt.setRespondedAt(fixture.attempt.getContactedAt());
		fixture.engagement.setCriteriaAgreedAt(fixture.engagement.getOpenedAt());
		fixture.commitment.setStatus(CommitmentStatus.DROPPED);
		fixture.commitment.setDropReason("Replaced by the platform-wide change review");
		assertEquals(List.of(), findings(fixture));
	}

	static Stream<Arguments> brokenRules() {
		return Stream.of(
				broken(f -> f.engagement.setKey(null), Rule.ENGAGEMENT_KEY_MISSING, f -> f.engagement,
						"Engagement 'Payroll outage' has no case number."),
				broken(f -> f.engagement("ADV-0042", "Payroll outage again"), Rule.ENGAGEMENT_KEY_DUPLICATE,
						f -> f.repository.getEngagements().get(1),
						"Engagement ADV-0042 'Payroll outage again' has the same case number as Engagement ADV-0042 'Payroll outage'"),
				broken(f -> f.engagement.setAdvocate(null), Rule.ENGAGEMENT_ADVOCATE_MISSING, f -> f.engagement,
						"Engagement ADV-0042 'Payroll outage' cannot execute a get-well plan: no advocate owns it yet."),
				broken(f -> f.engagement.getDisengagementCriteria().clear(), Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA,
						f -> f.engagement, "no disengagement criteria have been written down"),
				broken(f -> f.engagement.setCriteriaAgreedAt(null), Rule.ENGAGEMENT_CRITERIA_NOT_AGREED, f -> f.engagement,
						"Engagement ADV-0042 'Payroll outage' cannot execute a get-well plan: the disengagement criteria have not been agreed with the customer"),
				broken(f -> f.engagement.setGetWellPlan(null), Rule.ENGAGEMENT_PLAN_MISSING, f -> f.engagement,
						"it has no get-well plan with tasks"),
				broken(f -> f.plan.setPublishedAt(null), Rule.ENGAGEMENT_PLAN_NOT_PUBLISHED, f -> f.plan,
						"its get-well plan has not been published"),
				broken(f -> f.closeOut().success.setMet(false), Rule.ENGAGEMENT_CRITERION_NOT_MET, f -> f.success,
						"Engagement ADV-0042 'Payroll outage' cannot close out: success criterion 'Payroll runs on time for 2 cycles' is not met."),
				broken(f -> f.closeOut().disengagement.setMet(false), Rule.ENGAGEMENT_CRITERION_NOT_MET, f -> f.disengagement,
						"disengagement criterion 'Fix in production and monitored' is not met."),
				broken(f -> f.returnToSop().success.setCustomerConfirmed(false), Rule.ENGAGEMENT_CRITERION_NOT_CONFIRMED,
						f -> f.success,
						"Engagement ADV-0042 'Payroll outage' cannot close and return to standard operations: the customer has not confirmed success criterion 'Payroll runs on time for 2 cycles'."),
				broken(f -> f.returnToSop().engagement.setClosedAt(null), Rule.ENGAGEMENT_CLOSED_AT_MISSING, f -> f.engagement,
						"Engagement ADV-0042 'Payroll outage' has returned to standard operations but has no closing date."),
				broken(f -> f.engagement.setClosedAt(Fixture.NOW), Rule.ENGAGEMENT_CLOSED_AT_WHILE_OPEN, f -> f.engagement,
						"has a closing date (2026-03-20T12:00:00Z) but is still open (Executing plan)"),
				broken(f -> f.returnToSop().engagement.setClosedAt(Fixture.OPENED.minus(Duration.ofDays(1))),
						Rule.ENGAGEMENT_CLOSED_BEFORE_OPENED, f -> f.engagement, "was closed on 2026-03-01T09:00:00Z, before it was opened"),
				broken(f -> f.engagement.setCriteriaAgreedAt(Fixture.OPENED.minusSeconds(60)),
						Rule.ENGAGEMENT_CRITERIA_AGREED_BEFORE_OPENED, f -> f.engagement, "has its criteria agreed on"),
				broken(f -> f.engagement.getRelatedEngagements().add(f.engagement), Rule.ENGAGEMENT_RELATED_TO_ITSELF,
						f -> f.engagement, "Engagement ADV-0042 'Payroll outage' is listed as related to itself"),
				broken(f -> f.engagement.setOpenedAt(null), Rule.ENGAGEMENT_OPENED_AT_MISSING, f -> f.engagement,
						"Engagement ADV-0042 'Payroll outage' has no opening date."),
				broken(f -> {
					f.success.setMetAt(Fixture.NOW);
					f.success.setConfirmedAt(Fixture.NOW.minusSeconds(3600));
				}, Rule.CRITERION_CONFIRMED_BEFORE_MET, f -> f.success,
						"Success criterion 'Payroll runs on time for 2 cycles' of ADV-0042 was confirmed by the customer on"),

				broken(f -> f.summary.setExecutiveSummary(" "), Rule.SUMMARY_EXECUTIVE_SUMMARY_MISSING, f -> f.summary,
						"Situation summary of ADV-0042 is marked reviewed but has no executive summary."),
				broken(f -> f.summary.getChronology().clear(), Rule.SUMMARY_CHRONOLOGY_MISSING, f -> f.summary,
						"Situation summary of ADV-0042 is marked reviewed but has no chronology of events."),
				broken(f -> f.summary.getRootCauses().clear(), Rule.SUMMARY_ROOT_CAUSE_MISSING, f -> f.summary,
						"Situation summary of ADV-0042 is marked reviewed but names no root cause."),
				broken(f -> f.summary.setReviewedBy(null), Rule.SUMMARY_REVIEWER_MISSING, f -> f.summary,
						"does not say who reviewed it"),
				broken(f -> f.returnToSop().event.setOccurredAt(Fixture.NOW), Rule.CHRONOLOGY_EVENT_AFTER_CLOSE, f -> f.event,
						"Chronology event 'Payroll batch failed' of ADV-0042 happened on 2026-03-20T12:00:00Z, after the engagement was closed"),

				broken(f -> f.task.setOwner(null), Rule.TASK_OWNER_MISSING, f -> f.task,
						"Task 'Apply the fix' in the get-well plan of ADV-0042 has no owner."),
				broken(f -> f.milestone.setCommitmentDate(null), Rule.TASK_COMMITMENT_DATE_MISSING, f -> f.milestone,
						"Milestone 'Fix live' in the get-well plan of ADV-0042 has no date its owner committed to."),
				broken(f -> f.task.setFinish(LocalDate.of(2026, 3, 4)), Rule.TASK_FINISH_BEFORE_START, f -> f.task,
						"Task 'Apply the fix' in the get-well plan of ADV-0042 finishes on 2026-03-04, before it starts on 2026-03-05."),
				broken(f -> f.task.setPercentComplete(101), Rule.TASK_PERCENT_COMPLETE_OUT_OF_RANGE, f -> f.task,
						"is 101% complete; it must be between 0% and 100%."),
				broken(f -> f.task.setPercentComplete(-1), Rule.TASK_PERCENT_COMPLETE_OUT_OF_RANGE, f -> f.task,
						"is -1% complete"),
				broken(f -> f.task.setDurationDays(-2), Rule.TASK_NEGATIVE_DURATION, f -> f.task,
						"takes -2 working days; a duration cannot be negative."),
				broken(f -> f.milestone.setDurationDays(1), Rule.MILESTONE_WITH_DURATION, f -> f.milestone,
						"Milestone 'Fix live' in the get-well plan of ADV-0042 takes 1 working days; a milestone takes none."),
				broken(f -> f.task.setBaselineFinish(LocalDate.of(2026, 3, 1)), Rule.TASK_BASELINE_FINISH_BEFORE_START,
						f -> f.task, "has a baseline finish of 2026-03-01, before its baseline start of 2026-03-05."),
				broken(AdvocacyValidatorTest::dependOnOtherPlan, Rule.DEPENDENCY_OUTSIDE_PLAN,
						f -> f.task.getDependencies().get(0),
						"Task 'Apply the fix' in the get-well plan of ADV-0042 depends on 'Upgrade', which is not a task of the same plan"),
				broken(f -> ModelBuilder.finishToStart(f.milestone, f.task), Rule.PLAN_DEPENDENCY_CYCLE,
						f -> f.task,
						"Get-well plan of ADV-0042 has tasks that wait for each other in a circle: 'Apply the fix' → 'Fix live' → back to 'Apply the fix'"),

				broken(f -> f.support.getLadder().add(rung(EscalationLevel.BACKUP, f)), Rule.LADDER_LEVEL_DUPLICATE,
						f -> f.support.getLadder().get(2),
						"The who-to-call ladder of 'Technical support' has two Backup rungs (Bob Stone and Ann Lee); keep one person per level."),
				broken(f -> f.attempt.setRespondedAt(Fixture.OPENED), Rule.ATTEMPT_RESPONDED_BEFORE_CONTACTED, f -> f.attempt,
						"Call to Ann Lee (Primary) in the Technical support escalation of ADV-0042 was answered on 2026-03-02T09:00:00Z, before the call was made"),
				broken(f -> f.away.setEnd(f.away.getStart()), Rule.AWAY_PERIOD_ENDS_BEFORE_START, f -> f.away,
						"Away period of Ann Lee from 2026-03-07T09:00:00Z ends on 2026-03-07T09:00:00Z, not after it starts."),
				broken(f -> f.away.setAlternate(f.ann), Rule.AWAY_ALTERNATE_IS_SELF, f -> f.away,
						"names the absent person as their own alternate"),
				broken(f -> f.away.setAlternateConfirmed(false), Rule.AWAY_ALTERNATE_NOT_CONFIRMED, f -> f.away,
						"Away period of Ann Lee from 2026-03-07T09:00:00Z names Bob Stone as alternate, who has not agreed to cover yet."),
				broken(f -> f.calendar.setWorkdayEnd(LocalTime.of(8, 0)), Rule.CALENDAR_WORKDAY_ENDS_BEFORE_START,
						f -> f.calendar, "Business calendar 'US East' ends the working day at 08:00, not after it starts at 09:00."),
				broken(f -> f.target.setUpdateCadenceMinutes(0), Rule.SERVICE_TARGET_NOT_POSITIVE, f -> f.target,
						"Service target for Urgent (24x7) of segment 'Strategic accounts' has an update cadence of 0 minutes"),
				broken(f -> f.target.setEscalationTimeoutMinutes(-5), Rule.SERVICE_TARGET_NOT_POSITIVE, f -> f.target,
						"has an escalation timeout of -5 minutes"),

				broken(f -> f.effort.setHours(0), Rule.EFFORT_HOURS_OUT_OF_RANGE, f -> f.effort,
						"Effort entry of Bob Stone on 2026-03-03 in ADV-0042 records 0 hours"),
				broken(f -> f.effort.setHours(24.5), Rule.EFFORT_HOURS_OUT_OF_RANGE, f -> f.effort, "records 24.5 hours"),
				broken(f -> f.effort.setHourlyRate(new BigDecimal("-1.00")), Rule.MONEY_NEGATIVE, f -> f.effort,
						"has an hourly rate of -1; money amounts cannot be negative."),
				broken(f -> f.expense.setAmount(new BigDecimal("-640.00")), Rule.MONEY_NEGATIVE, f -> f.expense,
						"Expense 'Flight to customer site' of 2026-03-04 in ADV-0042 has an amount of -640"),
				broken(f -> f.customer.setAnnualRevenue(BigDecimal.ONE.negate()), Rule.MONEY_NEGATIVE, f -> f.customer,
						"Customer 'Contoso' has an annual revenue of -1"),

				broken(f -> f.commitment.setStatus(CommitmentStatus.DROPPED), Rule.COMMITMENT_DROP_REASON_MISSING,
						f -> f.commitment,
						"The commitment of Ann Lee 'Test every interface change' was dropped without a reason"),
				broken(f -> f.engagement.setCriteriaConfirmation(null), Rule.CRITERIA_CONFIRMATION_MISSING,
						f -> f.engagement, "Engagement ADV-0042 'Payroll outage' has its criteria agreed but no update "
								+ "or call in which the customer confirmed them"),
				broken(f -> f.criteriaCall.setCustomerRepeatedBack(false), Rule.CONFIRMATION_NOT_REPEATED_BACK,
						f -> f.engagement, "has the criteria confirmed in the update 'Criteria agreed', but the "
								+ "customer did not repeat back their understanding there"),
				broken(f -> f.returnToSop().engagement.setCloseOutConfirmation(null),
						Rule.CLOSE_OUT_CONFIRMATION_MISSING, f -> f.engagement,
						"has returned to standard operations but no update or call in which the customer agreed"),
				broken(f -> f.returnToSop().engagement.getCloseOutConfirmation().setCustomerRepeatedBack(false),
						Rule.CONFIRMATION_NOT_REPEATED_BACK, f -> f.engagement, "has the close-out confirmed"),
				broken(f -> f.offer.setTrialStart(null), Rule.OFFER_TRIAL_START_MISSING, f -> f.offer,
						"The offer of 'Proactive monitoring' in ADV-0042 is on free trial but has no first day"),
				broken(f -> f.offer.setTrialDays(0), Rule.OFFER_TRIAL_DAYS_NOT_POSITIVE, f -> f.offer,
						"has a free trial of 0 days"),
				broken(f -> f.commitment.setAccountableManager(null), Rule.COMMITMENT_MANAGER_MISSING,
						f -> f.commitment, "has no accountable manager"),
				broken(f -> f.commitment.setPromisedUpdateOn(null), Rule.COMMITMENT_UPDATE_DATE_MISSING,
						f -> f.commitment,
						"The commitment of Ann Lee 'Test every interface change' has no promised update date"));
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@MethodSource("brokenRules")
	void ruleFiresOnBrokenData(Consumer<Fixture> breakIt, Rule rule, Function<Fixture, EObject> offending,
			String message) {
		Fixture fixture = new Fixture();
		breakIt.accept(fixture);
		List<Diagnostic> findings = findings(fixture);
		assertEquals(List.of(rule.code()), findings.stream().map(Diagnostic::getCode).toList(), () -> describe(findings));
		Diagnostic finding = findings.get(0);
		assertEquals(rule.severity(), finding.getSeverity());
		assertEquals(AdvocacyValidator.DIAGNOSTIC_SOURCE, finding.getSource());
		assertTrue(finding.getMessage().contains(message), finding.getMessage());
		EObject object = offending.apply(fixture);
		assertSame(object, finding.getData().get(0));
		EStructuralFeature feature = (EStructuralFeature) finding.getData().get(1);
		assertTrue(feature.getEContainingClass().isSuperTypeOf(object.eClass()), feature::getName);
	}

	@Test
	void everyUnmetCriterionIsReportedOnItsOwn() {
		Fixture fixture = new Fixture();
		fixture.engagement.setState(EngagementState.CLOSE_OUT);
		List<Diagnostic> findings = findings(fixture);
		assertEquals(List.of(fixture.disengagement, fixture.success),
				findings.stream().map(finding -> finding.getData().get(0)).toList());
		assertTrue(findings.stream().allMatch(finding -> finding.getData().contains(fixture.engagement)));
	}

	@Test
	void cycleNamesEveryTaskInTheCircle() {
		Fixture fixture = new Fixture();
		ModelBuilder.finishToStart(fixture.milestone, fixture.task);
		Diagnostic cycle = findings(fixture).get(0);
		assertEquals(List.of(fixture.task, AdvocacyPackage.Literals.PLAN_TASK__DEPENDENCIES, fixture.milestone),
				cycle.getData());
	}

	@Test
	void standardChecksStillRunAndNameTheObject() {
		Fixture fixture = new Fixture();
		fixture.engagement.setCustomer(null);
		Diagnostic diagnostic = AdvocacyValidation.validate(fixture.repository);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		String messages = describe(diagnostic.getChildren());
		assertTrue(messages.contains("'customer'") && messages.contains("Engagement ADV-0042 'Payroll outage'"), messages);
	}

	@Test
	void ruleCodesAreUniqueAndFindTheirRule() {
		Set<Integer> codes = new HashSet<>();
		for (Rule rule : Rule.values()) {
			assertTrue(codes.add(rule.code()), rule::name);
			assertSame(rule, Rule.forCode(rule.code()));
		}
		assertEquals(null, Rule.forCode(0));
	}

	private static Arguments broken(Consumer<Fixture> breakIt, Rule rule, Function<Fixture, EObject> offending,
			String message) {
		return Arguments.of(breakIt, rule, offending, message);
	}

	private static void dependOnOtherPlan(Fixture fixture) {
		GetWellPlan other = AdvocacyFactory.eINSTANCE.createGetWellPlan();
		PhaseOfValue phase = AdvocacyFactory.eINSTANCE.createPhaseOfValue();
		PlanTask upgrade = AdvocacyFactory.eINSTANCE.createPlanTask();
		upgrade.setName("Upgrade");
		upgrade.setOwner(fixture.ann);
		upgrade.setCommitmentDate(LocalDate.of(2026, 4, 1));
		phase.getTasks().add(upgrade);
		other.getPhases().add(phase);
		fixture.engagement("ADV-0043", "Slow reports").setGetWellPlan(other);
		ModelBuilder.finishToStart(upgrade, fixture.task);
	}

	private static LadderRung rung(EscalationLevel level, Fixture fixture) {
		LadderRung rung = AdvocacyFactory.eINSTANCE.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(fixture.ann);
		return rung;
	}

	/** @return the findings of the advocacy rules (EMF's own checks are not expected to fire on the fixture) */
	static List<Diagnostic> findings(Fixture fixture) {
		Diagnostic diagnostic = AdvocacyValidation.validate(fixture.repository);
		List<Diagnostic> children = diagnostic.getChildren();
		assertTrue(children.stream().allMatch(child -> AdvocacyValidator.DIAGNOSTIC_SOURCE.equals(child.getSource())),
				() -> describe(children));
		return children;
	}

	static String describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getCode() + " " + d.getMessage()).collect(Collectors.joining("\n"));
	}
}
