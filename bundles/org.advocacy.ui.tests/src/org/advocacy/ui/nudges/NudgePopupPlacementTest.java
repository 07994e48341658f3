// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.open;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.openSample;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.CustomerAdvocacyPerspective;
import org.advocacy.ui.editor.EngagementEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "due now" notification sits on the status line at the bottom right, not over the editor; it never takes the
 * focus, and closes on a click or on Escape while the advocate keeps typing in the editor.
 */
class NudgePopupPlacementTest {

	@TempDir
	Path folder;

	private Control editorContent;
	private NudgePopup popup;

	@BeforeEach
	void announceWhatIsDueWhileTheEditorHasTheFocus() throws Exception {
		NudgeService service = NudgeService.get();
		service.setPopupsEnabled(true);
		service.setClock(Clock.fixed(StandardSample.NOW.plusSeconds(5 * 24 * 3600), ZoneOffset.UTC));
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(CustomerAdvocacyPerspective.ID));
		page().resetPerspective();
		openSample(folder);
		EngagementEditor editor = open(session().getRepository().getEngagements().get(1));
		editorContent = editor.getActivePageInstance().getPartControl();
		editor.setFocus();
		service.refresh();
		processEvents();
		popup = service.getPopup();
		assertNotNull(popup, "five days after the sample was written something fell due");
		assertTrue(popup.isOpen(), "the notification of the repository just opened shows");
	}

	@AfterEach
	void closeEverything() {
		popup.close();
		NudgeService.get().setClock(Clock.systemDefaultZone());
		page().closeAllEditors(false);
	}

	@Test
	void theNotificationSitsOnTheStatusLineNotOverTheEditor() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = popup.getShell().getBounds();
		Rectangle client = window.getClientArea();
		Rectangle windowArea = Display.getCurrent().map(window, null, client);
		Rectangle editor = Display.getCurrent().map(editorContent.getParent(), null, editorContent.getBounds());

		assertTrue(popup.isOpen());
		assertFalse(bounds.intersects(editor), "the notification " + bounds + " leaves the editor " + editor + " free");
		int bottom = windowArea.y + windowArea.height;
		assertTrue(bounds.y + bounds.height <= bottom && bounds.y + bounds.height >= bottom - 30,
				"the notification " + bounds + " ends on the status line at the window's bottom " + bottom);
		assertTrue(bounds.x + bounds.width <= windowArea.x + windowArea.width, "right-aligned inside the window");
	}

	@Test
	void theNotificationNeverTakesTheFocus() {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();

		assertSame(window, Display.getCurrent().getActiveShell(), "the workbench window stays active");
		Control focus = Display.getCurrent().getFocusControl();
		assertTrue(focus == null || focus.getShell() != popup.getShell(), "the focus stays in the workbench");
	}

	@Test
	void escapeClosesTheNotificationWhereverTheFocusIs() {
		Event escape = new Event();
		escape.keyCode = SWT.ESC;
		escape.character = SWT.ESC;
		Control focus = Display.getCurrent().getFocusControl();
		(focus == null ? editorContent : focus).notifyListeners(SWT.KeyDown, escape);

		assertFalse(popup.isOpen(), "Escape closed the notification");
	}

	@Test
	void aClickClosesTheNotification() {
		popup.getShell().getChildren()[0].notifyListeners(SWT.MouseDown, new Event());

		assertFalse(popup.isOpen(), "the click closed the notification");
	}
}
