// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.review.RecurringCauses.Category;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.Test;

/**
 * The recurring root-cause roll-up counts every root cause of every engagement by category — engagements, distinct
 * customers, and which causes have a commitment — not only the causes management already committed to fix.
 */
class RecurringCausesTest {

	private final ReviewFixture fixture = new ReviewFixture();
	private final Customer acme = fixture.model.customer("Acme", fixture.model.segment("Strategic"));
	private final Customer globex = fixture.model.customer("Globex", acme.getSegment());

	private Engagement engagement(Customer customer, String opened) {
		Engagement engagement = fixture.model.engagement(customer, EngagementState.ENGAGED, Instant.parse(opened));
		ModelBuilder.summary(engagement, "What happened");
		return engagement;
	}

	private static RootCause cause(Engagement engagement, RootCauseCategory category, String description) {
		RootCause cause = AdvocacyFactory.eINSTANCE.createRootCause();
		cause.setCategory(category);
		cause.setDescription(description);
		engagement.getSituationSummary().getRootCauses().add(cause);
		return cause;
	}

	@Test
	void everyCauseCountsByCategoryWithOrWithoutACommitment() {
		Engagement acmeOutage = engagement(acme, "2026-01-05T09:00:00Z");
		Engagement acmeBilling = engagement(acme, "2026-02-05T09:00:00Z");
		Engagement globexOutage = engagement(globex, "2026-02-10T09:00:00Z");
		RootCause unchecked = cause(acmeOutage, RootCauseCategory.BROKEN_PROCESS, "Change window not checked");
		cause(acmeBilling, RootCauseCategory.BROKEN_PROCESS, "Invoice run not reviewed");
		cause(globexOutage, RootCauseCategory.BROKEN_PROCESS, "Change window not checked again");
		cause(globexOutage, RootCauseCategory.BROKEN_PROCESS, "Rollback untested");
		RootCause bug = cause(acmeOutage, RootCauseCategory.PRODUCT, "Driver bug");
		RootCauseCommitment commitment = AdvocacyFactory.eINSTANCE.createRootCauseCommitment();
		commitment.getRootCauses().add(unchecked);
		fixture.review("2026-02-12T15:00:00Z").getCommitments().add(commitment);

		List<Category> categories = RecurringCauses.of(fixture.repository).categories();

		assertEquals(List.of(RootCauseCategory.BROKEN_PROCESS, RootCauseCategory.PRODUCT),
				categories.stream().map(Category::category).toList(), "the most customers first");
		Category broken = categories.get(0);
		assertEquals(4, broken.causes().size(), "every cause counts, not only the committed one");
		assertEquals(3, broken.engagements());
		assertEquals(2, broken.customers());
		assertEquals(1, broken.committed());
		assertTrue(broken.causes().get(0).isCommitted());
		assertEquals(List.of(commitment), broken.causes().get(0).commitments());
		assertFalse(broken.causes().get(1).isCommitted());
		Category product = categories.get(1);
		assertEquals(bug, product.causes().get(0).cause());
		assertEquals(1, product.customers());
		assertEquals(0, product.committed());
		assertEquals(5, RecurringCauses.of(fixture.repository).causeCount());
	}

	@Test
	void theSamplesRollUpCoversEveryRootCause() {
		var repository = StandardSample.generate();
		long causes = repository.getEngagements().stream().filter(e -> e.getSituationSummary() != null)
				.mapToLong(e -> e.getSituationSummary().getRootCauses().size()).sum();
		long committed = repository.getReviews().stream().flatMap(review -> review.getCommitments().stream())
				.flatMap(commitment -> commitment.getRootCauses().stream()).distinct().count();

		RecurringCauses recurring = RecurringCauses.of(repository);

		assertEquals(causes, recurring.causeCount());
		assertEquals(committed, recurring.categories().stream().mapToInt(Category::committed).sum());
		assertTrue(causes > committed, "the sample has causes nobody committed to fix yet");
	}
}
