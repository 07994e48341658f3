// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;

/** The standard sample repository, written into a test's folder and opened in the workbench. */
final class SampleSession {

	private SampleSession() {
	}

	/**
	 * @param folder where the repository file is written
	 * @return the workbench's session of the opened sample
	 * @throws Exception when the sample cannot be written or opened
	 */
	static RepositorySession open(Path folder) throws Exception {
		Path file = folder.resolve("sample.advocacy");
		new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT),
				file);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		return AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
	}

	/** @return the first engagement whose plan has more than one phase */
	static Engagement withPhasedPlan(RepositorySession session) {
		return session.getRepository().getEngagements().stream()
				.filter(candidate -> candidate.getGetWellPlan() != null)
				.filter(candidate -> candidate.getGetWellPlan().getPhases().size() > 1).findFirst().orElseThrow();
	}
}
