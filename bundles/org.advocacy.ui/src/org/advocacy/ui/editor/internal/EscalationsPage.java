// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__ESCALATIONS;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_ATTEMPT__CHANNEL;
import static org.advocacy.model.AdvocacyPackage.Literals.LADDER_ATTEMPT__NOTES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.core.commands.LadderCommands;
import org.advocacy.core.escalation.AttemptOutcomeChange;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationReason;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Escalations page: for every functional area the engagement is escalated to, the who-to-call ladder with who to
 * call now (people away replaced by their alternates), a live countdown to the next step with the warnings set in
 * the preferences, and buttons to record "contacted", "responded" and "no answer"; escalating to an area not engaged
 * yet; and the log of every call. The decisions are the escalation engine's ({@link EscalationLadder}); every
 * recording is one undoable command ({@link LadderCommands}).
 */
public class EscalationsPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "escalations";

	private final Map<Escalation, LadderPanel> panels = new LinkedHashMap<>();
	private FormToolkit toolkit;
	private ResourceManager resources;
	private Composite ladders;
	private ComboViewer areaChoice;
	private ComboViewer reasonChoice;
	private Button escalate;
	private TableViewer log;
	/** Shares the Log's width among its columns by weight, so the Note column stays visible. */
	private final TableColumnLayout logColumns = new TableColumnLayout();
	private PageTicker ticker;

	/** @param editor the editor */
	public EscalationsPage(EngagementEditor editor) {
		super(editor, ID, "Escalations");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		ScrolledForm form = managedForm.getForm();
		form.setText("Escalations \u2014 " + OverviewPage.escape(engagement().getKey()));
		toolkit = managedForm.getToolkit();
		resources = new LocalResourceManager(JFaceResources.getResources(), form);
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(1).margins(10, 10).spacing(14, 10).applyTo(body);

		ladders = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(ladders);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(ladders);
		createStart(body);
		createLog(body);

		ticker = new PageTicker(form, this::refreshTimes);
		onModelChange(this::refresh);
		refresh();
		form.reflow(true);
	}

	private void createStart(Composite body) {
		Composite client = Sections.create(toolkit, body, "Escalate to another area",
				"Management awareness, or a contact who does not respond: start the area's ladder at its first level.",
				1, 5);
		toolkit.createLabel(client, "Area:");
		areaChoice = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		choices(areaChoice);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(areaChoice.getCombo());
		toolkit.createLabel(client, "Why:");
		reasonChoice = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		choices(reasonChoice);
		reasonChoice.setInput(EscalationReason.VALUES);
		reasonChoice.setSelection(new StructuredSelection(EscalationReason.VALUES.get(0)));
		escalate = ActionButtons.push(toolkit, client, "Start escalation");
		escalate.addListener(SWT.Selection, event -> startEscalation());
		areaChoice.addSelectionChangedListener(event -> escalate.setEnabled(!event.getSelection().isEmpty()));
	}

	private void choices(ComboViewer viewer) {
		toolkit.adapt(viewer.getCombo(), true, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ValueText text = valueText();
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of(element);
			}
		});
	}

	private void createLog(Composite body) {
		Composite client = Sections.create(toolkit, body, "Log",
				"Every call on every ladder, newest first. Channel and note can be edited in place.", 1, 1);
		Composite holder = toolkit.createComposite(client);
		holder.setLayout(logColumns);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 160).applyTo(holder);
		Table table = toolkit.createTable(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		log = new TableViewer(table);
		log.setContentProvider(ArrayContentProvider.getInstance());
		ValueText text = valueText();
		logColumn("Time", 150, attempt -> text.of(attempt.getContactedAt()), null);
		logColumn("Area", 150, attempt -> text.of(((Escalation) attempt.eContainer()).getArea()), null);
		logColumn("Level", 100, attempt -> text.of(attempt.getLevel()), null);
		logColumn("Person", 260, attempt -> text.of(attempt.getPerson())
				+ (attempt.getSubstituteFor() == null ? "" : " (for " + text.of(attempt.getSubstituteFor()) + ")"), null);
		logColumn("Channel", 90, attempt -> text.of(attempt.getChannel()), LADDER_ATTEMPT__CHANNEL);
		logColumn("Outcome", 210, attempt -> text.of(attempt.getOutcome())
				+ (attempt.getRespondedAt() == null ? "" : " " + text.of(attempt.getRespondedAt())), null);
		logColumn("Note", 260, attempt -> text.of(attempt.getNotes()), LADDER_ATTEMPT__NOTES);
		registerField(this::engagement, ENGAGEMENT__ESCALATIONS, table);
	}

	private void logColumn(String title, int width, Function<LadderAttempt, String> text, EStructuralFeature editable) {
		TableViewerColumn column = new TableViewerColumn(log, SWT.NONE);
		column.getColumn().setText(title);
		logColumns.setColumnData(column.getColumn(), new ColumnWeightData(width, width / 2, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((LadderAttempt) element);
			}
		});
		if (editable != null) {
			column.setEditingSupport(new FeatureEditingSupport(log, domain(), editable));
		}
	}

	private EscalationLadder engine() {
		return new EscalationLadder(NudgePreferences.warnings());
	}

	private Instant now() {
		return ((EngagementEditor) getEditor()).getClock().instant();
	}

	/** Rebuilds what the model decides: the ladders, the areas offered, the log. */
	private void refresh() {
		if (ladders.isDisposed()) {
			return;
		}
		Engagement engagement = engagement();
		if (!List.copyOf(panels.keySet()).equals(engagement.getEscalations())) {
			rebuildPanels(engagement);
		}
		refreshTimes();
		List<FunctionalArea> open = new ArrayList<>();
		if (engagement.eContainer() instanceof AdvocacyRepository repository && repository.getOrganization() != null) {
			List<FunctionalArea> engaged = engagement.getEscalations().stream().map(Escalation::getArea).toList();
			repository.getOrganization().getAreas().stream().filter(area -> !engaged.contains(area)).forEach(open::add);
		}
		Object chosen = areaChoice.getStructuredSelection().getFirstElement();
		areaChoice.setInput(open);
		if (open.contains(chosen)) {
			areaChoice.setSelection(new StructuredSelection(chosen));
		}
		areaChoice.getCombo().setEnabled(!open.isEmpty());
		escalate.setEnabled(!areaChoice.getSelection().isEmpty());
		List<LadderAttempt> attempts = new ArrayList<>();
		engagement.getEscalations().forEach(escalation -> attempts.addAll(escalation.getAttempts()));
		attempts.sort(Comparator.comparing(LadderAttempt::getContactedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed());
		log.setInput(attempts);
	}

	private void rebuildPanels(Engagement engagement) {
		for (Control child : ladders.getChildren()) {
			child.dispose();
		}
		panels.clear();
		if (engagement.getEscalations().isEmpty()) {
			Label noLadders = toolkit.createLabel(ladders,
					"Not escalated yet. Escalate to an area below when management must know or a contact does not respond.",
					SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(noLadders);
		}
		for (Escalation escalation : engagement.getEscalations()) {
			panels.put(escalation, new LadderPanel(toolkit, ladders, escalation, valueText(), resources, new LadderPanel.Actions() {
				@Override
				public void contacted(LadderStatus status, ContactChannel channel) {
					record(status.next() == null ? null
							: LadderCommands.contacted(domain(), status.escalation(), status.next(), channel, now()));
				}

				@Override
				public void outcome(LadderStatus status, AttemptOutcome outcome) {
					LadderAttempt attempt = status.awaitedAttempt();
					if (attempt != null) {
						record(LadderCommands.outcome(domain(), outcome == AttemptOutcome.RESPONDED
								? AttemptOutcomeChange.responded(attempt, now())
								: AttemptOutcomeChange.noAnswer(attempt)));
					}
				}
			}));
		}
		ladders.layout(true, true);
	}

	/** Re-runs the engine on the clock's instant: who to call, countdowns and warnings. */
	private void refreshTimes() {
		if (ladders.isDisposed() || panels.isEmpty()) {
			return;
		}
		Instant now = now();
		for (LadderStatus status : engine().evaluate(engagement(), now)) {
			LadderPanel panel = panels.get(status.escalation());
			if (panel != null) {
				panel.update(status, now);
			}
		}
	}

	private void record(Command command) {
		if (command != null && command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private void startEscalation() {
		FunctionalArea area = (FunctionalArea) areaChoice.getStructuredSelection().getFirstElement();
		if (area != null) {
			record(LadderCommands.escalate(domain(), engagement(), area,
					(EscalationReason) reasonChoice.getStructuredSelection().getFirstElement(), now()));
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (ticker != null) {
			if (active) {
				refreshTimes();
				ticker.start();
			} else {
				ticker.stop();
			}
		}
	}

	/** @return the ladder panels, one per escalation, in the engagement's order */
	List<LadderPanel> getPanels() {
		return List.copyOf(panels.values());
	}

	/** @return the area chooser of "Escalate to another area" */
	ComboViewer getAreaChoice() {
		return areaChoice;
	}

	/** @return the button starting an escalation */
	Button getEscalateButton() {
		return escalate;
	}

	/** @return the log of calls */
	TableViewer getLog() {
		return log;
	}

	/** @return the timer refreshing the countdowns while the page is shown */
	PageTicker getTicker() {
		return ticker;
	}
}
