// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_MEETING__AGENDA;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_MEETING__DRY_RUN;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS;
import static org.advocacy.model.AdvocacyPackage.Literals.DRY_RUN__PARTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_MEETINGS;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING_PART__NOTES;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING_PART__PERSON;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING_PART__REHEARSED;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING_PART__TOPIC;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__HELD_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__LOCATION;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__PLANNED_AT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.MeetingCommands;
import org.advocacy.core.escalation.EngagementReminders;
import org.advocacy.core.escalation.EngagementReminders.Reminder;
import org.advocacy.core.exports.CustomerMeetingBrief;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The customer meetings on the Meetings page: each planned with its agenda and whether senior management attends;
 * the dry-run before it, with the part each participant covers and whether they rehearsed it; the warning when the
 * meeting is less than a day away without a dry-run ({@link EngagementReminders}, the same words the nudges use);
 * and the brief to take in ({@link CustomerMeetingBrief}), with the factors the customer owns flagged for full
 * disclosure.
 */
final class CustomerMeetingSection {

	private final MeetingsPage page;
	private final ResourceManager resources;
	private final FeatureTable meetings;
	private final IObservableValue<CustomerMeeting> selected;
	private final Text agenda;
	private final Button senior;
	private final Label warning;
	private final Label dryRunStatus;
	private final Button planDryRun;
	private final Button dryRunHeld;
	private final FeatureTable parts;
	private final Text brief;
	private final Button copyBrief;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	CustomerMeetingSection(MeetingsPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		this.resources = new LocalResourceManager(JFaceResources.getResources(), body);
		Composite client = Sections.create(toolkit, body, "Customer meetings",
				"Walk the customer through the situation and the plan. Rehearse first: each participant covers their "
						+ "part as if in front of the customer.",
				1, 2);
		meetings = new FeatureTable(toolkit, client, page.editingDomain(),
				Observables.constantObservableValue(page.edited()), ENGAGEMENT__CUSTOMER_MEETINGS, page.text(),
				List.of(TableColumnSpec.edit("Planned", 165, MEETING__PLANNED_AT),
						TableColumnSpec.edit("Where", 120, MEETING__LOCATION),
						TableColumnSpec.edit("Senior mgmt", 105, CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS),
						TableColumnSpec.show("Held", 135, MEETING__HELD_AT)),
				owner -> MeetingCommands.newCustomerMeeting((Engagement) owner,
						page.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS)));
		meetings.setHeight(80);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(meetings.getControl());
		page.register(page::edited, ENGAGEMENT__CUSTOMER_MEETINGS, meetings.getViewer().getControl());
		selected = (IObservableValue) ViewerProperties.singleSelection().observe(meetings.getViewer());

		FormFields fields = page.fields(toolkit);
		agenda = fields.text(client, "Agenda:", (IObservableValue) selected, CUSTOMER_MEETING__AGENDA, true);
		((GridData) agenda.getLayoutData()).heightHint = 90;
		toolkit.createLabel(client, "");
		senior = toolkit.createButton(client, "Senior management attends, to show the attention this receives",
				SWT.CHECK | SWT.WRAP);
		page.bindingContext().bindValue(WidgetProperties.buttonSelection().observe(senior), EMFEditProperties
				.value(page.editingDomain(), CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS).observeDetail(selected));

		toolkit.createLabel(client, "Dry-run:");
		Composite line = Controls.row(toolkit, client, 3);
		dryRunStatus = toolkit.createLabel(line, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(dryRunStatus);
		planDryRun = ActionButtons.push(toolkit, line, "Plan dry-run");
		planDryRun.setToolTipText("Every participant takes part and covers a part of the agenda");
		planDryRun.addListener(SWT.Selection, event -> planDryRun());
		dryRunHeld = ActionButtons.push(toolkit, line, "Mark held");
		dryRunHeld.addListener(SWT.Selection, event -> toggleDryRunHeld());
		toolkit.createLabel(client, "");
		warning = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(warning);

		IObservableValue dryRun = EMFEditProperties.value(page.editingDomain(), CUSTOMER_MEETING__DRY_RUN)
				.observeDetail(selected);
		toolkit.createLabel(client, "Parts:");
		parts = new FeatureTable(toolkit, client, page.editingDomain(), dryRun, DRY_RUN__PARTS, page.text(),
				List.of(TableColumnSpec.edit("Who", 110, MEETING_PART__PERSON),
						TableColumnSpec.edit("Covers", 200, MEETING_PART__TOPIC),
						TableColumnSpec.edit("Rehearsed", 85, MEETING_PART__REHEARSED),
						TableColumnSpec.edit("What the rehearsal showed", 200, MEETING_PART__NOTES)),
				owner -> AdvocacyFactory.eINSTANCE.createMeetingPart());
		parts.setHeight(90);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(parts.getControl());

		toolkit.createLabel(client, "Brief:");
		brief = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, 160).applyTo(brief);
		toolkit.createLabel(client, "");
		copyBrief = ActionButtons.push(toolkit, client, "Copy brief");
		copyBrief.setToolTipText("Copy the brief for our participants, to paste into an e-mail");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(copyBrief);
		copyBrief.addListener(SWT.Selection, event -> copyBrief());

