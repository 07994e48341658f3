// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A repository prepared in the background is opened on the UI thread; a failure leaves the open one open. */
@ExtendWith(OpenSample.class)
class OpenRepositoryJobTest {

	@TempDir
	Path folder;

	@Test
	void aFileThatAppearedMeanwhileIsReportedAndTheOpenRepositoryStays() throws Exception {
		RepositorySession before = session();
		Path taken = Files.writeString(folder.resolve("team.advocacy"), "created by a colleague meanwhile");
		OpenRepositoryJob job = new OpenRepositoryJob("Creating team.advocacy", Display.getCurrent(), () -> {
			throw new FileAlreadyExistsException(taken.toString());
		});

		IStatus result = job.run(new NullProgressMonitor());
		processEvents();

		assertEquals(IStatus.ERROR, result.getSeverity());
		assertEquals(taken + " already exists and was left as it is; choose another file name.", result.getMessage());
		assertSame(before, session());
		assertEquals("created by a colleague meanwhile", Files.readString(taken));
	}

	@Test
	void aPreparedFileBecomesTheWorkbenchsRepository() throws Exception {
		Path copy = Files.copy(session().getFile(), folder.resolve("copy.advocacy"));
		OpenRepositoryJob job = new OpenRepositoryJob("Opening copy.advocacy", Display.getCurrent(), () -> copy);

		IStatus result = job.run(new NullProgressMonitor());
		processEvents();

		assertTrue(result.isOK(), result.getMessage());
		assertEquals(copy, session().getFile());
	}
}
