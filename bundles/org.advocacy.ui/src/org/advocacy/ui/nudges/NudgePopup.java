// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small non-modal notification in the bottom-right corner of the workbench window: it takes no focus, does not
 * block work, and closes when clicked or after a while.
 */
public final class NudgePopup {

	/** How long the notification stays, in milliseconds. */
	public static final int VISIBLE_MS = 12_000;

	private final Shell shell;

	/**
	 * Opens the notification.
	 *
	 * @param parent the workbench window's shell
	 * @param title  the heading
	 * @param lines  what is due, one line each (the first few are shown)
	 */
	public NudgePopup(Shell parent, String title, List<String> lines) {
		shell = new Shell(parent, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS | SWT.BORDER);
		shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		shell.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.fillDefaults().margins(12, 10).spacing(4, 4).applyTo(shell);
		Label heading = label(title);
		heading.setFont(JFaceResources.getBannerFont());
		lines.stream().limit(5).forEach(this::label);
		if (lines.size() > 5) {
			label("\u2026 and " + (lines.size() - 5) + " more (see the Engagements view).");
		}
		for (var child : shell.getChildren()) {
			child.addListener(SWT.MouseDown, event -> close());
		}
		shell.addListener(SWT.MouseDown, event -> close());
		Point size = shell.computeSize(460, SWT.DEFAULT);
		Rectangle area = parent.getBounds();
		shell.setBounds(area.x + area.width - size.x - 24, area.y + area.height - size.y - 48, size.x, size.y);
		shell.setVisible(true);
		shell.getDisplay().timerExec(VISIBLE_MS, this::close);
	}

	private Label label(String text) {
		Label label = new Label(shell, SWT.WRAP);
		label.setText(text);
		label.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).hint(436, SWT.DEFAULT).applyTo(label);
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
