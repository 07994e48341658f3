// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.nio.file.Path;

import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.RoundTrip;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The round trip at the size of a large support organization. */
@ExtendWith(PostgresExtension.class)
class LargeRoundTripTest {

	@Test
	void tenThousandEngagementsComeBackEqual(TestDatabase database, @TempDir Path folder) throws Exception {
		RoundTrip.assertFileComesBackEqual(database, folder, 10_000);
	}
}
