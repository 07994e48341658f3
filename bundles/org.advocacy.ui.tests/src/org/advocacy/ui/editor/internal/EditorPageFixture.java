// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * The gestures the engagement-editor page tests make on real widgets, on top of the {@link WorkbenchFixture}: open an
 * engagement on one page with the editor's clock fixed at the sample's "now", press a button, type into a field, run
 * Edit &gt; Undo.
 */
final class EditorPageFixture {

	private EditorPageFixture() {
	}

	/**
	 * Opens an engagement with the clock at the sample's {@link StandardSample#NOW} and shows one of its pages (created
	 * now, on that clock).
	 */
	static <P extends EngagementFormPage> P openOn(Engagement engagement, String pageId, Class<P> type)
			throws Exception {
		EngagementEditor editor = WorkbenchFixture.open(engagement);
		editor.setClock(Clock.fixed(StandardSample.NOW, ZoneOffset.UTC));
		editor.setActivePage(pageId);
		DisplayEvents.processEvents();
		return type.cast(editor.findPage(pageId));
	}

	static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
	}

	static void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		field.notifyListeners(SWT.FocusOut, new Event());
		DisplayEvents.processEvents();
	}

	static void undo() throws Exception {
		WorkbenchFixture.command("org.eclipse.ui.edit.undo");
	}
}