		selected.addValueChangeListener(event -> refreshSelected());
		selectFirstUpcoming();
	}

	/** Selects the first meeting still to be held, else the last one. */
	private void selectFirstUpcoming() {
		List<CustomerMeeting> all = page.edited().getCustomerMeetings();
		CustomerMeeting first = all.stream().filter(meeting -> meeting.getHeldAt() == null).findFirst()
				.orElse(all.isEmpty() ? null : all.get(all.size() - 1));
		if (first == null) {
			refreshSelected();
		} else {
			meetings.getViewer().setSelection(new StructuredSelection(first), true);
		}
	}

	void refresh() {
		if (brief.isDisposed()) {
			return;
		}
		meetings.refresh();
		parts.refresh();
		refreshSelected();
	}

	private void refreshSelected() {
		if (brief.isDisposed()) {
			return;
		}
		CustomerMeeting meeting = selected.getValue();
		boolean any = meeting != null;
		agenda.setEditable(any);
		senior.setEnabled(any);
		DryRun dryRun = any ? meeting.getDryRun() : null;
		planDryRun.setEnabled(any && dryRun == null);
		dryRunHeld.setEnabled(dryRun != null);
		dryRunHeld.setText(dryRun != null && dryRun.getHeldAt() != null ? "Mark not held" : "Mark held");
		dryRunStatus.setText(!any ? "Select a meeting, or add one."
				: dryRun == null ? "None yet."
						: (dryRun.getHeldAt() != null ? "Held " + page.text().of(dryRun.getHeldAt())
								: "Planned " + page.text().of(dryRun.getPlannedAt()))
								+ ", " + dryRun.getParts().stream().filter(part -> part.isRehearsed()).count() + " of "
								+ dryRun.getParts().size() + " parts rehearsed.");
		copyBrief.setEnabled(any);
		String text = any ? new CustomerMeetingBrief(meeting, ZoneId.systemDefault()).toPlainText() : "";
		if (!text.equals(brief.getText())) {
			brief.setText(text);
		}
		refreshWarning();
		parts.refresh();
		dryRunStatus.getParent().layout(true);
	}

	/** The dry-run warning for the selected meeting, as time passes. */
	void refreshWarning() {
		if (warning.isDisposed()) {
			return;
		}
		CustomerMeeting meeting = selected.getValue();
		Instant now = page.now();
		String text = meeting == null ? ""
				: new EngagementReminders().due(page.edited(), now).stream()
						.filter(reminder -> reminder.subject() == meeting).map(Reminder::reason).findFirst()
						.orElse("");
		if (!Objects.equals(text, warning.getText())) {
			warning.setText(text.isEmpty() ? "" : "\u26A0 " + text);
			warning.setForeground(text.isEmpty() ? null
					: resources.create(ColorDescriptor.createFrom(StatusColours.rgb(StatusColour.RED))));
			page.reflow();
		}
	}

	private void planDryRun() {
		CustomerMeeting meeting = selected.getValue();
		if (meeting == null) {
			return;
		}
		Instant dayBefore = meeting.getPlannedAt() == null ? null : meeting.getPlannedAt().minus(Duration.ofDays(1));
		Instant now = page.now();
		Instant when = dayBefore == null || dayBefore.isBefore(now)
				? now.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS) : dayBefore;
		page.editingDomain().getCommandStack().execute(MeetingCommands.planDryRun(page.editingDomain(), meeting, when));
	}

	private void toggleDryRunHeld() {
		CustomerMeeting meeting = selected.getValue();
		if (meeting != null && meeting.getDryRun() != null) {
			DryRun dryRun = meeting.getDryRun();
			page.editingDomain().getCommandStack().execute(MeetingCommands.held(page.editingDomain(), dryRun,
					dryRun.getHeldAt() == null ? page.now() : null));
		}
	}

	private void copyBrief() {
		Clipboard clipboard = new Clipboard(brief.getDisplay());
		try {
			clipboard.setContents(new Object[] { brief.getText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** @return the table of customer meetings */
	FeatureTable getMeetings() {
		return meetings;
	}

	/** @return the "senior management attends" check box */
	Button getSenior() {
		return senior;
	}

	/** @return the dry-run warning */
	Label getWarning() {
		return warning;
	}

	/** @return the "Plan dry-run" button */
	Button getPlanDryRunButton() {
		return planDryRun;
	}

	/** @return the "Mark held" button of the dry-run */
	Button getDryRunHeldButton() {
		return dryRunHeld;
	}

	/** @return the parts of the dry-run */
	FeatureTable getParts() {
		return parts;
	}

	/** @return the brief of the selected meeting */
	Text getBrief() {
		return brief;
	}
}
