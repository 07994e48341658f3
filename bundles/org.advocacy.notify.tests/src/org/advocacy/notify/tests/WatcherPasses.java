// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.advocacy.notify.watch.EscalationWatcher;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.notify.watch.WatcherStatus.State;

/** What every watcher, whatever its repository, does with a step that is due. */
final class WatcherPasses {

	private WatcherPasses() {
	}

	/**
	 * Asserts that a pass sends the one due step and that the next pass, a minute later, sends nothing more.
	 *
	 * @param watcher a watcher with exactly one step due
	 * @param clock   the watcher's clock, advanced by a minute between the passes
	 */
	static void sendsTheDueStepOnce(EscalationWatcher watcher, MutableClock clock) {
		WatcherStatus first = watcher.runPass();
		assertEquals(State.SENDING, first.state(), first.toString());
		assertEquals(1, first.sentLastRun(), first.toString());
		clock.advance(Duration.ofMinutes(1));
		assertEquals(0, watcher.runPass().sentLastRun(), "the step is recorded: nothing more is due");
	}
}
