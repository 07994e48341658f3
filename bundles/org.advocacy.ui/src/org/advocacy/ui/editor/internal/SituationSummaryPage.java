// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.model.ActionItem;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Engagement;
import org.advocacy.model.Recommendation;
import org.advocacy.model.RootCause;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Situation Summary page: the executive summary, the chronology up to the point of dissatisfaction (sorted
 * by time, edited in place), root causes and contributing factors, the action plan and recommendations, and the
 * move from draft to reviewed.
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
	private final List<FeatureTable> tables = new ArrayList<>();

	/** @param editor the editor */
	public SituationSummaryPage(EngagementEditor editor) {
		super(editor, ID, "Situation Summary");
	}

	@SuppressWarnings("unchecked")
	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		ScrolledForm form = managedForm.getForm();
		form.setText("Situation Summary \u2014 " + OverviewPage.escape(engagement().getKey()));
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(14, 10).applyTo(body);
		summary = EMFEditProperties.value(domain(), ENGAGEMENT__SITUATION_SUMMARY).observe(engagement());
		Supplier<EObject> owner = FormFields.current(summary);
		FormFields fields = new FormFields(toolkit, bindings(), domain(), valueText());

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
		table(toolkit, body, "Root causes", "Broken or missing processes, product issues, miscommunication.", 1,
				SITUATION_SUMMARY__ROOT_CAUSES,
				List.of(TableColumnSpec.edit("Root cause", 240, ROOT_CAUSE__DESCRIPTION),
						TableColumnSpec.edit("Category", 130, ROOT_CAUSE__CATEGORY),
						TableColumnSpec.edit("Owning area", 120, ROOT_CAUSE__OWNING_AREA)),
				parent -> named(AdvocacyFactory.eINSTANCE.createRootCause(), "New root cause"));
		table(toolkit, body, "Contributing factors", "Not the root cause, but made it worse or added swirl.", 1,
				SITUATION_SUMMARY__CONTRIBUTING_FACTORS,
				List.of(TableColumnSpec.edit("Factor", 220, CONTRIBUTING_FACTOR__DESCRIPTION),
						TableColumnSpec.edit("Owner", 100, CONTRIBUTING_FACTOR__OWNER),
						TableColumnSpec.edit("Swirl", 50, CONTRIBUTING_FACTOR__SWIRL),
						TableColumnSpec.edit("Disclosed", 70, CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER)),
				parent -> named(AdvocacyFactory.eINSTANCE.createContributingFactor(), "New contributing factor"));
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
		form.reflow(true);
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

	/** @return the button that starts, reviews or reopens the summary */
	public Button getStateButton() {
		return stateButton;
	}
}
