// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;

import org.advocacy.core.escalation.AttemptOutcomeChange;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.EscalationReason;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/**
 * Working a ladder — escalating to an area, recording a call and how it ended — is one undoable command per step,
 * named after the person and the area, and makes exactly the change the escalation engine describes.
 */
class LadderCommandsTest {

	private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
	private static final Instant NOW = OPENED.plus(Duration.ofMinutes(30));

	private final ModelBuilder model = new ModelBuilder();
	private final Person primary = model.person("Ana Primary");
	private final Person backup = model.person("Ben Backup");
	private final FunctionalArea engineering = model.area("Engineering", AreaKind.ENGINEERING, primary, backup);
	private final FunctionalArea legal = model.area("Legal", AreaKind.LEGAL, backup);
	private final Engagement engagement = model.engagement("ADV-0001", null, EngagementState.ENGAGED, OPENED);
	private final Escalation escalation = ModelBuilder.escalation(engagement, engineering, OPENED);
	private final EditingDomain domain = CommandCheck.domain();

	LadderCommandsTest() {
		engagement.setUrgency(Urgency.URGENT_24X7);
		model.defaultTarget(Urgency.URGENT_24X7, 240, 15);
	}

	@Test
	void contactedAppendsAPendingCallToWhomTheEngineNames() {
		LadderStatus status = new EscalationLadder().evaluate(engagement, escalation, NOW);
		Command command = LadderCommands.contacted(domain, escalation, status.next(), ContactChannel.MOBILE, NOW);

		assertEquals("Record Ana Primary contacted", command.getLabel());
		executesUndoesAndRedoes(domain, model.repository(), command);
		LadderAttempt call = escalation.getAttempts().get(0);
		assertSame(primary, call.getPerson());
		assertEquals(EscalationLevel.PRIMARY, call.getLevel());
		assertEquals(ContactChannel.MOBILE, call.getChannel());
		assertEquals(NOW, call.getContactedAt());
		assertSame(call, new EscalationLadder().evaluate(engagement, escalation, NOW).awaitedAttempt(),
				"the call now awaits its outcome");
	}

	@Test
	void anAnswerSetsTheOutcomeAndWhenAndEndsTheWait() {
		LadderAttempt call = ModelBuilder.attempt(escalation, EscalationLevel.PRIMARY, primary, OPENED,
				AttemptOutcome.PENDING);
		Command command = LadderCommands.outcome(domain, AttemptOutcomeChange.responded(call, NOW));

		assertEquals("Record responded from Ana Primary", command.getLabel());
		executesUndoesAndRedoes(domain, model.repository(), command);
		assertEquals(AttemptOutcome.RESPONDED, call.getOutcome());
		assertEquals(NOW, call.getRespondedAt());
		assertNull(new EscalationLadder().evaluate(engagement, escalation, NOW).awaitedAttempt(),
				"nothing is awaited once someone answered");
	}

	@Test
	void noAnswerSetsOnlyTheOutcome() {
		LadderAttempt call = ModelBuilder.attempt(escalation, EscalationLevel.PRIMARY, primary, OPENED,
				AttemptOutcome.PENDING);

		executesUndoesAndRedoes(domain, model.repository(),
				LadderCommands.outcome(domain, AttemptOutcomeChange.noAnswer(call)));
		assertEquals(AttemptOutcome.NO_ANSWER, call.getOutcome());
		assertNull(call.getRespondedAt());
	}

	@Test
	void escalatingAddsAnEscalationToTheArea() {
		Command command = LadderCommands.escalate(domain, engagement, legal, EscalationReason.RESOURCE_NEEDED, NOW);

		assertEquals("Escalate to Legal", command.getLabel());
		executesUndoesAndRedoes(domain, model.repository(), command);
		Escalation added = engagement.getEscalations().get(1);
		assertSame(legal, added.getArea());
		assertEquals(EscalationReason.RESOURCE_NEEDED, added.getReason());
		assertEquals(NOW, added.getStartedAt());
	}
}
