// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lifecycle offers the whitepaper's moves, refuses the ones whose requirements are not met with every reason in
 * the validator's words, never re-opens a closed engagement, and describes the follow-up of a move as changes.
 */
class EngagementLifecycleTest {

	@Test
	void offersTheMovesOfTheProcess() {
		assertEquals(EnumSet.of(EngagementState.ASSESSING, EngagementState.DECLINED),
				EngagementLifecycle.successors(EngagementState.REQUESTED));
		assertEquals(EnumSet.of(EngagementState.ENGAGED, EngagementState.DECLINED),
				EngagementLifecycle.successors(EngagementState.ASSESSING));
		assertEquals(EnumSet.of(EngagementState.EXECUTING_PLAN, EngagementState.CLOSE_OUT),
				EngagementLifecycle.successors(EngagementState.ENGAGED));
		assertEquals(EnumSet.of(EngagementState.ENGAGED, EngagementState.CLOSE_OUT),
				EngagementLifecycle.successors(EngagementState.EXECUTING_PLAN));
		assertEquals(EnumSet.of(EngagementState.EXECUTING_PLAN, EngagementState.RETURNED_TO_SOP),
				EngagementLifecycle.successors(EngagementState.CLOSE_OUT));
		assertTrue(EngagementLifecycle.isFinal(EngagementState.RETURNED_TO_SOP));
		assertTrue(EngagementLifecycle.isFinal(EngagementState.DECLINED));
		assertFalse(EngagementLifecycle.isFinal(EngagementState.CLOSE_OUT));
	}

	@Test
	void assessmentNeedsAnAdvocate() {
		Engagement request = new Fixture().engagement("ADV-0043", "Slow reports");
		assertEquals(List.of("Engagement ADV-0043 'Slow reports' cannot be assessed: no advocate owns it yet."),
				EngagementLifecycle.check(request, EngagementState.ASSESSING).reasons());
		assertTrue(EngagementLifecycle.check(request, EngagementState.DECLINED).allowed());
	}

	@Test
	void engagingNeedsCriteriaAgreedWithTheCustomer() {
		Fixture fixture = new Fixture();
		Engagement engagement = fixture.engagement;
		engagement.setState(EngagementState.ASSESSING);
		engagement.getDisengagementCriteria().clear();
		engagement.setCriteriaAgreedAt(null);
		Transition engage = EngagementLifecycle.check(engagement, EngagementState.ENGAGED);
		assertFalse(engage.allowed());
		assertEquals(List.of(
				"Engagement ADV-0042 'Payroll outage' cannot be engaged: no disengagement criteria have been written down.",
				"Engagement ADV-0042 'Payroll outage' cannot be engaged: the disengagement criteria have not been agreed with the customer (no agreement date)."),
				engage.reasons());

		engagement.getDisengagementCriteria().add(fixture.disengagement);
		engagement.setCriteriaAgreedAt(Fixture.OPENED.plus(Duration.ofHours(3)));
		assertTrue(EngagementLifecycle.check(engagement, EngagementState.ENGAGED).allowed());
	}

	@Test
	void executingNeedsAPublishedPlan() {
		Fixture fixture = new Fixture();
		fixture.engagement.setState(EngagementState.ENGAGED);
		fixture.plan.setPublishedAt(null);
		assertEquals(List.of("Engagement ADV-0042 'Payroll outage' cannot execute a get-well plan: its get-well plan has not been published."),
				EngagementLifecycle.check(fixture.engagement, EngagementState.EXECUTING_PLAN).reasons());
		fixture.engagement.setGetWellPlan(null);
		assertEquals(List.of("Engagement ADV-0042 'Payroll outage' cannot execute a get-well plan: it has no get-well plan with tasks."),
				EngagementLifecycle.check(fixture.engagement, EngagementState.EXECUTING_PLAN).reasons());
		assertTrue(EngagementLifecycle.check(fixture.engagement, EngagementState.CLOSE_OUT).reasons().size() == 2,
				"close-out straight from engaged is offered, but the criteria are not met yet");
	}

	@Test
	void closeOutNeedsEveryCriterionMetAndListsEachOne() {
		Fixture fixture = new Fixture();
		Transition closeOut = EngagementLifecycle.check(fixture.engagement, EngagementState.CLOSE_OUT);
		assertEquals(List.of(
				"Engagement ADV-0042 'Payroll outage' cannot close out: disengagement criterion 'Fix in production and monitored' is not met.",
				"Engagement ADV-0042 'Payroll outage' cannot close out: success criterion 'Payroll runs on time for 2 cycles' is not met."),
				closeOut.reasons());
		assertEquals("Close out", closeOut.actionName());
		fixture.disengagement.setMet(true);
		fixture.success.setMet(true);
		assertTrue(EngagementLifecycle.check(fixture.engagement, EngagementState.CLOSE_OUT).allowed());
	}

