// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__AUDIENCES;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CREATED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__HOLD_UNTIL;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SENT_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SILVER_LINING;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__STATE;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SUBJECT;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SUMMARY;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CLOSE_OUT_CONFIRMATION;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__COMMUNICATIONS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_CONFIRMATION;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.commands.UnderstandingCommands;
import org.advocacy.core.escalation.CustomerDrafts;
import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.exports.CustomerUpdateDraft;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.forms.ChoiceViewers;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.menus.IMenuService;

/**
 * The Communications page: when the customer must hear from the advocate next and whether that is overdue (the
 * engine's {@link CustomerUpdates}), the log of updates, and the update being written: drafted for the chosen
 * audience, or a mixed one, from the engine's update draft ({@link CustomerUpdateDraft}: what we are doing right, the
 * blip in context) as plain text to paste into an e-mail, edited in place, then sent. On any update or call the
 * advocate records that the customer repeated back their understanding, the "what and why" notes, and whether it
 * confirmed the agreed criteria or the close-out. A draft the engine finds emotionally charged is held for a day before it may go out
 * ({@link CustomerDrafts}).
 */
public class CommunicationsPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "communications";

	/**
	 * Where other bundles add actions on the selected update, beside Send and Discard (the menu contribution location
	 * of {@code org.eclipse.ui.menus}); their handlers find the update as the editor's selection.
	 */
	public static final String UPDATE_ACTIONS = "toolbar:org.advocacy.ui.editor.communications.update";

	private ResourceManager resources;
	private Label nextDue;
	private Label cadence;
	private FeatureTable updates;
	private IObservableValue<CustomerCommunication> selected;
	private ComboViewer audience;
	private Button draft;
	private Text subject;
	private Text text;
	private Button charged;
	private final List<Button> alsoFor = new ArrayList<>();
	private Button repeatedBack;
	private Button confirmsCriteria;
	private Button confirmsCloseOut;
	private Label hold;
	private Button send;
	private Button discard;
	private ToolBarManager contributedActions;
	private PageTicker ticker;
	private ClockPauseSection pauses;

	/** @param editor the editor */
	public CommunicationsPage(EngagementEditor editor) {
		super(editor, ID, "Communications");
	}

	@SuppressWarnings("unchecked")
	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		Composite body = PageBodies.titled(managedForm, getTitle(), engagement(), 2, true);
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		resources = new LocalResourceManager(JFaceResources.getResources(), form);

		Composite due = Sections.create(toolkit, body, "Next customer update",
				"Frequent updates regardless of status, from one voice: the advocate.", 2, 2);
		toolkit.createLabel(due, "Due:");
		nextDue = toolkit.createLabel(due, "", SWT.WRAP);
		nextDue.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(nextDue);
		toolkit.createLabel(due, "");
		cadence = toolkit.createLabel(due, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(cadence);

		pauses = new ClockPauseSection(toolkit, body, domain(), this::engagement, this::clock, valueText());
		onModelChange(pauses::refresh);
		createLog(toolkit, body);
		createDraft(toolkit, body);

		ticker = new PageTicker(form, this::refreshTimes);
		onModelChange(this::refresh);
		refresh();
		form.reflow(true);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void createLog(FormToolkit toolkit, Composite body) {
		Composite client = Sections.create(toolkit, body, "Update log",
				"Every update to the customer, newest first. Select one to read or edit it.", 1, 1);
		updates = new FeatureTable(toolkit, client, domain(), Observables.constantObservableValue(engagement()),
				ENGAGEMENT__COMMUNICATIONS, valueText(),
				List.of(TableColumnSpec.show("Written", 150, CUSTOMER_COMMUNICATION__CREATED_AT),
						TableColumnSpec.show("Audience", 95, CUSTOMER_COMMUNICATION__AUDIENCES),
						TableColumnSpec.show("Subject", 240, CUSTOMER_COMMUNICATION__SUBJECT),
						TableColumnSpec.show("State", 70, CUSTOMER_COMMUNICATION__STATE),
						TableColumnSpec.show("Sent", 130, CUSTOMER_COMMUNICATION__SENT_AT),
						TableColumnSpec.show("Held until", 130, CUSTOMER_COMMUNICATION__HOLD_UNTIL)),
				owner -> newDraft((Engagement) owner, chosenAudience(), "Update on " + engagement().getTitle(), ""));
		updates.setHeight(300);
		updates.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object first, Object second) {
				return Comparator.nullsLast(Comparator.<Instant>reverseOrder()).compare(
						((CustomerCommunication) first).getCreatedAt(), ((CustomerCommunication) second).getCreatedAt());
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(updates.getControl());
		registerField(this::engagement, ENGAGEMENT__COMMUNICATIONS, updates.getViewer().getControl());
		onModelChange(updates::refresh);
		selected = (IObservableValue) ViewerProperties.singleSelection().observe(updates.getViewer());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void createDraft(FormToolkit toolkit, Composite body) {
		Composite client = Sections.create(toolkit, body, "Update",
				"Draft for an audience from the engagement as it stands, revise, then send. Written in the heat of the "
						+ "moment? It waits a day.",
				1, 2);
		toolkit.createLabel(client, "Audience:");
		Composite drafting = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(drafting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(drafting);
		audience = ChoiceViewers.create(drafting, Audience.VALUES, element -> ((Audience) element).getLiteral());
		toolkit.adapt(audience.getCombo(), true, false);
		audience.setSelection(new StructuredSelection(Audience.MANAGEMENT));
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(audience.getCombo());
		draft = ActionButtons.push(toolkit, drafting, "Draft update");
		draft.addListener(SWT.Selection, event -> draftUpdate());
		toolkit.createLabel(client, "Also for:");
		Composite mixed = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(Audience.VALUES.size()).applyTo(mixed);
		for (Audience other : Audience.VALUES) {
			Button also = toolkit.createButton(mixed, other.getLiteral(), SWT.CHECK);
			also.setData(other);
			also.setToolTipText("A mixed audience: the draft combines the sections each reader needs");
			alsoFor.add(also);
		}
		toolkit.createLabel(client, "");
		Label needs = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(needs);
		Runnable describe = () -> needs.setText("Written for " + chosenAudience().getLiteral().toLowerCase() + ": "
				+ audienceNeeds(chosenAudience()) + ".");
		describe.run();
		audience.addSelectionChangedListener(event -> describe.run());

		FormFields fields = fields(toolkit);
		subject = fields.text(client, "Subject:", (IObservableValue) selected, CUSTOMER_COMMUNICATION__SUBJECT, false);
		registerField(FormFields.current(selected), CUSTOMER_COMMUNICATION__SUBJECT, subject);
		text = fields.text(client, "Text:", (IObservableValue) selected, CUSTOMER_COMMUNICATION__SUMMARY, true);
		((GridData) text.getLayoutData()).heightHint = 230;
		registerField(FormFields.current(selected), CUSTOMER_COMMUNICATION__SUMMARY, text);
		Text lining = fields.text(client, "What we are\ndoing right:", (IObservableValue) selected,
				CUSTOMER_COMMUNICATION__SILVER_LINING, true);
		registerField(FormFields.current(selected), CUSTOMER_COMMUNICATION__SILVER_LINING, lining);
		createUnderstanding(toolkit, fields, client);
		toolkit.createLabel(client, "");
		charged = toolkit.createButton(client, "Emotionally charged: let it sit a day before it goes out",
				SWT.CHECK | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(charged);
		bindings().bindValue(WidgetProperties.buttonSelection().observe(charged),
				EMFEditProperties.value(domain(), CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED).observeDetail(selected));
		toolkit.createLabel(client, "");
		hold = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hold);
		toolkit.createLabel(client, "");
		Composite buttons = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		send = ActionButtons.push(toolkit, buttons, "Send");
		send.addListener(SWT.Selection, event -> send());
		discard = ActionButtons.push(toolkit, buttons, "Discard");
		discard.addListener(SWT.Selection, event -> discard());
		createContributedActions(toolkit, buttons);
		selected.addValueChangeListener(event -> {
			CustomerCommunication update = selected.getValue();
			getEditor().getSite().getSelectionProvider()
					.setSelection(new StructuredSelection(update == null ? engagement() : update));
			refreshSelected();
		});
	}

	/**
	 * Mutual understanding on the selected update or call: whether the customer repeated back their understanding,
	 * the advocate's "what and why" notes, and whether it confirmed the agreed criteria or the close-out.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void createUnderstanding(FormToolkit toolkit, FormFields fields, Composite client) {
		toolkit.createLabel(client, "");
		repeatedBack = toolkit.createButton(client, "The customer repeated back their understanding in their own words",
				SWT.CHECK | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(repeatedBack);
		repeatedBack.addListener(SWT.Selection, event -> {
			CustomerCommunication update = selected.getValue();
			if (update != null) {
				domain().getCommandStack().execute(UnderstandingCommands.repeatedBack(domain(), update,
						repeatedBack.getSelection(), clock().instant()));
			}
		});
		Text notes = fields.text(client, "What and why:", (IObservableValue) selected,
				CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES, true);
		notes.setToolTipText("The questions asked to understand what the customer really needs, and why");
		toolkit.createLabel(client, "Confirms:");
		Composite confirms = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(confirms);
		confirmsCriteria = toolkit.createButton(confirms, "the agreed criteria", SWT.CHECK);
		confirmsCriteria.addListener(SWT.Selection, event -> domain().getCommandStack().execute(UnderstandingCommands
				.confirmsCriteria(domain(), engagement(), confirmsCriteria.getSelection() ? selected.getValue() : null)));
		registerField(this::engagement, ENGAGEMENT__CRITERIA_CONFIRMATION, confirmsCriteria);
		confirmsCloseOut = toolkit.createButton(confirms, "the close-out", SWT.CHECK);
		confirmsCloseOut.addListener(SWT.Selection, event -> domain().getCommandStack().execute(UnderstandingCommands
				.confirmsCloseOut(domain(), engagement(), confirmsCloseOut.getSelection() ? selected.getValue() : null)));
		registerField(this::engagement, ENGAGEMENT__CLOSE_OUT_CONFIRMATION, confirmsCloseOut);
	}

	/** The actions other bundles contribute to {@link #UPDATE_ACTIONS}, such as sending the update by e-mail. */
	private void createContributedActions(FormToolkit toolkit, Composite buttons) {
		IMenuService menus = getSite().getService(IMenuService.class);
		contributedActions = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolkit.adapt(contributedActions.createControl(buttons));
		menus.populateContributionManager(contributedActions, UPDATE_ACTIONS);
		contributedActions.getControl().addDisposeListener(event -> {
			menus.releaseContributions(contributedActions);
			contributedActions.dispose();
		});
	}

	private static String audienceNeeds(Audience audience) {
		return switch (audience) {
		case MANAGEMENT -> "business impact, numbers, options, recommendation";
		case ENGINEER -> "technical detail, chronology, root causes";
		case ADMINISTRATIVE -> "what it means for them, how to work with us";
		};
	}

	private Audience chosenAudience() {
		Object chosen = audience.getStructuredSelection().getFirstElement();
		return chosen == null ? Audience.MANAGEMENT : (Audience) chosen;
	}

	/** @return the audience chosen first, then the others ticked for a mixed audience */
	private List<Audience> chosenAudiences() {
		List<Audience> audiences = new ArrayList<>(List.of(chosenAudience()));
		alsoFor.stream().filter(Button::getSelection).map(button -> (Audience) button.getData())
				.filter(other -> !audiences.contains(other)).forEach(audiences::add);
		return audiences;
	}

	private Clock clock() {
		return ((EngagementEditor) getEditor()).getClock();
	}

	private CustomerCommunication newDraft(Engagement engagement, Audience reader, String title, String content) {
		CustomerCommunication update = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		update.setCreatedAt(clock().instant());
		update.setAuthor(engagement.getAdvocate());
		update.getAudiences().add(reader);
		update.setState(CommunicationState.DRAFT);
		update.setSubject(title);
		update.setSummary(content);
		return update;
	}

	/** Drafts an update for the chosen audience from the engine's draft, as one command, and selects it. */
	private void draftUpdate() {
		Engagement engagement = engagement();
		List<Audience> readers = chosenAudiences();
		CustomerUpdateDraft written = new CustomerUpdateDraft(engagement, readers, clock().instant(),
				clock().getZone());
		CustomerCommunication update = newDraft(engagement, readers.get(0), written.subject(), written.toPlainText());
		update.getAudiences().addAll(readers.subList(1, readers.size()));
		update.setSilverLining(written.silverLining().summary());
		domain().getCommandStack().execute(EngagementCommands.draftUpdate(domain(), engagement, update));
		updates.refresh();
		updates.getViewer().setSelection(new StructuredSelection(update), true);
		text.setFocus();
	}

	private void send() {
		CustomerCommunication update = selected.getValue();
		if (update == null || CustomerDrafts.sendStep(update, clock().instant()) == CustomerDrafts.SendStep.WAIT
				|| CustomerDrafts.sendStep(update, clock().instant()) == CustomerDrafts.SendStep.NONE) {
			return;
		}
		String label = CustomerDrafts.sendStep(update, clock().instant()) == CustomerDrafts.SendStep.HOLD
				? "Hold update for a day" : "Send update";
		domain().getCommandStack().execute(
				EngagementCommands.apply(domain(), label, CustomerDrafts.send(update, clock().instant())));
	}

	private void discard() {
		CustomerCommunication update = selected.getValue();
		if (update != null) {
			domain().getCommandStack().execute(EngagementCommands.apply(domain(), "Discard update", CustomerDrafts.discard(update)));
		}
	}

	private void refresh() {
		if (nextDue.isDisposed()) {
			return;
		}
		refreshTimes();
		refreshSelected();
	}

	/** The due time, overdue state and hold countdown, as time passes. */
	private void refreshTimes() {
		if (nextDue.isDisposed()) {
			return;
		}
		Instant now = clock().instant();
		UpdateStatus status = new CustomerUpdates(NudgePreferences.clockPauses()).evaluate(engagement(), now);
		nextDue.setText(status.nextDueAt() == null ? "Nothing due"
				: valueText().of(status.nextDueAt()) + "  (" + DueText.until(status.nextDueAt(), now) + ")");
		nextDue.setForeground(status.isOverdue()
				? resources.create(ColorDescriptor.createFrom(StatusColours.rgb(StatusColour.RED))) : null);
		cadence.setText((status.lastSentAt() == null ? "" : "Last update sent " + valueText().of(status.lastSentAt())
				+ ". ") + status.reason());
		pauses.refresh();
		refreshSelected();
	}

	/** What the selected update allows: editing while not sent, Send unless held, the hold in words. */
	private void refreshSelected() {
		if (hold.isDisposed()) {
			return;
		}
		CustomerCommunication update = selected.getValue();
		Instant now = clock().instant();
		CustomerDrafts.SendStep step = update == null ? CustomerDrafts.SendStep.NONE
				: CustomerDrafts.sendStep(update, now);
		boolean open = step != CustomerDrafts.SendStep.NONE;
		subject.setEditable(open);
		text.setEditable(open);
		repeatedBack.setEnabled(update != null);
		repeatedBack.setSelection(update != null && update.isCustomerRepeatedBack());
		confirmsCriteria.setEnabled(update != null);
		confirmsCriteria.setSelection(update != null && engagement().getCriteriaConfirmation() == update);
		confirmsCloseOut.setEnabled(update != null);
		confirmsCloseOut.setSelection(update != null && engagement().getCloseOutConfirmation() == update);
		charged.setEnabled(open && update.getHoldUntil() == null);
		send.setEnabled(step == CustomerDrafts.SendStep.SEND || step == CustomerDrafts.SendStep.HOLD);
		discard.setEnabled(open);
		String holdText = holdText(update, step, now);
		boolean reflow = !holdText.equals(hold.getText());
		hold.setText(holdText);
		hold.setForeground(step == CustomerDrafts.SendStep.WAIT || step == CustomerDrafts.SendStep.HOLD
				? resources.create(ColorDescriptor.createFrom(StatusColours.rgb(StatusColour.YELLOW))) : null);
		if (reflow) {
			getManagedForm().getForm().reflow(true);
		}
		contributedActions.update(true);
	}

	private String holdText(CustomerCommunication update, CustomerDrafts.SendStep step, Instant now) {
		if (update == null) {
			return "Select an update in the log, or draft a new one.";
		}
		return switch (step) {
		case WAIT -> "Held until " + valueText().of(update.getHoldUntil()) + " ("
				+ DueText.until(update.getHoldUntil(), now) + "): let it sit, then revise and send it, or discard it.";
		case HOLD -> {
			List<String> words = CustomerDrafts.chargedWording(
					Objects.toString(update.getSubject(), "") + "\n" + Objects.toString(update.getSummary(), ""));
			yield "Reads as emotionally charged" + (words.isEmpty() ? "" : " (\u201C" + String.join("\u201D, \u201C", words)
					+ "\u201D)") + ": Send holds it for a day first.";
		}
		case SEND -> update.getHoldUntil() == null ? "Draft: Send records it as sent now and restarts the cadence."
				: "The hold is over: revise it, then send it or discard it.";
		case NONE -> update.getState() == CommunicationState.SENT
				? "Sent " + valueText().of(update.getSentAt()) + "." : "Discarded: not sent.";
		};
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (ticker != null) {
			ticker.pageShown(active);
		}
	}

	/** @return the update log */
	FeatureTable getUpdates() {
		return updates;
	}

	/** @return the audience chooser */
	ComboViewer getAudience() {
		return audience;
	}

	/** @return the "Draft update" button */
	Button getDraftButton() {
		return draft;
	}

	/** @return the text of the selected update */
	Text getText() {
		return text;
	}

	/** @return the line saying whether the selected update is held, and until when */
	Label getHoldLabel() {
		return hold;
	}

	/** @return the actions contributed to {@link #UPDATE_ACTIONS} */
	ToolBarManager getContributedActions() {
		return contributedActions;
	}

	/** @return the check boxes adding audiences for a mixed audience */
	List<Button> getAlsoFor() {
		return alsoFor;
	}

	/** @return the "customer repeated back" check box */
	Button getRepeatedBack() {
		return repeatedBack;
	}

	/** @return the "confirms the agreed criteria" check box */
	Button getConfirmsCriteria() {
		return confirmsCriteria;
	}

	/** @return the Send button */
	Button getSendButton() {
		return send;
	}

	/** @return the next-update-due line */
	Label getNextDue() {
		return nextDue;
	}

	/** @return the update clock section */
	ClockPauseSection getClockPauses() {
		return pauses;
	}
}
