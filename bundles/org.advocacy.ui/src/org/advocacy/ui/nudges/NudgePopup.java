// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * A small non-modal notification at the bottom-right of the workbench window, its lower edge on the status line,
 * so it sits over the status line and the views of the lower-right corner rather than over the editor. It never
 * takes the focus, does not block work, and closes when clicked, on Escape (wherever the focus is) and after a
 * while.
 */
public final class NudgePopup {

	/** How long the notification stays, in milliseconds. */
	public static final int VISIBLE_MS = 12_000;

	/** The most lines of what is due the notification shows; the status line and the Engagements view list all. */
	static final int MAX_LINES = 3;

	private static final int MAX_WIDTH = 440;
	private static final int MIN_WIDTH = 240;
	/** The share of the window's width the notification may take: less than the column beside the editor. */
	private static final double WIDTH_SHARE = 0.3;
	private static final int MARGIN = 8;

	private final Shell shell;
	private final int width;
	private final Listener escape = this::closeOnEscape;

	/**
	 * Opens the notification.
	 *
	 * @param parent the workbench window's shell
	 * @param title  the heading
	 * @param lines  what is due, one line each (the first few are shown)
	 */
	public NudgePopup(Shell parent, String title, List<String> lines) {
		width = widthFor(parent);
		shell = new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER);
		shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		shell.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.fillDefaults().margins(10, 6).spacing(2, 2).applyTo(shell);
		Label heading = label(title + "  (click or Esc to close)");
		heading.setFont(JFaceResources.getBannerFont());
		lines.stream().limit(MAX_LINES).forEach(this::label);
		if (lines.size() > MAX_LINES) {
			label("\u2026 and " + (lines.size() - MAX_LINES) + " more (see the Engagements view).");
		}
		for (var child : shell.getChildren()) {
			child.addListener(SWT.MouseDown, event -> close());
		}
		shell.addListener(SWT.MouseDown, event -> close());
		shell.getDisplay().addFilter(SWT.KeyDown, escape);
		shell.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, escape));
		shell.setBounds(placement(parent, shell.computeSize(width, SWT.DEFAULT)));
		shell.setVisible(true);
		shell.getDisplay().timerExec(VISIBLE_MS, this::close);
	}

	/**
	 * @param parent the workbench window's shell
	 * @return the notification's width: narrow enough to stay in the column beside the editor in a small window
	 */
	static int widthFor(Shell parent) {
		return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, (int) (parent.getClientArea().width * WIDTH_SHARE)));
	}

	/**
	 * @param parent the workbench window's shell
	 * @param size   the notification's size
	 * @return bounds in display coordinates: right-aligned, the lower edge on the window's bottom edge (the status
	 *         line)
	 */
	static Rectangle placement(Shell parent, Point size) {
		Rectangle client = parent.getClientArea();
		Point bottomRight = parent.toDisplay(client.x + client.width, client.y + client.height);
		return new Rectangle(bottomRight.x - size.x - MARGIN, bottomRight.y - size.y - 2, size.x, size.y);
	}

	private void closeOnEscape(Event event) {
		if (event.keyCode == SWT.ESC) {
			close();
		}
	}

	private Label label(String text) {
		Label label = new Label(shell, SWT.WRAP);
		label.setText(text);
		label.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).hint(width - 20, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** @return whether the notification is showing */
	public boolean isOpen() {
		return !shell.isDisposed() && shell.isVisible();
	}

	/** @return the notification's shell, for tests */
	public Shell getShell() {
		return shell;
	}

	/** Closes the notification. */
	public void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}
}
