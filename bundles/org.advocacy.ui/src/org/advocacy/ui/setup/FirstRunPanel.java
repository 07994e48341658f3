// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What the workbench shows while no repository is open, the first time above all: a new repository, an existing one,
 * or the sample to look around in first. Each choice runs the command of the same name in the File menu.
 */
public final class FirstRunPanel {

	/** The New Advocacy Repository command. */
	public static final String NEW_REPOSITORY = "org.advocacy.ui.newRepository";
	/** The Open Advocacy Repository command. */
	public static final String OPEN_REPOSITORY = "org.advocacy.ui.openRepository";
	/** The Open the Sample Repository command. */
	public static final String OPEN_SAMPLE = "org.advocacy.ui.openSample";

	private final Composite control;

	/**
	 * @param parent     where the panel goes
	 * @param runCommand runs a command by its id
	 */
	public FirstRunPanel(Composite parent, Consumer<String> runCommand) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(24, 24).spacing(16, 10).applyTo(control);
		Label heading = new Label(control, SWT.NONE);
		heading.setText("No repository open");
		heading.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		Label intro = new Label(control, SWT.WRAP);
		intro.setText("A repository keeps your support organization's customers and segments, its who-to-call "
				+ "ladders, the engagements with their get-well plans, and the management reviews, in one file.");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).indent(0, 0).applyTo(intro);
		choice("&New Repository...", "Start your organization's own: its time zone, business calendar with the "
				+ "public holidays of its country, functional areas and customer segments.", NEW_REPOSITORY,
				runCommand);
		choice("&Open Repository...", "Open an .advocacy file you or your team already keep.", OPEN_REPOSITORY,
				runCommand);
		choice("Open the &Sample", "Look around the engagements of an invented company first; your changes to it "
				+ "are kept for the next time.", OPEN_SAMPLE, runCommand);
	}

	private void choice(String label, String explanation, String commandId, Consumer<String> runCommand) {
		Button button = new Button(control, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> runCommand.accept(commandId));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(button);
		Label text = new Label(control, SWT.WRAP);
		text.setText(explanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
				.applyTo(text);
	}

	/** @return the panel's control */
	public Composite getControl() {
		return control;
	}
}
