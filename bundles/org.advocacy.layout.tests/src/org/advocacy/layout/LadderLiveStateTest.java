// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The engine's ladder decisions mapped onto rungs, at fixed clocks. The urgent engagement runs 24x7 with the default
 * 15-minute timeout.
 */
class LadderLiveStateTest {

	private static final Instant CALLED = Instant.parse("2026-11-20T10:00:00Z");

	private final AdvocacyFactory factory = AdvocacyFactory.eINSTANCE;
	private final AdvocacyRepository repository = factory.createAdvocacyRepository();
	private final FunctionalArea engineering = factory.createFunctionalArea();
	private final Person[] ladder = new Person[5];
	private final Engagement engagement = factory.createEngagement();
	private final Escalation escalation = factory.createEscalation();

	LadderLiveStateTest() {
		Organization organization = factory.createOrganization();
		repository.setOrganization(organization);
		engineering.setName("Engineering");
		organization.getAreas().add(engineering);
		for (EscalationLevel level : EscalationLevel.VALUES) {
			Person person = factory.createPerson();
			person.setName(level.getLiteral() + " person");
			organization.getPeople().add(person);
			LadderRung rung = factory.createLadderRung();
			rung.setLevel(level);
			rung.setPerson(person);
			engineering.getLadder().add(rung);
			ladder[level.getValue()] = person;
		}
		engagement.setKey("ADV-0001");
		engagement.setUrgency(Urgency.URGENT_24X7);
		engagement.setState(EngagementState.ENGAGED);
		engagement.setOpenedAt(CALLED.minus(Duration.ofHours(1)));
		repository.getEngagements().add(engagement);
		escalation.setArea(engineering);
		escalation.setStartedAt(CALLED);
		engagement.getEscalations().add(escalation);
	}

	@Test
	void awaitingTheCalledPrimaryShowsItCurrentWithACountdown() {
		attempt(EscalationLevel.PRIMARY, AttemptOutcome.PENDING);

		LadderLiveState state = live(at(5));

		assertEquals(RungState.AWAITING, state.rung(EscalationLevel.PRIMARY).state());
		assertEquals(CALLED, state.rung(EscalationLevel.PRIMARY).contactedAt());
		assertEquals(EscalationLevel.PRIMARY, state.currentLevel());
		assertEquals(Duration.ofMinutes(10), state.remaining(at(5)));
		assertEquals(RungState.IDLE, state.rung(EscalationLevel.BACKUP).state());
		assertEquals(0, state.warning());
	}

	@Test
	void warningsAtSeventyAndNinetyPercentOfTheWait() {
		attempt(EscalationLevel.PRIMARY, AttemptOutcome.PENDING);

		assertEquals(0.7, live(at(11)).warning(), 1e-9);
		assertEquals(0.9, live(at(14)).warning(), 1e-9);
	}

	@Test
	void aTimedOutCallMovesTheCurrentLevelToTheNextRung() {
		attempt(EscalationLevel.PRIMARY, AttemptOutcome.PENDING);

		LadderLiveState state = live(at(20));

		assertEquals(RungState.TIMED_OUT, state.rung(EscalationLevel.PRIMARY).state());
		assertFalse(state.rung(EscalationLevel.PRIMARY).current());
		assertEquals(RungState.CALL_NOW, state.rung(EscalationLevel.BACKUP).state());
		assertEquals(EscalationLevel.BACKUP, state.currentLevel());
		assertNull(state.remaining(at(20)), "no wait runs while a call is due");
	}

	@Test
	void aRespondedCallStopsTheLadder() {
		attempt(EscalationLevel.PRIMARY, AttemptOutcome.NO_ANSWER);
		LadderAttempt backup = attempt(EscalationLevel.BACKUP, AttemptOutcome.RESPONDED);
		backup.setRespondedAt(CALLED.plus(Duration.ofMinutes(3)));

		LadderLiveState state = live(at(20));

		assertEquals(RungState.NO_ANSWER, state.rung(EscalationLevel.PRIMARY).state());
		assertEquals(RungState.RESPONDED, state.rung(EscalationLevel.BACKUP).state());
		assertEquals(backup.getRespondedAt(), state.rung(EscalationLevel.BACKUP).respondedAt());
		assertNull(state.currentLevel(), "an answer stops the ladder");
		assertEquals(RungState.IDLE, state.rung(EscalationLevel.MANAGER).state());
	}

	@Test
	void noAnswerFromTheVicePresidentFlagsTheLadder() {
		for (EscalationLevel level : EscalationLevel.VALUES) {
			attempt(level, AttemptOutcome.NO_ANSWER);
		}

		LadderLiveState state = live(at(1));

		assertTrue(state.vicePresidentReached());
		assertTrue(state.flagged());
		assertNull(state.currentLevel());
		assertEquals(RungState.NO_ANSWER, state.rung(EscalationLevel.VICE_PRESIDENT).state());
	}

	@Test
	void engagementStatesAreKeyedByArea() {
		attempt(EscalationLevel.PRIMARY, AttemptOutcome.PENDING);
		Clock clock = Clock.fixed(at(5), ZoneOffset.UTC);

		Map<FunctionalArea, LadderLiveState> states = LadderLiveState.of(new EscalationLadder(), engagement,
				clock.instant());

		assertEquals(Map.of(engineering, states.get(engineering)), states);
		assertFalse(states.get(engineering).vicePresidentReached());
	}

	private LadderLiveState live(Instant now) {
		return LadderLiveState.of(new EscalationLadder().evaluate(engagement, escalation, now));
	}

	private LadderAttempt attempt(EscalationLevel level, AttemptOutcome outcome) {
		LadderAttempt attempt = factory.createLadderAttempt();
		attempt.setLevel(level);
		attempt.setPerson(ladder[level.getValue()]);
		attempt.setContactedAt(CALLED);
		attempt.setOutcome(outcome);
		escalation.getAttempts().add(attempt);
		return attempt;
	}

	private static Instant at(int minutesAfterCall) {
		return CALLED.plus(Duration.ofMinutes(minutesAfterCall));
	}
}
