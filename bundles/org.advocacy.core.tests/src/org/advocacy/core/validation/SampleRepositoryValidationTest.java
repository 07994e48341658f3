// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The shipped sample is what newcomers see first: it must open without a single error, and in every state its
 * engagements must be consistent with what the lifecycle would have allowed.
 */
class SampleRepositoryValidationTest {

	private static final Instant NOW = Instant.parse("2026-03-11T10:15:30Z");

	@Test
	void standardSampleHasNoErrors() {
		assertNoErrors(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT));
	}

	@Test
	void scaledSampleHasNoErrors() {
		assertNoErrors(new SampleRepositoryGenerator(7, NOW).generate(400));
	}

	@Test
	void everyOpenSampleEngagementCanMoveOnOrBack() {
		AdvocacyRepository repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		for (Engagement engagement : repository.getEngagements()) {
			EngagementState state = engagement.getState();
			List<Transition> transitions = EngagementLifecycle.transitions(engagement);
			assertEquals(EngagementLifecycle.isFinal(state), transitions.isEmpty(), engagement.getKey());
			if (state == EngagementState.REQUESTED || state == EngagementState.ASSESSING) {
				assertTrue(transitions.stream().anyMatch(Transition::allowed), () -> engagement.getKey() + " " + transitions);
			}
		}
	}

	private static void assertNoErrors(AdvocacyRepository repository) {
		Diagnostic diagnostic = AdvocacyValidation.validate(repository);
		String errors = diagnostic.getChildren().stream()
				.filter(child -> child.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage)
				.collect(Collectors.joining("\n"));
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, errors);
	}
}
