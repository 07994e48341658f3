// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal JFace dialog that a gesture under test opens: the test arms an {@link Answer} before the gesture,
 * the gesture opens the dialog and blocks in its event loop, and the answer runs there on the real dialog (fills its
 * widgets, presses its buttons) once it shows. A dialog that the answer leaves open, or whose answer fails, is
 * cancelled so the test never hangs; {@link Answer#verify()} then reports it.
 */
public final class ModalDialogs {

	private static final int POLL_MILLIS = 25;

	private ModalDialogs() {
	}

	/**
	 * Arms an answer to the next dialog of a type that opens, on the current (UI) thread.
	 *
	 * @param <T>    the dialog's type
	 * @param type   the dialog's class, as {@link Window} sets it as its shell's data
	 * @param answer what to do with the dialog once it shows; it should close the dialog (OK or Cancel)
	 * @return the armed answer, to {@link Answer#verify() verify} after the gesture
	 */
	public static <T extends Window> Answer<T> answerNext(Class<T> type, Consumer<? super T> answer) {
		Answer<T> armed = new Answer<>(type, answer, Display.getCurrent());
		armed.poll();
		return armed;
	}

	/**
	 * An answer armed for the next dialog of a type.
	 *
	 * @param <T> the dialog's type
	 */
	public static final class Answer<T extends Window> {

		private final Class<T> type;
		private final Consumer<? super T> answer;
		private final Display display;
		private final long giveUp = System.nanoTime() + DisplayEvents.GIVE_UP_AFTER.toNanos();
		private T answered;
		private Throwable failure;

		private Answer(Class<T> type, Consumer<? super T> answer, Display display) {
			this.type = type;
			this.answer = answer;
			this.display = display;
		}

		private void poll() {
			display.timerExec(POLL_MILLIS, () -> {
				T dialog = showing();
				if (dialog != null) {
					respond(dialog);
				} else if (System.nanoTime() - giveUp < 0) {
					poll();
				}
			});
		}

		private T showing() {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && type.isInstance(shell.getData())) {
					return type.cast(shell.getData());
				}
			}
			return null;
		}

		private void respond(T dialog) {
			answered = dialog;
			try {
				answer.accept(dialog);
			} catch (RuntimeException | AssertionError e) {
				failure = e;
			}
			Shell shell = dialog.getShell();
			if (shell != null && !shell.isDisposed()) {
				dialog.close();
				if (failure == null) {
					failure = new AssertionError("the answer left the " + type.getSimpleName() + " open");
				}
			}
		}

		/**
		 * @return the dialog that was answered
		 * @throws AssertionError when no such dialog opened, or the answer failed or left it open
		 */
		public T verify() {
			if (failure instanceof AssertionError error) {
				throw error;
			}
			if (failure != null) {
				throw new AssertionError("answering the " + type.getSimpleName() + " failed", failure);
			}
			if (answered == null) {
				throw new AssertionError("no " + type.getSimpleName() + " opened");
			}
			return answered;
		}
	}
}
