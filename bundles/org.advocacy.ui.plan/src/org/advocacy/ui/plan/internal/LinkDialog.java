// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.util.List;

import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * Asks how one task follows another: the task it follows (when a new link is made), the link type (FS, SS, FF, SF,
 * each explained) and the lag in working days (negative for a lead). It only asks; the chart turns the answer into a
 * command.
 */
public final class LinkDialog extends Dialog {

	/** The lag range offered, in working days either way. */
	static final int MAX_LAG = 365;

	private final String title;
	private final PlanTask successor;
	private final List<PlanTask> candidates;
	private PlanTask predecessor;
	private DependencyType type;
	private int lagDays;
	private Combo predecessorCombo;
	private Combo typeCombo;
	private Spinner lagSpinner;

	/**
	 * @param shell       the parent shell
	 * @param title       the dialog's title
	 * @param successor   the task that will follow
	 * @param candidates  the tasks it may follow; with one element only, the predecessor is fixed
	 * @param predecessor the task chosen first
	 * @param type        the type chosen first
	 * @param lagDays     the lag chosen first
	 */
	public LinkDialog(Shell shell, String title, PlanTask successor, List<PlanTask> candidates, PlanTask predecessor,
			DependencyType type, int lagDays) {
		super(shell);
		this.title = title;
		this.successor = successor;
		this.candidates = List.copyOf(candidates);
		this.predecessor = predecessor;
		this.type = type;
		this.lagDays = lagDays;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText("Task:");
		new Label(area, SWT.NONE).setText(LinkTexts.name(successor));
		new Label(area, SWT.NONE).setText("Follows:");
		predecessorCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		candidates.forEach(task -> predecessorCombo.add(LinkTexts.name(task)));
		predecessorCombo.select(Math.max(0, candidates.indexOf(predecessor)));
		predecessorCombo.setEnabled(candidates.size() > 1);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(predecessorCombo);
		new Label(area, SWT.NONE).setText("Type:");
		typeCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (DependencyType each : DependencyType.values()) {
			typeCombo.add(LinkTexts.explain(each));
		}
		typeCombo.select(type.ordinal());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typeCombo);
		new Label(area, SWT.NONE).setText("Lag (working days):");
		lagSpinner = new Spinner(area, SWT.BORDER);
		lagSpinner.setValues(lagDays, -MAX_LAG, MAX_LAG, 0, 1, 5);
		lagSpinner.setToolTipText("Working days between the two; negative for a lead (overlap)");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Link", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		predecessor = candidates.isEmpty() ? null : candidates.get(Math.max(0, predecessorCombo.getSelectionIndex()));
		type = DependencyType.values()[typeCombo.getSelectionIndex()];
		lagDays = lagSpinner.getSelection();
		super.okPressed();
	}

	/** @return the task chosen to come first */
	public PlanTask predecessor() {
		return predecessor;
	}

	/** @return the type chosen */
	public DependencyType type() {
		return type;
	}

	/** @return the lag chosen, in working days; negative for a lead */
	public int lagDays() {
		return lagDays;
	}
}
