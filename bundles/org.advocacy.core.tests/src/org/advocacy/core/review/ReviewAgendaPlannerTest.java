// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.StatusColour;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly agenda of a hand-built repository whose last review was held on Tuesday 3 March 2026 at 15:00 UTC,
 * prepared on Tuesday 10 March at 14:00.
 */
class ReviewAgendaPlannerTest {

	private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");

	private final ReviewFixture fixture = new ReviewFixture();
	private final ReviewAgendaPlanner planner = new ReviewAgendaPlanner();
	private Person ada;
	private Person bob;
	private ManagementReview earlier;
	private ManagementReview last;
	private Engagement newGreen;
	private Engagement newRed;
	private Engagement oldGreen;
	private Engagement red;
	private Engagement oldestYellow;
	private Engagement yellow;
	private Engagement inCloseOut;
	private Engagement closedThisWeek;
	private Engagement leftUnconfirmed;
	private Engagement requestedAfterNow;
	private Engagement confirmedCloseOut;
	private RootCauseCommitment overdue;
	private RootCauseCommitment longOverdue;

	@BeforeEach
	void buildFixture() {
		ada = fixture.model.person("Ada");
		bob = fixture.model.person("Bob");
		newGreen = fixture.engagement(EngagementState.ENGAGED, StatusColour.GREEN, ada, "2026-03-05T10:00:00Z", null);
		newRed = fixture.engagement(EngagementState.REQUESTED, StatusColour.RED, bob, "2026-03-08T02:00:00Z", null);
		oldGreen = fixture.engagement(EngagementState.EXECUTING_PLAN, StatusColour.GREEN, ada, "2026-02-01T10:00:00Z",
				null);
		red = fixture.engagement(EngagementState.EXECUTING_PLAN, StatusColour.RED, bob, "2026-02-20T10:00:00Z", null);
		oldestYellow = fixture.engagement(EngagementState.ENGAGED, StatusColour.YELLOW, ada, "2026-01-15T10:00:00Z",
				null);
		yellow = fixture.engagement(EngagementState.EXECUTING_PLAN, StatusColour.YELLOW, bob, "2026-02-10T10:00:00Z",
				null);
		inCloseOut = fixture.engagement(EngagementState.CLOSE_OUT, StatusColour.GREEN, ada, "2026-01-10T10:00:00Z",
				null);
		closedThisWeek = fixture.engagement(EngagementState.RETURNED_TO_SOP, StatusColour.GREEN, bob,
				"2026-01-20T10:00:00Z", "2026-03-06T16:00:00Z");
		Engagement closedBeforeLastReview = fixture.engagement(EngagementState.RETURNED_TO_SOP, StatusColour.GREEN, ada,
				"2026-01-05T10:00:00Z", "2026-02-27T11:00:00Z");
		leftUnconfirmed = fixture.engagement(EngagementState.RETURNED_TO_SOP, StatusColour.YELLOW, ada,
				"2026-01-07T10:00:00Z", "2026-02-28T11:00:00Z");
		confirmedCloseOut = fixture.engagement(EngagementState.CLOSE_OUT, StatusColour.GREEN, bob,
				"2026-01-08T10:00:00Z", null);
		fixture.engagement(EngagementState.DECLINED, StatusColour.GREEN, bob, "2026-03-06T10:00:00Z",
				"2026-03-06T18:00:00Z");
		requestedAfterNow = fixture.engagement(EngagementState.REQUESTED, StatusColour.RED, ada, "2026-03-10T15:00:00Z",
				null);

		earlier = fixture.review("2026-02-24T15:00:00Z");
		ModelBuilder.item(earlier, closedBeforeLastReview, ReviewItemKind.UPDATE, false);
		overdue = commitment(earlier, "2026-03-06", CommitmentStatus.IN_PROGRESS);
		commitment(earlier, "2026-03-01", CommitmentStatus.DONE);
		commitment(earlier, "2026-03-02", CommitmentStatus.DROPPED);
		last = fixture.review("2026-03-03T15:00:00Z");
		ModelBuilder.item(last, leftUnconfirmed, ReviewItemKind.CONFIRM_CLOSED, false);
		ModelBuilder.item(last, confirmedCloseOut, ReviewItemKind.CONFIRM_CLOSED, true);
		commitment(last, "2026-03-10", CommitmentStatus.OPEN);
		longOverdue = commitment(last, "2026-03-03", CommitmentStatus.OPEN);
	}

