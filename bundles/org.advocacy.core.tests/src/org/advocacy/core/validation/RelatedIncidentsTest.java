// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.junit.jupiter.api.Test;

/** A similar but separate incident becomes a new engagement with its own case number, linked both ways. */
class RelatedIncidentsTest {

	@Test
	void spinOffIsANewRequestForTheSameCustomerLinkedBothWays() {
		Fixture fixture = new Fixture().returnToSop();
		Engagement earlier = fixture.engagement;
		RelatedIncidents.SpinOff spinOff = RelatedIncidents.spinOff(earlier, Fixture.NOW);
		Engagement related = spinOff.engagement();

		assertEquals("ADV-0043", related.getKey());
		assertEquals("Similar to ADV-0042: Payroll outage", related.getTitle());
		assertSame(fixture.customer, related.getCustomer());
		assertSame(fixture.bob, related.getAdvocate());
		assertEquals(EngagementState.REQUESTED, related.getState());
		assertEquals(Fixture.NOW, related.getOpenedAt());
		assertEquals(List.of(earlier), related.getRelatedEngagements());
		assertFalse(fixture.repository.getEngagements().contains(related), "nothing changes until the caller applies");
		assertEquals(List.of(), earlier.getRelatedEngagements());

		spinOff.changes().forEach(ModelChange::apply);
		assertTrue(fixture.repository.getEngagements().contains(related));
		assertEquals(List.of(related), earlier.getRelatedEngagements());
		assertEquals(EngagementState.RETURNED_TO_SOP, earlier.getState(), "the closed engagement stays closed");
		assertEquals(List.of(), AdvocacyValidatorTest.findings(fixture));
	}

	@Test
	void caseNumbersFollowTheHighestAndAreNeverReused() {
		Fixture fixture = new Fixture();
		fixture.engagement("ADV-0100", "Old case");
		fixture.engagement("legacy-7", "Imported case");
		fixture.engagement(null, "Draft");
		assertEquals("ADV-0101", RelatedIncidents.nextKey(fixture.repository));
		fixture.engagement("ADV-9999", "Busy year");
		assertEquals("ADV-10000", RelatedIncidents.nextKey(fixture.repository));
		assertEquals("ADV-0001", RelatedIncidents.nextKey(AdvocacyFactory.eINSTANCE.createAdvocacyRepository()));
	}

	@Test
	void twoSpinOffsInARowGetDifferentNumbers() {
		Fixture fixture = new Fixture().returnToSop();
		RelatedIncidents.SpinOff first = RelatedIncidents.spinOff(fixture.engagement, Fixture.NOW);
		first.changes().forEach(ModelChange::apply);
		RelatedIncidents.SpinOff second = RelatedIncidents.spinOff(fixture.engagement, Fixture.NOW);
		assertEquals("ADV-0044", second.engagement().getKey());
	}

	@Test
	void anEngagementOutsideARepositoryCannotSpinOff() {
		Engagement loose = AdvocacyFactory.eINSTANCE.createEngagement();
		loose.setKey("ADV-0001");
		assertThrows(IllegalArgumentException.class, () -> RelatedIncidents.spinOff(loose, Fixture.NOW));
	}
}
