// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.util.stream.Collectors;

import org.advocacy.core.setup.AreaTemplate;
import org.advocacy.core.setup.SegmentTemplate;
import org.advocacy.core.setup.StarterContent;
import org.advocacy.core.setup.TargetTemplate;
import org.advocacy.model.Urgency;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The last page of the New Advocacy Repository wizard: what the repository starts with, from the whitepaper's
 * framework. The starter segments with their advocacy level and service targets, the functional areas whose
 * who-to-call ladders the organization staffs next, and the reasons for engagement; all of it editable once the
 * repository is open.
 */
final class StarterContentPage extends WizardPage {

	private Table segments;

	StarterContentPage() {
		super("starterContent");
		setTitle("Segments and Functional Areas");
		setDescription("What the repository starts with. Change the segments and their service targets to your "
				+ "organization's once it is open.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		new Label(body, SWT.NONE).setText("Customer segments, with their service targets: how often the customer gets "
				+ "an update / how long each who-to-call rung has to answer.");
		segments = PreviewTable.create(body, new String[] { "Segment", "Advocacy level", "Offered",
				"Urgent (24x7)", "Business hours" }, 125, 205, 110, 150, 200);
		for (SegmentTemplate segment : StarterContent.starterSegments()) {
			PreviewTable.addRow(segments, segment.name(), segment.level().getLiteral(), segment.offering().getLiteral(),
					target(segment.target(Urgency.URGENT_24X7)), target(segment.target(Urgency.BUSINESS_HOURS)));
		}
		PreviewTable.fitColumns(segments);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(segments);
		paragraph(body, "Functional areas, each with an empty who-to-call ladder to staff (Organization editor or "
				+ "File > Import > Who-to-Call Matrix (CSV)): " + StarterContent.standardAreas().stream().map(AreaTemplate::name)
						.collect(Collectors.joining(", ")) + ".");
		paragraph(body, StarterContent.engagementReasons().size() + " reasons for engagement, from the whitepaper's "
				+ "triggers, for the management review to count engagements by.");
		setControl(body);
	}

	/** On the last page Finish is what comes next; the table, the only other control, would show a selected row. */
	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		Button finish = getShell().getDefaultButton();
		if (visible && finish != null) {
			finish.setFocus();
		}
	}

	private static void paragraph(Composite body, String text) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).indent(0, 10).applyTo(label);
	}

	/** @return "2 h / 15 min": the update cadence and the escalation timeout */
	private static String target(TargetTemplate target) {
		return target == null ? ""
				: minutes(target.updateCadenceMinutes()) + " / " + minutes(target.escalationTimeoutMinutes());
	}

	private static String minutes(int minutes) {
		return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
	}

	Table segmentTable() {
		return segments;
	}
}
