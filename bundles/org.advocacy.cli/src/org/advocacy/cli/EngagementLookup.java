// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.Path;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;

/** Finds an engagement by its case number, with a message naming the file when there is none. */
final class EngagementLookup {

	private EngagementLookup() {
	}

	static Engagement byKey(AdvocacyRepository repository, String key, Path file) {
		return repository.getEngagements().stream().filter(engagement -> key.equalsIgnoreCase(engagement.getKey()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						"There is no engagement " + key + " in " + file.toAbsolutePath() + "."));
	}
}
