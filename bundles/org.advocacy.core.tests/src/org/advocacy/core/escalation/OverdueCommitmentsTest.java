// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCauseCommitment;
import org.junit.jupiter.api.Test;

class OverdueCommitmentsTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-03-11");

	private final EscalationFixture fixture = new EscalationFixture();
	private final ManagementReview review = AdvocacyFactory.eINSTANCE.createManagementReview();

	OverdueCommitmentsTest() {
		review.setHeldOn(Instant.parse("2026-03-03T14:00:00Z"));
		fixture.repository.getReviews().add(review);
	}

	@Test
	void openCommitmentsPastTheirPromisedDateAreOverdueMostOverdueFirst() {
		RootCauseCommitment yesterday = commit("Add a sign-off gate", "2026-03-10", CommitmentStatus.OPEN);
		RootCauseCommitment lastWeek = commit("Fix the release checklist", "2026-03-04", CommitmentStatus.IN_PROGRESS);
		commit("Due today", "2026-03-11", CommitmentStatus.OPEN);
		commit("Due next week", "2026-03-18", CommitmentStatus.OPEN);
		commit("Already done", "2026-03-01", CommitmentStatus.DONE);
		commit("Dropped", "2026-03-01", CommitmentStatus.DROPPED);

		List<OverdueCommitment> overdue = OverdueCommitments.find(fixture.repository, TODAY);

		assertEquals(List.of(lastWeek, yesterday), overdue.stream().map(OverdueCommitment::commitment).toList());
		assertEquals(List.of(7L, 1L), overdue.stream().map(OverdueCommitment::daysOverdue).toList());
		assertEquals("Dan Director promised an update on \"Add a sign-off gate\" by 2026-03-10; it is 1 day overdue.",
				overdue.get(1).reason());
	}

	@Test
	void theDateOfAnInstantIsReadInTheOrganizationsTimeZone() {
		commit("Add a sign-off gate", "2026-03-10", CommitmentStatus.OPEN);
		Instant lateEveningUtc = Instant.parse("2026-03-10T23:30:00Z");

		assertEquals(1, OverdueCommitments.find(fixture.repository, lateEveningUtc).size(),
				"already 11 March in Berlin, the default calendar's zone");
		fixture.organization.setDefaultCalendar(null);
		assertTrue(OverdueCommitments.find(fixture.repository, lateEveningUtc).isEmpty(), "still 10 March in UTC");
	}

	private RootCauseCommitment commit(String what, String promised, CommitmentStatus status) {
		RootCauseCommitment commitment = AdvocacyFactory.eINSTANCE.createRootCauseCommitment();
		commitment.setCommitment(what);
		commitment.setAccountableManager(fixture.director);
		commitment.setPromisedUpdateOn(LocalDate.parse(promised));
		commitment.setStatus(status);
		review.getCommitments().add(commitment);
		return commitment;
	}
}
