// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEventsUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Moves and clicks the real mouse pointer with {@link Display#post(Event)}, so the events come back through the
 * toolkit like a user's, unlike {@code notifyListeners}: pointer moves go through the X server (Xvfb in the
 * build), button presses into GTK's event queue for the window under the pointer. Each step waits until the
 * control saw the event, so the test does not depend on how fast the X server answers.
 * <p>
 * SWT 3.135 on GTK 3 posts button events without their screen position, so SWT reports them at the control's
 * origin negated (for instance -896,-496); a display filter puts them back where the pointer is, before the
 * control's listeners see them.
 */
final class RealMouse {

	/** How long to wait for the X server to deliver one event before the test fails. */
	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final Control control;
	private final Display display;
	private final Listener recorder;
	private Event last;
	/** The last mouse event of any control, to tell what went wrong when the control saw nothing. */
	private Event lastAnywhere;

	/** @param control the control the events are for; it must be visible on the screen */
	RealMouse(Control control) {
		this.control = control;
		this.display = control.getDisplay();
		recorder = event -> {
			if (event.type != SWT.MouseMove && event.widget instanceof Control target) {
				Point pointer = target.toControl(display.getCursorLocation());
				event.x = pointer.x;
				event.y = pointer.y;
			}
			lastAnywhere = copy(event);
			if (event.widget == control) {
				last = lastAnywhere;
			}
		};
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			display.addFilter(type, recorder);
		}
	}

	/**
	 * Brings the control's window to the front and gives it the focus, as a user's click would. Without a window
	 * manager (plain Xvfb) the window may not become active; pointer events reach it all the same.
	 */
	void activate() {
		Shell shell = control.getShell();
		shell.setMinimized(false);
		shell.forceActive();
		shell.setActive();
		control.forceFocus();
		processEventsUntil(() -> display.getActiveShell() == shell, Duration.ofSeconds(2));
	}

	/** Moves the pointer to a point on the display, and waits until the control saw it there. */
	void moveTo(Point point) {
		for (Shell other : display.getShells()) {
			if (other != control.getShell() && other.isVisible() && other.getBounds().contains(point)) {
				fail("The window '" + other.getText() + "' at " + other.getBounds() + " covers " + point
						+ ": it would take the pointer's events");
			}
		}		if (point.equals(display.getCursorLocation())) {
			// the X server reports no move to where the pointer already is: step aside first
			post(move(new Point(point.x - 1, point.y)));
		}
		post(move(point));
		Point local = control.toControl(point);
		await("the pointer reached " + point, () -> last != null && last.type == SWT.MouseMove && last.x == local.x
				&& last.y == local.y);
	}

	private static Event move(Point point) {
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = point.x;
		event.y = point.y;
		return event;
	}

	/** Presses the left button where the pointer is. */
	void press() {
		button(SWT.MouseDown);
	}

	/** Releases the left button. */
	void release() {
		button(SWT.MouseUp);
	}

	private void button(int type) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		post(event);
		await("the control saw the button " + (type == SWT.MouseDown ? "press" : "release"),
				() -> last != null && last.type == type);
	}

	private void post(Event event) {
		assertTrue(display.post(event), "the X server took the event");
	}

	private void await(String what, BooleanSupplier condition) {
		if (!processEventsUntil(condition, PATIENCE)) {
			StringBuilder shells = new StringBuilder();
			for (Shell shell : display.getShells()) {
				shells.append(' ').append(shell.getText()).append(shell.getBounds())
						.append(shell.isVisible() ? "" : " hidden");
			}
			fail("Gave up waiting: " + what + "; the pointer is at " + display.getCursorLocation() + " over "
					+ display.getCursorControl() + ", the control at " + control.toDisplay(0, 0)
					+ ", the last mouse event went to " + (lastAnywhere == null ? "nothing"
							: lastAnywhere.widget + " at " + lastAnywhere.x + "," + lastAnywhere.y + " (type "
									+ lastAnywhere.type + ")")
					+ "; windows:" + shells);
		}
	}

	/** Stops listening to the display. */
	void dispose() {
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			display.removeFilter(type, recorder);
		}
	}

	private static Event copy(Event event) {
		Event copy = new Event();
		copy.type = event.type;
		copy.x = event.x;
		copy.y = event.y;
		copy.button = event.button;
		copy.widget = event.widget;
		return copy;
	}
}
