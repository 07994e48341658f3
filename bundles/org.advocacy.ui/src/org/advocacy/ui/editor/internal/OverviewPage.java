// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.commands.ColourCommands;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Criterion;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Expense;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.preferences.NudgePreferences;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Overview page: who the customer is and why the advocate is engaged, the lifecycle moves, the colour code,
 * the disengagement and success criteria agreed up front, and the effort and expenses spent.
 */
public class OverviewPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "overview";

	/** The override choice that leaves the colour to the engine. */
	private static final String ENGINE_COLOUR = "The engine's colour";

	private Text keyText;
	private Text wordsText;
	private TransitionsSection transitions;
	private Label colourShown;
	private ComboViewer colourOverride;
	private Text colourReason;
	private final List<FeatureTable> tables = new ArrayList<>();

	/** @param editor the editor */
	public OverviewPage(EngagementEditor editor) {
		super(editor, ID, "Overview");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		Engagement engagement = engagement();
		ScrolledForm form = managedForm.getForm();
		Runnable title = () -> form.setText(escape(engagement.getKey()) + "  " + escape(engagement.getTitle()));
		title.run();
		onModelChange(title);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = form.getBody();
		PageBodies.layOut(body, 2, true);
		IObservableValue<Engagement> master = Observables.constantObservableValue(engagement);
		FormFields fields = fields(toolkit);

		createSituation(toolkit, body, master, fields);
		Composite right = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
		Composite lifecycle = Sections.create(toolkit, right, "Lifecycle",
				"Moves the lifecycle rules allow now; a refused move says why.", 1, 1);
		transitions = new TransitionsSection(toolkit, lifecycle, (EngagementEditor) getEditor());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(transitions.getControl());
		onModelChange(transitions::refresh);
		createColourCode(toolkit, right, master, fields);

		createCriteria(toolkit, body, master, ENGAGEMENT__DISENGAGEMENT_CRITERIA, "Disengagement criteria",
				"Agreed with the customer up front: the advocate disengages when all are met and confirmed.");
		createCriteria(toolkit, body, master, ENGAGEMENT__SUCCESS_CRITERIA, "Success criteria",
				"What the customer will consider a success.");
		createCosts(toolkit, body, master);
		form.reflow(true);
	}

	/**
	 * The colour code as the engine works it out (or as overridden), and the advocate's override with its reason:
	 * choosing a colour overrides the engine, recording when and by whom (the "You are" preference), choosing the
	 * engine's colour removes the override.
	 */
	private void createColourCode(FormToolkit toolkit, Composite parent, IObservableValue<Engagement> master,
			FormFields fields) {
		Engagement engagement = engagement();
		Composite colour = Sections.create(toolkit, parent, "Colour code",
				"Green: on track. Yellow: a risk may take it off track. Red: off track, remedial action needed.", 1, 2);
		toolkit.createLabel(colour, "Colour:");
		Label current = toolkit.createLabel(colour, "", SWT.WRAP);
		colourShown = current;
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(current);
		Runnable showCurrent = () -> current.setText(new EngagementColours(now()).of(engagement).rationale());
		showCurrent.run();
		onModelChange(showCurrent);
		List<Object> choices = new ArrayList<>();
		choices.add(ENGINE_COLOUR);
		choices.addAll(StatusColour.VALUES);
		ComboViewer override = fields.choice(colour, "Override:", choices);
		colourOverride = override;
		Runnable showOverride = () -> override.setSelection(new StructuredSelection(
				engagement.getColourOverride() == null ? ENGINE_COLOUR : engagement.getColourOverride().getColour()));
		showOverride.run();
		onModelChange(showOverride);
		override.addSelectionChangedListener(
				event -> override(engagement, event.getStructuredSelection().getFirstElement()));
		registerField(() -> engagement, ENGAGEMENT__COLOUR_OVERRIDE, override.getControl());
		IObservableValue<?> overrideMaster = EMFEditProperties.value(domain(), ENGAGEMENT__COLOUR_OVERRIDE)
				.observeDetail(master);
		Text reason = fields.text(colour, "Reason:", overrideMaster, COLOUR_OVERRIDE__REASON, true);
		colourReason = reason;
		Runnable enableReason = () -> reason.setEnabled(engagement.getColourOverride() != null);
		enableReason.run();
		onModelChange(enableReason);
		registerField(engagement::getColourOverride, COLOUR_OVERRIDE__REASON, reason);
	}

	private void override(Engagement engagement, Object chosen) {
		Command override = ColourCommands.override(domain(), engagement,
				chosen instanceof StatusColour picked ? picked : null,
				NudgePreferences.youAre((AdvocacyRepository) engagement.eContainer()), now());
		if (override.canExecute()) {
			domain().getCommandStack().execute(override);
		}
	}

	private Instant now() {
		return ((EngagementEditor) getEditor()).getClock().instant();
	}

	private void createSituation(FormToolkit toolkit, Composite body, IObservableValue<Engagement> master,
			FormFields fields) {
		Engagement engagement = engagement();
		AdvocacyRepository repository = (AdvocacyRepository) engagement.eContainer();
		Composite client = Sections.create(toolkit, body, "Situation",
				"The customer, what triggered the engagement and who is the advocate.", 1, 2);
		keyText = fields.text(client, "Case number:", master, ENGAGEMENT__KEY, false);
		registerField(() -> engagement, ENGAGEMENT__KEY, keyText);
		registerField(() -> engagement, ENGAGEMENT__TITLE, fields.text(client, "Title:", master, ENGAGEMENT__TITLE, false));
		registerField(() -> engagement, ENGAGEMENT__CUSTOMER,
				fields.choice(client, "Customer:", master, ENGAGEMENT__CUSTOMER, repository.getCustomers()).getControl());
		fields.readOnly(client, "Segment:", master, ENGAGEMENT__CUSTOMER, CUSTOMER__SEGMENT, CUSTOMER_SEGMENT__NAME);
		registerField(() -> engagement, ENGAGEMENT__TRIGGER, fields
				.choice(client, "Trigger:", master, ENGAGEMENT__TRIGGER, EngagementTrigger.VALUES).getControl());
		wordsText = fields.text(client, "Customer's words:", master, ENGAGEMENT__CUSTOMER_WORDS, true);
		registerField(() -> engagement, ENGAGEMENT__CUSTOMER_WORDS, wordsText);
		registerField(() -> engagement, ENGAGEMENT__REASON,
				fields.choice(client, "Reason:", master, ENGAGEMENT__REASON, repository.getReasons()).getControl());
		registerField(() -> engagement, ENGAGEMENT__URGENCY,
				fields.choice(client, "Urgency:", master, ENGAGEMENT__URGENCY, Urgency.VALUES).getControl());
		List<Person> advocates = new ArrayList<>();
		if (repository.getOrganization() != null) {
			repository.getOrganization().getPeople().stream()
					.filter(person -> person.isAdvocate() || person == engagement.getAdvocate()).forEach(advocates::add);
		}
		registerField(() -> engagement, ENGAGEMENT__ADVOCATE,
				fields.choice(client, "Advocate:", master, ENGAGEMENT__ADVOCATE, advocates).getControl());
	}

	private void createCriteria(FormToolkit toolkit, Composite body, IObservableValue<Engagement> master,
			org.eclipse.emf.ecore.EReference list, String title, String description) {
		Composite client = Sections.create(toolkit, body, title, description, 1, 1);
		FeatureTable table = new FeatureTable(toolkit, client, domain(), master, list, valueText(),
				List.of(TableColumnSpec.edit("Criterion", 300, CRITERION__DESCRIPTION),
						TableColumnSpec.edit("Met", 45, CRITERION__MET),
						TableColumnSpec.edit("Confirmed", 80, CRITERION__CUSTOMER_CONFIRMED),
						TableColumnSpec.show("Met at", 125, CRITERION__MET_AT)),
				owner -> {
					Criterion criterion = AdvocacyFactory.eINSTANCE.createCriterion();
					criterion.setDescription("New criterion");
					return criterion;
				});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		addTable(table, list);
	}

	private void createCosts(FormToolkit toolkit, Composite body, IObservableValue<Engagement> master) {
		Composite effort = Sections.create(toolkit, body, "Effort", "Hours spent, at each person's rate.", 1, 1);
		FeatureTable effortTable = new FeatureTable(toolkit, effort, domain(), master, ENGAGEMENT__EFFORT_ENTRIES,
				valueText(),
				List.of(TableColumnSpec.edit("Person", 120, EFFORT_ENTRY__PERSON),
						TableColumnSpec.edit("Date", 95, EFFORT_ENTRY__DATE),
						TableColumnSpec.edit("Hours", 55, EFFORT_ENTRY__HOURS),
						TableColumnSpec.edit("Rate", 60, EFFORT_ENTRY__HOURLY_RATE),
						TableColumnSpec.edit("Description", 200, EFFORT_ENTRY__DESCRIPTION)),
				owner -> {
					EffortEntry entry = AdvocacyFactory.eINSTANCE.createEffortEntry();
					entry.setPerson(((Engagement) owner).getAdvocate());
					entry.setDate(LocalDate.now(((EngagementEditor) getEditor()).getClock()));
					entry.setHours(1);
					return entry;
				});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(effortTable.getControl());
		addTable(effortTable, ENGAGEMENT__EFFORT_ENTRIES);
		Composite expenses = Sections.create(toolkit, body, "Expenses", "Money spent on the engagement.", 1, 1);
		FeatureTable expenseTable = new FeatureTable(toolkit, expenses, domain(), master, ENGAGEMENT__EXPENSES,
				valueText(),
				List.of(TableColumnSpec.edit("Date", 95, EXPENSE__DATE),
						TableColumnSpec.edit("Amount", 80, EXPENSE__AMOUNT),
						TableColumnSpec.edit("Category", 100, EXPENSE__CATEGORY),
						TableColumnSpec.edit("Description", 200, EXPENSE__DESCRIPTION)),
				owner -> {
					Expense expense = AdvocacyFactory.eINSTANCE.createExpense();
					expense.setDate(LocalDate.now(((EngagementEditor) getEditor()).getClock()));
					expense.setAmount(java.math.BigDecimal.ZERO);
					return expense;
				});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(expenseTable.getControl());
		addTable(expenseTable, ENGAGEMENT__EXPENSES);
	}

	private void addTable(FeatureTable table, org.eclipse.emf.ecore.EReference list) {
		Engagement engagement = engagement();
		tables.add(table);
		registerField(() -> engagement, list, table.getViewer().getControl());
		onModelChange(table::refresh);
	}

	/** @return the text with '&amp;' doubled, so that a form title shows it instead of taking it for a mnemonic */
	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&&");
	}

	/** @return the case-number field */
	public Text getKeyText() {
		return keyText;
	}

	/** @return the customer's-words field */
	public Text getWordsText() {
		return wordsText;
	}

	/** @return the lifecycle section */
	public TransitionsSection getTransitions() {
		return transitions;
	}

	/** @return the tables: disengagement criteria, success criteria, effort, expenses */
	public List<FeatureTable> getTables() {
		return List.copyOf(tables);
	}

	/** @return the colour code as every view shows it, with its reason */
	public Label getColourShown() {
		return colourShown;
	}

	/** @return the override choice: the engine's colour, or Green, Yellow, Red */
	public ComboViewer getColourOverride() {
		return colourOverride;
	}

	/** @return the override's reason */
	public Text getColourReason() {
		return colourReason;
	}
}