	private static RootCauseCommitment commitment(ManagementReview review, String promisedUpdateOn,
			CommitmentStatus status) {
		RootCauseCommitment commitment = AdvocacyFactory.eINSTANCE.createRootCauseCommitment();
		commitment.setPromisedUpdateOn(LocalDate.parse(promisedUpdateOn));
		commitment.setStatus(status);
		review.getCommitments().add(commitment);
		return commitment;
	}

	@Test
	void agendaCoversTheTimeSinceTheLastReview() {
		ReviewAgenda agenda = planner.prepare(fixture.repository, NOW);

		assertEquals(last, agenda.lastReview().orElseThrow());
		assertEquals(Instant.parse("2026-03-03T15:00:00Z"), agenda.since());
		assertEquals(NOW, agenda.preparedAt());
	}

	@Test
	void newSituationsAreTheActiveOnesOpenedSinceTheLastReview() {
		ReviewAgenda agenda = planner.prepare(fixture.repository, NOW);

		assertEquals(List.of(newRed, newGreen), engagements(agenda.newEngagements()), "Red first");
		assertEquals(ReviewItemKind.NEW, agenda.newEngagements().get(0).kind());
		assertEquals(Duration.ofHours(2 * 24 + 12), agenda.newEngagements().get(0).age());
	}

	@Test
	void updatesAreRedThenYellowThenGreenOldestFirst() {
		ReviewAgenda agenda = planner.prepare(fixture.repository, NOW);

		assertEquals(List.of(red, oldestYellow, yellow, oldGreen), engagements(agenda.updates()));
		assertEquals(StatusColour.RED, agenda.updates().get(0).status());
	}

	@Test
	void closuresToConfirmAreCloseOutsAndClosingsSinceTheLastReviewNotYetConfirmed() {
		ReviewAgenda agenda = planner.prepare(fixture.repository, NOW);

		assertEquals(List.of(leftUnconfirmed, inCloseOut, closedThisWeek), engagements(agenda.toConfirmClosed()),
				"Yellow first, then the oldest; the closing left unconfirmed last week is carried over");
		assertEquals(ReviewItemKind.CONFIRM_CLOSED, agenda.toConfirmClosed().get(0).kind());
	}

	@Test
	void overdueCommitmentsAreThosePastTheirDateAndNeitherDoneNorDropped() {
		List<OverdueCommitment> overdueCommitments = planner.prepare(fixture.repository, NOW).overdueCommitments();

		assertEquals(List.of(longOverdue, overdue),
				overdueCommitments.stream().map(OverdueCommitment::commitment).toList(), "most overdue first");
		assertEquals(7, overdueCommitments.get(0).daysOverdue());
		assertEquals(last, overdueCommitments.get(0).review());
		assertEquals(4, overdueCommitments.get(1).daysOverdue());
		assertEquals(earlier, overdueCommitments.get(1).review());
	}

	@Test
	void overdueIsJudgedOnTheDayInTheGivenZone() {
		ReviewAgendaPlanner auckland = new ReviewAgendaPlanner(ZoneId.of("Pacific/Auckland"),
				ReviewAgendaPlanner.DEFAULT_LOOK_BACK);

		// 14:00 UTC on 10 March is already 11 March in Auckland: the update promised for the 10th is overdue
		assertEquals(3, auckland.prepare(fixture.repository, NOW).overdueCommitments().size());
	}

