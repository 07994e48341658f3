// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the event loop of the UI thread from a test that runs on it, so that what the workbench posts with
 * {@code asyncExec} (refreshes after a command, a job's result, a view's deferred layout) happens before the test
 * looks.
 */
public final class DisplayEvents {

	/** How long {@link #waitUntil} waits before it calls the condition lost: far beyond what any job here needs. */
	public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(1);

	private static final int WAKE_UP_MILLIS = 20;

	private DisplayEvents() {
	}

	/** Runs every pending event and asynchronous runnable of the UI thread, then returns. */
	public static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain the queue
		}
	}

	/**
	 * Runs the event loop for a while, for what arrives later than the pending events (a second job, a timer).
	 *
	 * @param duration how long
	 */
	public static void processEventsFor(Duration duration) {
		processEventsUntil(() -> false, duration);
	}

	/**
	 * Runs the event loop until a condition holds, so that background jobs which report back on the UI thread can
	 * finish; then runs the events that are still pending.
	 *
	 * @param what      what the test waits for, for the failure message
	 * @param condition whether it has happened
	 * @throws AssertionError when it has not happened after {@link #GIVE_UP_AFTER}
	 */
	public static void waitUntil(String what, BooleanSupplier condition) {
		if (!processEventsUntil(condition, GIVE_UP_AFTER)) {
			throw new AssertionError("still waiting after " + GIVE_UP_AFTER.toSeconds() + " s: " + what);
		}
	}

	/**
	 * Runs the event loop until a condition holds or the patience runs out, for tests that explain a timeout in their
	 * own words; once the condition holds, the events still pending are run too.
	 *
	 * @param condition whether what the test waits for has happened
	 * @param patience  how long to wait for it
	 * @return whether it happened in time
	 */
	public static boolean processEventsUntil(BooleanSupplier condition, Duration patience) {
		Display display = Display.getCurrent();
		long giveUp = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - giveUp >= 0) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(WAKE_UP_MILLIS, () -> {
					// wakes sleep() so that the loop looks again
				});
				display.sleep();
			}
		}
		processEvents();
		return true;
	}
}
