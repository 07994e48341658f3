// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.nio.file.Path;

import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.RoundTrip;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A repository file imported into a team repository and exported again is the same repository. */
@ExtendWith(PostgresExtension.class)
class RoundTripTest {

	@Test
	void theSampleRepositoryComesBackEqualWithItsUuids(TestDatabase database, @TempDir Path folder) throws Exception {
		RoundTrip.assertFileComesBackEqual(database, folder, 40);
	}
}
