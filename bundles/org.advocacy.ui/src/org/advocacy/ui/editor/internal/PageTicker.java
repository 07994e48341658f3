// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import org.eclipse.swt.widgets.Control;

/**
 * Runs a refresh about once a second on the display thread while a page is shown, for what changes with time
 * alone (countdowns, due and overdue). Started when the page becomes active, stopped when another page is shown
 * or the control is disposed, so a hidden editor costs nothing.
 */
final class PageTicker {

	/** How often the refresh runs while the page is shown. */
	static final int PERIOD_MS = 1000;

	private final Control control;
	private final Runnable refresh;
	private final Runnable tick = this::tick;
	private boolean running;

	/**
	 * @param control the page's control; the ticker stops for good when it is disposed
	 * @param refresh what to run every period
	 */
	PageTicker(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
		control.addDisposeListener(event -> stop());
	}

	/** Starts ticking, if not yet running. */
	void start() {
		if (!running && !control.isDisposed()) {
			running = true;
			control.getDisplay().timerExec(PERIOD_MS, tick);
		}
	}

	/**
	 * Follows the page being shown or hidden: when shown, refreshes at once and starts ticking; when hidden, stops.
	 *
	 * @param shown whether the page is shown now
	 */
	void pageShown(boolean shown) {
		if (shown) {
			refresh.run();
			start();
		} else {
			stop();
		}
	}

	/** Stops ticking. */
	void stop() {
		if (running) {
			running = false;
			if (!control.getDisplay().isDisposed()) {
				control.getDisplay().timerExec(-1, tick);
			}
		}
	}

	/** @return whether the ticker runs now */
	boolean isRunning() {
		return running;
	}

	private void tick() {
		if (!running || control.isDisposed()) {
			running = false;
			return;
		}
		refresh.run();
		control.getDisplay().timerExec(PERIOD_MS, tick);
	}
}
