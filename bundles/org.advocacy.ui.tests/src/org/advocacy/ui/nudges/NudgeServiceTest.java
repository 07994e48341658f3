// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.FunctionalArea;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.TableItem;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.views.EngagementsViewAccess;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escalation steps and customer updates that fall due are announced once, and the view shows what is due next. */
class NudgeServiceTest {

	@TempDir
	Path folder;

	@BeforeEach
	void openSample() throws Exception {
		NudgeService.get().setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		WorkbenchFixture.openSample(folder);
	}

	@AfterEach
	void restoreClock() {
		NudgeService service = NudgeService.get();
		service.setClock(Clock.systemDefaultZone());
		if (service.getPopup() != null) {
			service.getPopup().close();
		}
	}

	@Test
	void whatFallsDueIsAnnouncedOnceInTheStatusLineAndANonModalNotification() {
		NudgeService service = NudgeService.get();
		service.refresh();
		DueTimes due = service.getCurrent();
		int expectedSteps = new EscalationLadder().dueSteps(
				AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent().getRepository(), NOW).size();

		assertEquals(NOW, due.at());
		assertTrue(due.dueNow().size() >= expectedSteps, "every due escalation step is a nudge");
		assertFalse(due.dueNow().isEmpty(), "the sample has something due at its own 'now'");
		assertTrue(service.getStatusMessage().startsWith(due.dueNow().size() + " due now"),
				service.getStatusMessage());

		service.getPopup().close();
		NudgePopup closed = service.getPopup();
		service.refresh();
		assertSame(closed, service.getPopup(), "nothing new fell due: no second notification");

		service.setClock(Clock.fixed(NOW.plusSeconds(3 * 24 * 3600), ZoneOffset.UTC));
		service.refresh();
		NudgePopup popup = service.getPopup();
		assertTrue(popup != closed && popup.isOpen(), "what newly fell due three days later is announced");
		assertNotNull(Arrays.stream(popup.getShell().getChildren()).filter(Label.class::isInstance).findFirst()
				.orElse(null));
		assertFalse(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() == Display.getCurrent()
				.getActiveShell() && popup.getShell() == Display.getCurrent().getActiveShell(),
				"the notification does not take the focus");
	}

	@Test
	void withNotificationsTurnedOffOnlyTheStatusLineSaysWhatIsDue() {
		NudgeService service = NudgeService.get();
		service.refresh();
		NudgePopup before = service.getPopup();
		AdvocacyUiPlugin.getDefault().getPreferenceStore().setValue(NudgePreferences.NOTIFY, false);
		try {
			service.setClock(Clock.fixed(NOW.plusSeconds(3 * 24 * 3600), ZoneOffset.UTC));
			service.refresh();
			assertSame(before, service.getPopup(), "no notification");
			assertTrue(service.getStatusMessage().contains("due now"), service.getStatusMessage());
		} finally {
			AdvocacyUiPlugin.getDefault().getPreferenceStore().setToDefault(NudgePreferences.NOTIFY);
		}
	}

	@Test
	void aChangedWarningThresholdIsAppliedAtOnceNotAtTheNextMinute() {
		NudgeService service = NudgeService.get();
		service.refresh();
		Instant later = NOW.plusSeconds(3600);
		service.setClock(Clock.fixed(later, ZoneOffset.UTC));
		service.setPopupsEnabled(false);
		try {
			AdvocacyUiPlugin.getDefault().getPreferenceStore().setValue(NudgePreferences.YOU_ARE, "Someone");
			processEvents();
			assertEquals(NOW, service.getCurrent().at(), "who you are does not change what is due");

			AdvocacyUiPlugin.getDefault().getPreferenceStore().setValue(NudgePreferences.FIRST_WARNING, 50);
			processEvents();
			assertEquals(later, service.getCurrent().at(), "re-evaluated as soon as the warning changed");
		} finally {
			AdvocacyUiPlugin.getDefault().getPreferenceStore().setToDefault(NudgePreferences.FIRST_WARNING);
			AdvocacyUiPlugin.getDefault().getPreferenceStore().setToDefault(NudgePreferences.YOU_ARE);
			service.setPopupsEnabled(true);
		}
	}

	@Test
	void theEngagementsViewShowsTheNextUpdateAndEscalationStep() {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		Engagement engagement = session.getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ENGAGED).findFirst().orElseThrow();
		FunctionalArea area = session.getRepository().getOrganization().getAreas().stream()
				.filter(a -> !a.getLadder().isEmpty()).findFirst().orElseThrow();
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(area);
		escalation.setStartedAt(NOW.minusSeconds(60));
		session.getEditingDomain().getCommandStack().execute(FeatureCommands.add(session.getEditingDomain(),
				engagement, AdvocacyPackage.Literals.ENGAGEMENT__ESCALATIONS, escalation));

		NudgeService.get().refresh();
		processEvents();
		Table table = EngagementsViewAccess.table(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		int updates = column(table, "Next update due");
		int steps = column(table, "Next escalation step");
		TableItem row = Arrays.stream(table.getItems()).filter(item -> item.getData() == engagement).findFirst()
				.orElseThrow();

		assertFalse(row.getText(updates).isEmpty(), () -> Arrays.toString(rowText(row)));
		assertTrue(row.getText(steps).startsWith(NudgeService.get().getCurrent().steps().get(engagement).next()
				.person().getName()), () -> "who to call now: " + Arrays.toString(rowText(row)));
		assertEquals(NudgeService.get().getCurrent().steps().size(),
				Arrays.stream(table.getItems()).filter(item -> !item.getText(steps).isEmpty()).count(),
				"one next step per engagement with an active ladder");
		assertTrue(NudgeService.get().getCurrent().dueNow().stream()
				.anyMatch(nudge -> nudge.engagement() == engagement), "the new escalation step is due now");
		session.getEditingDomain().getCommandStack().undo();
	}

	private static String[] rowText(TableItem row) {
		String[] cells = new String[row.getParent().getColumnCount()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = row.getParent().getColumn(i).getText() + "=" + row.getText(i);
		}
		return cells;
	}

	private static int column(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column " + title);
	}
}
