// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.Widgets.button;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.openSample;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export wizards, driven through their dialog. */
class EngagementExportWizardTest {

	@TempDir
	Path folder;

	private WizardDialog dialog;
	private final List<List<Path>> asked = new ArrayList<>();
	private boolean replace;

	@BeforeEach
	void openSampleRepository() throws Exception {
		openSample(folder);
	}

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		processEvents();
	}

	@Test
	void theSituationSummaryIsWrittenAndAnExistingFileIsReplacedOnlyAfterAsking() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getSituationSummary() != null).findFirst().orElseThrow();
		Path target = folder.resolve("summary.html");
		Files.writeString(target, "an older export");

		EngagementExportWizard wizard = open(EngagementExport.SITUATION_SUMMARY, engagement);
		EngagementExportPage page = wizard.getPage();
		assertEquals(List.of(engagement), page.checked(), "the selection is preselected");
		assertTrue(page.getTarget().getText().endsWith(engagement.getKey() + " Situation Summary.html"),
				"one engagement: a file named after it: " + page.getTarget().getText());
		page.getTarget().setText(target.toString());

		replace = false;
		finish();
		assertEquals(List.of(List.of(target.toAbsolutePath())), asked, "asked about the existing file");
		assertFalse(dialog.getShell().isDisposed(), "refused: the wizard stays open");
		assertEquals("an older export", Files.readString(target), "and the file is untouched");

		replace = true;
		finish();
		waitUntilExported(wizard);
		assertTrue(wizard.getJob().getResult().isOK(), wizard.getJob().getResult().toString());
		String html = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(html.contains("Situation Summary: " + engagement.getKey()), html);
		assertTrue(html.contains("Executive summary"));
	}

	@Test
	void severalEngagementsGoToAFolderOneFileEach() throws Exception {
		List<Engagement> planned = session().getRepository().getEngagements().stream()
				.filter(e -> e.getGetWellPlan() != null).limit(2).toList();
		assertEquals(2, planned.size());
		EngagementExportWizard wizard = open(EngagementExport.GET_WELL_PLAN, planned.get(0));
		EngagementExportPage page = wizard.getPage();
		page.getTable().setChecked(planned.get(1), true);
		page.getTable().getTable().notifyListeners(SWT.Selection, checkEvent(page, planned.get(1)));
		page.getFormats().setSelection(new StructuredSelection(EngagementExport.GET_WELL_PLAN.formats().get(1)));
		processEvents();
		Path out = folder.resolve("plans");
		page.getTarget().setText(out.toString());

		finish();
		waitUntilExported(wizard);

		assertTrue(wizard.getJob().getResult().isOK(), wizard.getJob().getResult().toString());
		assertEquals(List.of(), asked, "nothing existed, nothing to ask");
		for (Engagement engagement : planned) {
			Path file = out.resolve(engagement.getKey() + " Get-Well Plan.mpx");
			assertTrue(Files.isRegularFile(file), file + " written");
			assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("MPX"), "an MPX file");
		}
	}

	private EngagementExportWizard open(EngagementExport export, Engagement selected) {
		EngagementExportWizard wizard = new EngagementExportWizard(export, session());
		wizard.preselect(List.of(selected));
		wizard.setClock(Clock.fixed(StandardSample.NOW, ZoneId.of("Europe/Berlin")));
		wizard.setOverwriteConfirmation(files -> {
			asked.add(files);
			return replace;
		});
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return wizard;
	}

	private static void waitUntilExported(EngagementExportWizard wizard) {
		waitUntil("the export job finished", () -> wizard.getJob() != null && wizard.getJob().getState() == Job.NONE
				&& wizard.getJob().getResult() != null);
	}

	private void finish() {
		Button finish = button(dialog.getShell(), "&Finish");
		assertTrue(finish.isEnabled(), "Finish is enabled");
		finish.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static Event checkEvent(EngagementExportPage page, Engagement engagement) {
		Event event = new Event();
		event.detail = SWT.CHECK;
		event.item = java.util.Arrays.stream(page.getTable().getTable().getItems())
				.filter(item -> item.getData() == engagement).findFirst().orElseThrow();
		return event;
	}
}
