// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/** Presses keys on a control the way the keyboard does, and checks what keys are bound to, for tests of key bindings. */
public final class Keys {

	private Keys() {
	}

	/**
	 * Sends a key-down event to the control and processes what it causes.
	 *
	 * @param control   the control that has the focus
	 * @param keyCode   the key, e.g. {@code SWT.ARROW_RIGHT} or {@code 'l'}
	 * @param stateMask the modifiers held, e.g. {@code SWT.MOD1 | SWT.SHIFT}, or 0
	 */
	public static void press(Control control, int keyCode, int stateMask) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.stateMask = stateMask;
		event.doit = true;
		control.notifyListeners(SWT.KeyDown, event);
		DisplayEvents.processEvents();
	}

	/**
	 * Checks that a key sequence runs a command and starts no longer sequence, so that pressing it does not wait for
	 * more keys.
	 *
	 * @param keys      the key sequence, e.g. {@code "M1+M3+P"}
	 * @param commandId the command it must run
	 * @throws ParseException when the key sequence is not written as the key binding service reads it
	 * @throws AssertionError when the sequence is unbound, bound to another command or starts a longer one
	 */
	public static void assertBoundAlone(String keys, String commandId) throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
		if (binding == null) {
			throw new AssertionError(keys + " is not bound");
		}
		String bound = binding.getParameterizedCommand().getId();
		if (!commandId.equals(bound)) {
			throw new AssertionError(keys + " runs " + bound + ", not " + commandId);
		}
		if (bindings.isPartialMatch(KeySequence.getInstance(keys))) {
			throw new AssertionError(keys + " starts a longer key sequence");
		}
	}
}