	@Test
	void draftReviewHasOneItemPerAgendaEngagementAndInvitesTheirAdvocates() {
		ReviewAgenda agenda = planner.prepare(fixture.repository, NOW);

		ManagementReview review = agenda.draftReview();

		assertNull(review.eContainer(), "the caller adds it with a command");
		assertEquals(NOW, review.getHeldOn());
		assertEquals(List.of(newRed, newGreen, red, oldestYellow, yellow, oldGreen, leftUnconfirmed, inCloseOut,
				closedThisWeek), review.getItems().stream().map(ReviewItem::getEngagement).toList());
		assertEquals(List.of(ReviewItemKind.NEW, ReviewItemKind.NEW, ReviewItemKind.UPDATE, ReviewItemKind.UPDATE,
				ReviewItemKind.UPDATE, ReviewItemKind.UPDATE, ReviewItemKind.CONFIRM_CLOSED,
				ReviewItemKind.CONFIRM_CLOSED, ReviewItemKind.CONFIRM_CLOSED),
				review.getItems().stream().map(ReviewItem::getKind).toList());
		assertFalse(review.getItems().stream().anyMatch(ReviewItem::isClosureConfirmed), "the meeting confirms");
		assertEquals(List.of(bob, ada), review.getAttendees());
		assertEquals("Agenda: 2 new situations, 4 updates, 3 closures to confirm, 2 overdue root-cause commitments.",
				review.getNotes());
	}

	@Test
	void agendaAfterRecordingAReviewStartsFromThatReview() {
		ManagementReview recorded = planner.prepare(fixture.repository, NOW).draftReview();
		recorded.getItems().stream().filter(item -> item.getKind() == ReviewItemKind.CONFIRM_CLOSED)
				.filter(item -> item.getEngagement() != inCloseOut).forEach(item -> item.setClosureConfirmed(true));
		fixture.repository.getReviews().add(recorded);
		Engagement openedAfter = fixture.engagement(EngagementState.ASSESSING, StatusColour.YELLOW, ada,
				"2026-03-12T09:00:00Z", null);

		ReviewAgenda next = planner.prepare(fixture.repository, NOW.plus(Duration.ofDays(7)));

		assertEquals(recorded, next.lastReview().orElseThrow());
		assertEquals(NOW, next.since());
		assertEquals(List.of(requestedAfterNow, openedAfter), engagements(next.newEngagements()));
		assertEquals(List.of(red, newRed, oldestYellow, yellow, oldGreen, newGreen), engagements(next.updates()));
		assertEquals(List.of(inCloseOut), engagements(next.toConfirmClosed()),
				"close-out stays on the agenda until a review confirms it");
	}

	@Test
	void withoutAnyReviewTheAgendaLooksBackTheConfiguredTime() {
		fixture.repository.getReviews().clear();

		ReviewAgenda week = planner.prepare(fixture.repository, NOW);
		ReviewAgenda threeWeeks = new ReviewAgendaPlanner(ZoneOffset.UTC, Duration.ofDays(21))
				.prepare(fixture.repository, NOW);

		assertEquals(NOW.minus(Duration.ofDays(7)), week.since());
		assertFalse(week.lastReview().isPresent());
		assertEquals(List.of(newRed, newGreen), engagements(week.newEngagements()));
		assertEquals(List.of(red, newRed, newGreen), engagements(threeWeeks.newEngagements()));
		assertEquals(List.of(confirmedCloseOut, inCloseOut, closedThisWeek), engagements(week.toConfirmClosed()),
				"without reviews no closure is confirmed");
	}

	@Test
	void aReviewHeldAtOrAfterNowIsNotTheLastOne() {
		fixture.review("2026-03-10T14:00:00Z");

		assertEquals(last, planner.prepare(fixture.repository, NOW).lastReview().orElseThrow());
	}

	@Test
	void lookBackMustBePositive() {
		assertThrows(IllegalArgumentException.class, () -> new ReviewAgendaPlanner(ZoneOffset.UTC, Duration.ZERO));
	}

	private static List<Engagement> engagements(List<AgendaItem> items) {
		return items.stream().map(AgendaItem::engagement).toList();
	}
}
