// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator is a pure function of seed, "now" and engagement count. */
class SampleDeterminismTest {

	private static final Instant NOW = SampleRepositoryGeneratorTest.NOW;

	private static AdvocacyRepository generate(long seed, Instant now, int count) {
		return new SampleRepositoryGenerator(seed, now).generate(count);
	}

	@Test
	void sameSeedGivesAnEqualRepository() {
		AdvocacyRepository first = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 60);
		AdvocacyRepository second = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 60);
		assertTrue(EcoreUtil.equals(first, second));
	}

	@Test
	void differentSeedGivesADifferentRepository() {
		AdvocacyRepository first = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 14);
		AdvocacyRepository second = generate(SampleRepositoryGenerator.STANDARD_SEED + 1, NOW, 14);
		assertFalse(EcoreUtil.equals(first, second));
	}

	@Test
	void differentNowGivesADifferentRepository() {
		AdvocacyRepository first = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 14);
		AdvocacyRepository second = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW.plusSeconds(86_400), 14);
		assertFalse(EcoreUtil.equals(first, second));
	}

	@Test
	void standardEngagementsDoNotDependOnTheScale() {
		AdvocacyRepository standard = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 14);
		AdvocacyRepository larger = generate(SampleRepositoryGenerator.STANDARD_SEED, NOW, 40);
		for (int i = 0; i < 14; i++) {
			assertEquals(standard.getEngagements().get(i).getKey(), larger.getEngagements().get(i).getKey());
			assertEquals(standard.getEngagements().get(i).getState(), larger.getEngagements().get(i).getState());
		}
	}

	@Test
	void rejectsANegativeCount() {
		assertThrows(IllegalArgumentException.class, () -> generate(1, NOW, -1));
	}

	@Test
	void zeroEngagementsStillGivesTheOrganization() {
		AdvocacyRepository empty = generate(1, NOW, 0);
		assertTrue(empty.getEngagements().isEmpty());
		assertEquals(7, empty.getOrganization().getAreas().size());
		assertEquals(30, empty.getCustomers().size());
		SampleRepositoryGeneratorTest.assertInvariants(empty, NOW);
	}

	/** Other seeds and other moments (year end, a weekend, a holiday) keep every invariant. */
	@ParameterizedTest
	@ValueSource(strings = { "2026-12-31T23:30:00Z", "2027-01-03T06:00:00Z", "2025-07-04T16:00:00Z",
			"2026-03-10T15:30:00Z", "2028-02-29T12:00:00Z" })
	void invariantsHoldAtOtherMoments(String moment) {
		Instant now = Instant.parse(moment);
		for (long seed = 1; seed <= 4; seed++) {
			AdvocacyRepository repository = generate(seed * 7919, now, 14 + (int) seed * 20);
			SampleRepositoryGeneratorTest.assertInvariants(repository, now);
		}
	}
}
