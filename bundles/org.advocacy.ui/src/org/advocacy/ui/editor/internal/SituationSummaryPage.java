// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.review.CommitmentRows;
import org.advocacy.model.ActionItem;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Engagement;
import org.advocacy.model.Recommendation;
import org.advocacy.model.RootCause;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.ui.commitments.CommitmentActions;
import org.advocacy.ui.commitments.CommitmentTable;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Situation Summary page: the executive summary, the chronology up to the point of dissatisfaction (sorted
 * by time, edited in place), root causes and contributing factors, the management commitments to fix the root
 * causes (asked for from here: <i>Ask for a Management Commitment…</i>), the action plan and recommendations, and
 * the move from draft to reviewed.
 */
public class SituationSummaryPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "situationSummary";

	private IObservableValue<SituationSummary> summary;
	private Label stateLabel;
	private Button stateButton;
	private Text executiveSummary;
	private FeatureTable chronology;
	private FeatureTable actionPlan;
	private FeatureTable rootCauses;
	private Button askForCommitment;
	private CommitmentTable commitments;
	private CommitmentActions commitmentActions;
	private final List<FeatureTable> tables = new ArrayList<>();

	/** @param editor the editor */
	public SituationSummaryPage(EngagementEditor editor) {
		super(editor, ID, "Situation Summary");
	}

	@SuppressWarnings("unchecked")
	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		Composite body = PageBodies.titled(managedForm, getTitle(), engagement(), 2, true);
		FormToolkit toolkit = managedForm.getToolkit();
		summary = EMFEditProperties.value(domain(), ENGAGEMENT__SITUATION_SUMMARY).observe(engagement());
		Supplier<EObject> owner = FormFields.current(summary);
		FormFields fields = fields(toolkit);

		Composite top = Sections.create(toolkit, body, "Executive summary",
				"What happened, how it affects the customer's business and what is being done \u2014 for management.",
				2, 2);
		executiveSummary = fields.text(top, "Summary:", summary, SITUATION_SUMMARY__EXECUTIVE_SUMMARY, true);
		((org.eclipse.swt.layout.GridData) executiveSummary.getLayoutData()).heightHint = 90;
		registerField(owner, SITUATION_SUMMARY__EXECUTIVE_SUMMARY, executiveSummary);
		toolkit.createLabel(top, "Review:");
		Composite review = toolkit.createComposite(top);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(review);
		stateLabel = toolkit.createLabel(review, "");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(stateLabel);
		stateButton = toolkit.createButton(review, "", SWT.PUSH);
		stateButton.addListener(SWT.Selection, event -> changeState());
		onModelChange(this::refreshState);

		chronology = table(toolkit, body, "Chronology",
				"The timeline up to the point of dissatisfaction, oldest first. Type a time as the date and the time "
						+ "of day in your time zone, like 2026-11-20 14:30.", 2,
				SITUATION_SUMMARY__CHRONOLOGY,
				List.of(TableColumnSpec.edit("When", 170, CHRONOLOGY_EVENT__OCCURRED_AT),
						TableColumnSpec.edit("What happened", 420, CHRONOLOGY_EVENT__DESCRIPTION),
						TableColumnSpec.edit("Source", 130, CHRONOLOGY_EVENT__SOURCE),
						TableColumnSpec.edit("Reference", 140, CHRONOLOGY_EVENT__REFERENCE)),
				parent -> {
					ChronologyEvent event = AdvocacyFactory.eINSTANCE.createChronologyEvent();
					event.setOccurredAt(clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
					event.setDescription("New event");
					return event;
				});
		chronology.setHeight(170);
		chronology.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object first, Object second) {
				return Comparator.nullsLast(Comparator.<Instant>naturalOrder()).compare(
						((ChronologyEvent) first).getOccurredAt(), ((ChronologyEvent) second).getOccurredAt());
			}
		});
		rootCauses = table(toolkit, body, "Root causes", "Broken or missing processes, product issues, miscommunication.",
				1, SITUATION_SUMMARY__ROOT_CAUSES,
				List.of(TableColumnSpec.edit("Root cause", 240, ROOT_CAUSE__DESCRIPTION),
						TableColumnSpec.edit("Category", 130, ROOT_CAUSE__CATEGORY),
						TableColumnSpec.edit("Owning area", 120, ROOT_CAUSE__OWNING_AREA)),
				parent -> named(AdvocacyFactory.eINSTANCE.createRootCause(), "New root cause"));
		askForCommitment = ActionButtons.push(toolkit, rootCauses.getControl().getParent(),
				"Ask for a Management Commitment...");
		askForCommitment.setToolTipText("Ask management to commit to fixing the selected root causes (all of them "
				+ "when none is selected), with a date for an update to the management review");
		GridDataFactory.swtDefaults().applyTo(askForCommitment);
		askForCommitment.addListener(SWT.Selection, event -> askForCommitment());
		table(toolkit, body, "Contributing factors", "Not the root cause, but made it worse or added swirl.", 1,
				SITUATION_SUMMARY__CONTRIBUTING_FACTORS,
				List.of(TableColumnSpec.edit("Factor", 220, CONTRIBUTING_FACTOR__DESCRIPTION),
						TableColumnSpec.edit("Owner", 100, CONTRIBUTING_FACTOR__OWNER),
						TableColumnSpec.edit("Swirl", 50, CONTRIBUTING_FACTOR__SWIRL),
						TableColumnSpec.edit("Disclosed", 70, CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER)),
				parent -> named(AdvocacyFactory.eINSTANCE.createContributingFactor(), "New contributing factor"));
		createCommitments(toolkit, body);
		actionPlan = table(toolkit, body, "Action plan", "Who does what by when.", 1, SITUATION_SUMMARY__ACTION_ITEMS,
				List.of(TableColumnSpec.edit("Action", 220, ACTION_ITEM__DESCRIPTION),
						TableColumnSpec.edit("Owner", 110, ACTION_ITEM__OWNER),
						TableColumnSpec.edit("Due", 95, ACTION_ITEM__DUE),
						TableColumnSpec.edit("Status", 90, ACTION_ITEM__STATUS)),
				parent -> {
					ActionItem item = named(AdvocacyFactory.eINSTANCE.createActionItem(), "New action");
					item.setOwner(engagement().getAdvocate());
					return item;
				});
		table(toolkit, body, "Recommendations", "What should change so that it does not happen again.", 1,
				SITUATION_SUMMARY__RECOMMENDATIONS,
				List.of(TableColumnSpec.edit("Recommendation", 240, RECOMMENDATION__DESCRIPTION),
						TableColumnSpec.edit("Rationale", 200, RECOMMENDATION__RATIONALE)),
				parent -> named(AdvocacyFactory.eINSTANCE.createRecommendation(), "New recommendation"));
		refreshState();
		managedForm.getForm().reflow(true);
	}

	/**
	 * The management commitments to fix this engagement's root causes, overdue ones highlighted, with the buttons
	 * that edit, start, complete, drop and reopen them.
	 */
	private void createCommitments(FormToolkit toolkit, Composite body) {
		Composite client = Sections.create(toolkit, body, "Management commitments",
				"What management committed to fixing, by when they update the review. The next management review "
						+ "lists the ones asked for since the last; overdue ones are highlighted.",
				2, 2);
		commitments = new CommitmentTable(client, SWT.SINGLE, ZoneId.systemDefault());
		toolkit.adapt(commitments.getViewer().getTable(), false, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 110).applyTo(commitments.getViewer().getControl());
		commitmentActions = new CommitmentActions(editor()::getSession, () -> getSite().getShell(), clock(),
				commitments::selected);
		Composite buttons = toolkit.createComposite(client);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		for (Action action : commitmentActions.actions()) {
			Button button = ActionButtons.push(toolkit, buttons, action.getText().replace("&", ""));
			button.setToolTipText(action.getToolTipText());
			GridDataFactory.fillDefaults().applyTo(button);
			button.addListener(SWT.Selection, event -> action.run());
			Runnable enable = () -> button.setEnabled(action.isEnabled());
			action.addPropertyChangeListener(event -> {
				if (!button.isDisposed()) {
					enable.run();
				}
			});
			enable.run();
		}
		commitments.getViewer().addSelectionChangedListener(event -> commitmentActions.update());
		refreshCommitments();
		onModelChange(this::refreshCommitments);
	}

	private void refreshCommitments() {
		commitments.setRows(CommitmentRows.of(editor().getSession().getRepository(), LocalDate.now(clock()))
				.of(engagement()));
		commitmentActions.update();
		List<RootCause> causes = engagement().getSituationSummary() == null ? List.of()
				: engagement().getSituationSummary().getRootCauses();
		askForCommitment.setEnabled(!causes.isEmpty());
	}

	/** Asks management for a commitment on the selected root causes, or on all of them when none is selected. */
	private void askForCommitment() {
		SituationSummary current = engagement().getSituationSummary();
		if (current == null) {
			return;
		}
		List<RootCause> selected = rootCauses.getViewer().getStructuredSelection().stream()
				.map(RootCause.class::cast).toList();
		commitmentActions.askFor(selected.isEmpty() ? List.copyOf(current.getRootCauses()) : selected);
	}

	private static <T extends EObject> T named(T object, String description) {
		if (object instanceof RootCause cause) {
			cause.setDescription(description);
		} else if (object instanceof ContributingFactor factor) {
			factor.setDescription(description);
		} else if (object instanceof ActionItem item) {
			item.setDescription(description);
		} else if (object instanceof Recommendation recommendation) {
			recommendation.setDescription(description);
		}
		return object;
	}

	private FeatureTable table(FormToolkit toolkit, Composite body, String title, String description, int span,
			EReference list, List<TableColumnSpec> columns, java.util.function.Function<EObject, EObject> newChild) {
		Composite client = Sections.create(toolkit, body, title, description, span, 1);
		FeatureTable table = new FeatureTable(toolkit, client, domain(), summary, list, valueText(), columns, newChild);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		tables.add(table);
		registerField(FormFields.current(summary), list, table.getViewer().getControl());
		onModelChange(table::refresh);
		return table;
	}

	private java.time.Clock clock() {
		return ((EngagementEditor) getEditor()).getClock();
	}

	private void refreshState() {
		if (stateLabel.isDisposed()) {
			return;
		}
		SituationSummary current = engagement().getSituationSummary();
		executiveSummary.setEnabled(current != null);
		if (current == null) {
			stateLabel.setText("Not started.");
			stateButton.setText("Start the Situation Summary");
		} else if (current.getState() == SummaryState.REVIEWED) {
			stateLabel.setText("Reviewed" + (current.getReviewedBy() == null ? "" : " by "
					+ current.getReviewedBy().getName()) + (current.getReviewedAt() == null ? ""
							: " on " + valueText().of(current.getReviewedAt())) + ".");
			stateButton.setText("Back to draft");
		} else {
			stateLabel.setText("Draft: walk it through as if in front of the customer, then mark it reviewed.");
			stateButton.setText("Mark as reviewed");
		}
		stateButton.getParent().layout(true);
	}

	private void changeState() {
		Engagement engagement = engagement();
		SituationSummary current = engagement.getSituationSummary();
		domain().getCommandStack().execute(current == null ? EngagementCommands.startSummary(domain(), engagement)
				: EngagementCommands.reviewSummary(domain(), engagement, current.getState() != SummaryState.REVIEWED,
						clock().instant()));
	}

	/** @return the executive-summary field */
	public Text getExecutiveSummary() {
		return executiveSummary;
	}

	/** @return the chronology table */
	public FeatureTable getChronology() {
		return chronology;
	}

	/** @return the action plan's table */
	public FeatureTable getActionPlan() {
		return actionPlan;
	}

	/** @return the root causes' table */
	public FeatureTable getRootCauses() {
		return rootCauses;
	}

	/** @return the button that asks management for a commitment on the selected root causes */
	public Button getAskForCommitment() {
		return askForCommitment;
	}

	/** @return the table of the management commitments on this engagement's root causes */
	public CommitmentTable getCommitments() {
		return commitments;
	}

	/** @return the actions on the selected commitment */
	public CommitmentActions getCommitmentActions() {
		return commitmentActions;
	}

	/** @return the button that starts, reviews or reopens the summary */
	public Button getStateButton() {
		return stateButton;
	}
}
