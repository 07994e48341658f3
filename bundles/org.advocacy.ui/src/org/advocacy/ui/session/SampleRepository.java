// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;

/**
 * The sample repository a new user explores before creating their own: an invented company's engagements, kept in
 * one file in the user's home so that what the user changed in it survives a restart.
 */
public final class SampleRepository {

	/** Where the sample is kept. */
	public static final Path FILE = Path.of(System.getProperty("user.home"), ".advocacy", "sample.advocacy");

	private SampleRepository() {
	}

	/**
	 * @return {@link #FILE}, after writing the sample there (dated from now) when it does not exist yet
	 * @throws IOException when it cannot be written
	 */
	public static Path ensureWritten() throws IOException {
		if (!Files.exists(FILE)) {
			new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
					Instant.now()).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT), FILE);
		}
		return FILE;
	}
}
