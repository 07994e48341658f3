// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.PlanTask;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.session.RepositorySession;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Importing a plan from a project file, through the Get-Well Plan view's import job (the path of its menu item after
 * the file dialog): the file is read in the background, and a plan replaces the engagement's plan as one undoable
 * command on the UI thread. A Microsoft Project .mpp file is read with POI, whose first logger once waited for ever
 * for a Log4j API provider.
 */
@ExtendWith(OpenSample.class)
class ProjectFileImportTest {

	/** Far more than an import of a small file needs; a hang fails here instead of stopping the build. */
	private static final Duration GENEROUS = Duration.ofSeconds(30);

	@TempDir
	Path folder;

	private RepositorySession session;
	private Engagement engagement;
	private GetWellPlanView view;

	@BeforeEach
	void showAPlanOfTheSample() throws Exception {
		session = session();
		engagement = TestPlans.withPhasedPlan(session);
		view = (GetWellPlanView) page().showView(GetWellPlanView.ID);
		processEvents(); // the view first shows nothing for the newly opened repository
		view.show(engagement);
	}

	@AfterEach
	void closeTheProblemReports() {
		processEvents();
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != workbench) {
				shell.close();
			}
		}
	}

	@Test
	void anMppFileEndsWithinSecondsWithAnErrorNamingItWhicheverThreadStartedTheLog4jApi() throws Exception {
		startTheLog4jApiOnAnotherThread();
		Path mpp = folder.resolve("customer-plan.mpp");
		assertTimeoutPreemptively(GENEROUS, () -> writeMicrosoftProjectLookalike(mpp),
				"POI wrote the test file (its first logger did not wait for a Log4j API provider)");
		GetWellPlan before = engagement.getGetWellPlan();

		Job job = view.getFileActions().importFrom(mpp, engagement, session);

		assertTrue(job.join(GENEROUS.toMillis(), null),
				"the import ended within " + GENEROUS.toSeconds() + " s; it used to wait for ever in POI's logging");
		IStatus result = job.getResult();
		assertEquals(IStatus.ERROR, result.getSeverity(), result.getMessage());
		assertTrue(result.getMessage().startsWith("The project plan \"customer-plan.mpp\" could not be read"),
				result.getMessage());
		processEvents();
		assertSame(before, engagement.getGetWellPlan(), "a file that is no plan changes nothing");
	}

	@Test
	void aMicrosoftProjectXmlFileReplacesThePlanAsOneUndoableCommand() throws Exception {
		GetWellPlan before = engagement.getGetWellPlan();
		Path xml = folder.resolve("plan.xml");
		Job export = view.getFileActions().writeProject(xml);
		assertTrue(export.join(GENEROUS.toMillis(), null), "the export ended");
		assertEquals(IStatus.OK, export.getResult().getSeverity(), export.getResult().getMessage());

		Job job = view.getFileActions().importFrom(xml, engagement, session);

		assertTrue(job.join(GENEROUS.toMillis(), null), "the import ended");
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		processEvents();
		GetWellPlan imported = engagement.getGetWellPlan();
		assertNotSame(before, imported, "the plan is replaced");
		assertEquals(taskNames(before), taskNames(imported));
		assertSame(imported, view.getChart().getPlan(), "the view shows the imported plan");
		session.getEditingDomain().getCommandStack().undo();
		assertSame(before, engagement.getGetWellPlan(), "one undo brings the previous plan back");
	}

	/**
	 * Starts the Log4j API bundle on a thread of its own that then ends, as SPI Fly or another plug-in may: its
	 * activator once kept its start-up lock on that thread for ever when no provider was installed.
	 */
	static void startTheLog4jApiOnAnotherThread() throws InterruptedException {
		Bundle log4j = Platform.getBundle("org.apache.logging.log4j.api");
		Thread starter = new Thread(() -> {
			try {
				log4j.start();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, "starts the Log4j API");
		starter.start();
		starter.join(GENEROUS.toMillis());
		assertEquals(Bundle.ACTIVE, log4j.getState(), "the Log4j API bundle is active");
	}

	/**
	 * Writes an OLE2 compound document whose CompObj stream says "Microsoft Project 2010 file", as an .mpp starts;
	 * MPXJ then reads it with POI as a Project file, and finds none of a plan's streams.
	 */
	private static void writeMicrosoftProjectLookalike(Path file) throws IOException {
		ByteArrayOutputStream compObj = new ByteArrayOutputStream();
		compObj.write(new byte[28]);
		for (String text : List.of("Microsoft Project 14.0", "MSProject.MPP14", "MSProject.Project.14")) {
			byte[] bytes = (text + '\0').getBytes(StandardCharsets.US_ASCII);
			compObj.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
			compObj.write(bytes);
		}
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			ole2.createDocument(new ByteArrayInputStream(compObj.toByteArray()), "\u0001CompObj");
			ole2.getRoot().createDirectory("   114");
			ole2.writeFilesystem(out);
		}
	}

	private static List<String> taskNames(GetWellPlan plan) {
		return plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).map(PlanTask::getName).toList();
	}
}