	@Test
	void refusalAndProblemMarkerUseTheSameWords() {
		Fixture fixture = new Fixture().closeOut();
		fixture.success.setMet(false);
		String reason = EngagementLifecycle.check(fixture.engagement, EngagementState.RETURNED_TO_SOP).reasons().get(0);
		fixture.engagement.setState(EngagementState.RETURNED_TO_SOP);
		fixture.engagement.setClosedAt(Fixture.NOW);
		Diagnostic marker = AdvocacyValidatorTest.findings(fixture).get(0);
		assertEquals(reason, marker.getMessage());
	}

	@Test
	void closingNeedsTheCustomersConfirmationAndRecordsTheClosingDate() {
		Fixture fixture = new Fixture().closeOut();
		Engagement engagement = fixture.engagement;
		assertEquals(List.of("Engagement ADV-0042 'Payroll outage' cannot close and return to standard operations: "
				+ "the customer has not confirmed disengagement criterion 'Fix in production and monitored'.",
				"Engagement ADV-0042 'Payroll outage' cannot close and return to standard operations: "
						+ "the customer has not confirmed success criterion 'Payroll runs on time for 2 cycles'."),
				EngagementLifecycle.check(engagement, EngagementState.RETURNED_TO_SOP).reasons());
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> EngagementLifecycle.changesFor(engagement, EngagementState.RETURNED_TO_SOP, Fixture.NOW));
		assertTrue(refused.getMessage().contains("has not confirmed success criterion"), refused.getMessage());

		fixture.disengagement.setCustomerConfirmed(true);
		fixture.success.setCustomerConfirmed(true);
		List<ModelChange> changes = EngagementLifecycle.changesFor(engagement, EngagementState.RETURNED_TO_SOP, Fixture.NOW);
		assertEquals(List.of(ModelChange.set(engagement, AdvocacyPackage.Literals.ENGAGEMENT__STATE, EngagementState.RETURNED_TO_SOP),
				ModelChange.set(engagement, AdvocacyPackage.Literals.ENGAGEMENT__CLOSED_AT, Fixture.NOW)), changes);
		assertEquals(EngagementState.CLOSE_OUT, engagement.getState(), "nothing changes until the caller applies");
		changes.forEach(ModelChange::apply);
		assertEquals(Fixture.NOW, engagement.getClosedAt());
		assertEquals(List.of(Rule.CLOSE_OUT_CONFIRMATION_MISSING.code()),
				AdvocacyValidatorTest.findings(fixture).stream().map(finding -> finding.getCode()).toList(),
				"closed without the update in which the customer agreed: flagged");
		engagement.setCloseOutConfirmation(fixture.criteriaCall);
		assertEquals(List.of(), AdvocacyValidatorTest.findings(fixture));
	}

	@Test
	void customerDisagreementGoesBackToThePlan() {
		Fixture fixture = new Fixture().closeOut();
		Transition back = EngagementLifecycle.check(fixture.engagement, EngagementState.EXECUTING_PLAN);
		assertTrue(back.allowed());
		assertEquals("Back to the plan (customer disagrees)", back.actionName());
		assertEquals(List.of(ModelChange.set(fixture.engagement, AdvocacyPackage.Literals.ENGAGEMENT__STATE,
				EngagementState.EXECUTING_PLAN)),
				EngagementLifecycle.changesFor(fixture.engagement, EngagementState.EXECUTING_PLAN, Fixture.NOW));
	}

	@ParameterizedTest
	@EnumSource(value = EngagementState.class, names = { "RETURNED_TO_SOP", "DECLINED" })
	void finalStatesCannotBeReopened(EngagementState finalState) {
		Fixture fixture = new Fixture().returnToSop();
		fixture.engagement.setState(finalState);
		assertEquals(List.of(), EngagementLifecycle.transitions(fixture.engagement));
		for (EngagementState target : EngagementState.values()) {
			Transition reopen = EngagementLifecycle.check(fixture.engagement, target);
			assertFalse(reopen.allowed(), target::toString);
			assertTrue(reopen.reasons().get(0).contains("cannot be re-opened")
					&& reopen.reasons().get(0).contains("new engagement linked to it"), reopen.reasons()::toString);
		}
	}

	@Test
	void movesOutsideTheProcessAreRefused() {
		Transition skip = EngagementLifecycle.check(new Fixture().engagement("ADV-0043", "Slow reports"),
				EngagementState.EXECUTING_PLAN);
		assertEquals(List.of("Engagement ADV-0043 'Slow reports' cannot go from Requested to Executing plan directly."),
				skip.reasons());
	}

	@Test
	void transitionsListEveryOfferedMoveWithItsVerdict() {
		Fixture fixture = new Fixture();
		List<Transition> transitions = EngagementLifecycle.transitions(fixture.engagement);
		assertEquals(List.of(EngagementState.ENGAGED, EngagementState.CLOSE_OUT),
				transitions.stream().map(Transition::to).toList());
		assertTrue(transitions.get(0).allowed());
		assertEquals("Back to engaged (re-plan)", transitions.get(0).actionName());
		assertFalse(transitions.get(1).allowed());
	}
}
