// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.DisplayEvents.waitUntil;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Holiday;
import org.advocacy.tests.harness.ui.Widgets;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.views.EngagementsView;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A support organization starts from an empty product: the first-run screen's New Repository... opens the wizard,
 * the user fills in its pages, and the new repository is open with its business calendar.
 */
class NewRepositoryWizardTest {

	@TempDir
	Path folder;

	@Test
	void fromTheFirstRunScreenANewRepositoryIsCreatedAndOpened() throws Exception {
		Path file = folder.resolve("alpenland.advocacy");
		startWithNoRepository();
		Shell window = page().getWorkbenchWindow().getShell();
		Button newRepository = Widgets.button(window, "New Repository...");
		assertTrue(newRepository.isVisible(), "the first-run screen shows while no repository is open");
		assertTrue(Widgets.button(window, "Open Repository...").isVisible());
		assertTrue(Widgets.button(window, "Open the Sample").isVisible());
		Screenshots.take("first-run");

		AtomicReference<List<String>> segmentsShown = new AtomicReference<>();
		whenTheWizardOpens(wizard -> fillIn(wizard, file, segmentsShown));
		click(newRepository);

		waitUntil("the new repository is open", () -> session() != null && file.equals(session().getFile()));
		BusinessCalendar calendar = session().getRepository().getOrganization().getDefaultCalendar();
		assertEquals("Alpenland Software GmbH", session().getRepository().getName());
		assertEquals(ZoneId.of("Europe/Berlin"), calendar.getTimeZone());
		assertEquals("DE-BY", calendar.getHolidayRegion());
		Map<LocalDate, String> holidays = calendar.getHolidays().stream()
				.collect(Collectors.toMap(Holiday::getDate, Holiday::getName));
		assertEquals("Fronleichnam", holidays.get(LocalDate.of(2027, 5, 27)), holidays.toString());
		assertEquals("Heilige Drei Könige", holidays.get(LocalDate.of(2027, 1, 6)));
		assertTrue(holidays.keySet().stream().allMatch(date -> date.getYear() == 2027));
		List<FunctionalArea> areas = session().getRepository().getOrganization().getAreas();
		assertEquals(7, areas.size());
		assertTrue(areas.stream().allMatch(area -> area.getLadder().isEmpty()));
		assertEquals(List.of("Strategic accounts", "Key accounts", "Commercial", "Low margin"), segmentsShown.get(),
				"the wizard previewed the segments the repository got");
		assertEquals(4, session().getRepository().getSegments().size());
		assertFalse(newRepository.isVisible(), "the Engagements view shows the repository instead");
		assertTrue(Files.isRegularFile(file));
	}

	@Test
	void anExistingFileOrAFixedOffsetCannotBeChosen() throws IOException {
		Path existing = Files.writeString(folder.resolve("team.advocacy"), "the team's repository");
		NewRepositoryWizard wizard = new NewRepositoryWizard(folder, Display.getCurrent());
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			OrganizationPage organization = wizard.organizationPage();
			organization.nameText().setText("Acme Support");
			assertTrue(organization.isPageComplete(), organization.getErrorMessage());
			organization.fileText().setText(existing.toString());

			assertFalse(organization.isPageComplete());
			assertTrue(organization.getErrorMessage().contains("already exists"), organization.getErrorMessage());
			assertFalse(wizard.canFinish());
			organization.fileText().setText(folder.resolve("acme.advocacy").toString());
			organization.timeZoneCombo().setText("+02:00");
			assertFalse(organization.isPageComplete());
			assertTrue(organization.getErrorMessage().contains("fixed offset, which does not follow daylight saving"),
					organization.getErrorMessage());
		} finally {
			dialog.close();
		}
		assertEquals("the team's repository", Files.readString(existing));
	}

	/** The product's first start, or a user who closed the last repository. */
	private static void startWithNoRepository() throws Exception {
		page().closeAllEditors(false);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().makeCurrent(null);
		page().showView(EngagementsView.ID);
		processEvents();
	}

	/** Drives the wizard once its dialog runs its own event loop; a failure closes the dialog and is kept. */
	private static void whenTheWizardOpens(WizardDriver driver) {
		Display display = Display.getCurrent();
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell shell = Arrays.stream(display.getShells())
						.filter(candidate -> candidate.getData() instanceof WizardDialog && !candidate.isDisposed())
						.findFirst().orElse(null);
				if (shell == null) {
					display.asyncExec(this);
					return;
				}
				WizardDialog dialog = (WizardDialog) shell.getData();
				try {
					driver.drive((NewRepositoryWizard) dialog.getCurrentPage().getWizard());
				} catch (Throwable failure) {
					dialog.close();
					throw new AssertionError("driving the wizard failed", failure);
				}
			}
		});
	}

	private static void fillIn(NewRepositoryWizard wizard, Path file, AtomicReference<List<String>> segmentsShown)
			throws Exception {
		Shell shell = wizard.getShell();
		OrganizationPage organization = wizard.organizationPage();
		organization.nameText().setText("Alpenland Software GmbH");
		organization.timeZoneCombo().setText("Europe/Berlin");
		organization.fileText().setText(file.toString());
		assertTrue(organization.isPageComplete(), organization.getErrorMessage());
		click(Widgets.button(shell, "Next >"));

		CalendarPage calendar = wizard.calendarPage();
		choose(calendar.countryCombo(), "Germany (DE)");
		waitUntil("Germany's states are offered", () -> calendar.regionCombo().getItemCount() > 1);
		choose(calendar.regionCombo(), "Bavaria (BY)");
		setYear(calendar.firstYearSpinner(), 2027);
		setYear(calendar.lastYearSpinner(), 2027);
		waitUntil("Bavaria's 2027 holidays are previewed", () -> Arrays.stream(calendar.holidayTable().getItems())
				.map(item -> item.getText(1)).anyMatch("Fronleichnam"::equals));
		TableItem first = calendar.holidayTable().getItem(0);
		assertEquals("Neujahr", first.getText(1), "the year's first holiday comes first");
		Screenshots.take("new-repository-calendar");
		click(Widgets.button(shell, "Next >"));

		StarterContentPage starter = (StarterContentPage) wizard.getContainer().getCurrentPage();
		segmentsShown.set(Arrays.stream(starter.segmentTable().getItems()).map(item -> item.getText(0)).toList());
		Screenshots.take("new-repository-segments");
		click(Widgets.button(shell, "Finish"));
	}

	private static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " is offered among " + combo.getItemCount());
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static void setYear(Spinner spinner, int year) {
		spinner.setSelection(year);
		spinner.notifyListeners(SWT.Modify, new Event());
		processEvents();
	}

	private static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** What the test does inside the wizard. */
	@FunctionalInterface
	private interface WizardDriver {
		void drive(NewRepositoryWizard wizard) throws Exception;
	}
}
