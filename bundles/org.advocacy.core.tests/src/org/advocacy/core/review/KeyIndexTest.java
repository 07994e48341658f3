// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.EngagementReason;
import org.junit.jupiter.api.Test;

/** Dimension values are numbered by identity in the order first met, however many there are. */
class KeyIndexTest {

	@Test
	void valuesAreNumberedInTheOrderFirstMetAndKeepTheirNumber() {
		List<EngagementReason> reasons = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			EngagementReason reason = AdvocacyFactory.eINSTANCE.createEngagementReason();
			reason.setName("same name");
			reasons.add(reason);
		}
		KeyIndex index = new KeyIndex();

		for (int i = 0; i < reasons.size(); i++) {
			assertEquals(i, index.indexOf(reasons.get(i)));
		}
		int notRecorded = index.indexOf(null);

		assertEquals(reasons.size(), notRecorded);
		assertEquals(reasons.size() + 1, index.size());
		for (int i = reasons.size() - 1; i >= 0; i--) {
			assertEquals(i, index.indexOf(reasons.get(i)), "equal names are still different values");
			assertSame(reasons.get(i), index.key(i));
		}
		assertEquals(notRecorded, index.indexOf(null));
		assertNull(index.key(notRecorded));
	}
}
