// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import org.eclipse.jface.action.Action;

/** Menu and toolbar actions that run a piece of code when chosen. */
public final class Actions {

	private Actions() {
	}

	/**
	 * @param text the action's label, with its mnemonic
	 * @param tip  the tooltip that says what the action does
	 * @param run  what the action does when chosen
	 * @return an enabled action that runs it
	 */
	public static Action of(String text, String tip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tip);
		return action;
	}
}
