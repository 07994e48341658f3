// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture of the tests in which two advocates of one team work on the same engagements at once: the test
 * class's own database holds the sample with six engagements of the team "Support", and two advocates of that team.
 */
@ExtendWith(PostgresExtension.class)
abstract class TwoAdvocatesFixture {

	/** The team the sample's engagements belong to. */
	private static final String TEAM = "Support";

	/** The login name of the first advocate. */
	protected static String alice;
	/** The login name of the second advocate. */
	protected static String bob;

	@BeforeAll
	static void importSampleForTwoAdvocates(TestDatabase database) throws Exception {
		SampleTeam.TwoAdvocates advocates = SampleTeam.importSampleForTwoAdvocates(database, TEAM, 6);
		alice = advocates.alice();
		bob = advocates.bob();
	}
}
