// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scaled sample keeps the organization, grows the customer base modestly and stays valid. */
class SampleScalingTest {

	private static final int COUNT = 2_000;

	private static AdvocacyRepository repository;

	@BeforeAll
	static void generate() {
		repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				SampleRepositoryGeneratorTest.NOW).generate(COUNT);
	}

	@Test
	void hasTheRequestedEngagementsWithSequentialKeys() {
		assertEquals(COUNT, repository.getEngagements().size());
		assertEquals("ADV-0001", repository.getEngagements().get(0).getKey());
		assertEquals("ADV-2000", repository.getEngagements().get(COUNT - 1).getKey());
	}

	@Test
	void growsCustomersModestlyAndKeepsTheOrganization() {
		assertEquals(COUNT / 10, repository.getCustomers().size());
		assertEquals(7, repository.getOrganization().getAreas().size());
		assertEquals(repository.getCustomers().size(),
				repository.getCustomers().stream().map(c -> c.getName()).distinct().count(), "unique customer names");
	}

	@Test
	void allInvariantsHold() {
		SampleRepositoryGeneratorTest.assertInvariants(repository, SampleRepositoryGeneratorTest.NOW);
	}

	@Test
	void everyStateAndMostlyClosedHistory() {
		Set<EngagementState> states = EnumSet.noneOf(EngagementState.class);
		long closed = 0;
		for (Engagement engagement : repository.getEngagements()) {
			states.add(engagement.getState());
			closed += engagement.getClosedAt() != null ? 1 : 0;
		}
		assertEquals(EnumSet.allOf(EngagementState.class), states);
		assertTrue(closed > COUNT / 2, "a mature history is mostly closed");
	}

	@Test
	void reviewsStayMeetingSized() {
		for (ManagementReview review : repository.getReviews()) {
			assertTrue(review.getItems().size() <= 24);
			assertEquals(review.getItems().size(),
					review.getItems().stream().map(ReviewItem::getEngagement).distinct().count());
		}
	}
}
