// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.wizards;

import java.util.Arrays;
import java.util.List;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.ChoiceViewers;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the New Engagement wizard: the customer, the trigger and the customer's own words, urgency,
 * reason, advocate, and the disengagement criteria agreed up front (one per line).
 */
public final class NewEngagementPage extends WizardPage {

	private final AdvocacyRepository repository;
	private final ValueText valueText;
	private Text title;
	private ComboViewer customer;
	private ComboViewer trigger;
	private Text words;
	private ComboViewer urgency;
	private ComboViewer reason;
	private ComboViewer advocate;
	private Text criteria;

	NewEngagementPage(AdvocacyRepository repository, ValueText valueText) {
		super("newEngagement");
		this.repository = repository;
		this.valueText = valueText;
		setTitle("New Engagement");
		setDescription("Who the customer is, what triggered the request, and what it takes to disengage.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		title = text(body, "&Title:", false);
		customer = choice(body, "&Customer:", repository.getCustomers());
		trigger = choice(body, "T&rigger:", EngagementTrigger.VALUES);
		words = text(body, "Customer's &words:", true);
		urgency = choice(body, "&Urgency:", Urgency.VALUES);
		reason = choice(body, "R&eason:", repository.getReasons());
		List<Person> advocates = repository.getOrganization() == null ? List.of()
				: repository.getOrganization().getPeople().stream().filter(Person::isAdvocate).toList();
		advocate = choice(body, "&Advocate:", advocates);
		criteria = text(body, "&Disengagement\ncriteria (one a line):", true);
		trigger.setSelection(new StructuredSelection(EngagementTrigger.CUSTOMER_REQUEST));
		urgency.setSelection(new StructuredSelection(Urgency.BUSINESS_HOURS));
		setControl(body);
		validate();
	}

	private Text text(Composite body, String label, boolean multi) {
		Label caption = new Label(body, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, multi ? SWT.BEGINNING : SWT.CENTER).applyTo(caption);
		Text text = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, false).hint(380, multi ? 60 : SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> validate());
		return text;
	}

	private ComboViewer choice(Composite body, String label, List<?> values) {
		new Label(body, SWT.NONE).setText(label);
		ComboViewer viewer = ChoiceViewers.create(body, values, valueText::of);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
		viewer.addSelectionChangedListener(event -> validate());
		return viewer;
	}

	private void validate() {
		String problem = title.getText().isBlank() ? "Give the situation a title."
				: selected(customer) == null ? "Choose the customer."
						: selected(advocate) == null ? "Choose the advocate."
								: criteriaLines().isEmpty()
										? "Agree at least one disengagement criterion with the customer up front."
										: null;
		setErrorMessage(null);
		setMessage(problem, problem == null ? NONE : INFORMATION);
		setPageComplete(problem == null);
	}

	private static Object selected(ComboViewer viewer) {
		return viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
	}

	/** @return what the advocate entered */
	NewEngagementRequest request() {
		return new NewEngagementRequest(title.getText().strip(), (Customer) selected(customer),
				(EngagementTrigger) selected(trigger), words.getText().strip(), (Urgency) selected(urgency),
				(EngagementReason) selected(reason), (Person) selected(advocate), criteriaLines());
	}

	private List<String> criteriaLines() {
		return criteria == null ? List.of()
				: Arrays.stream(criteria.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** @return the title field, for tests */
	public Text getTitleText() {
		return title;
	}

	/** @return the customer's-words field, for tests */
	public Text getWordsText() {
		return words;
	}

	/** @return the criteria field, for tests */
	public Text getCriteriaText() {
		return criteria;
	}

	/** @return the customer choice, for tests */
	public ComboViewer getCustomer() {
		return customer;
	}

	/** @return the advocate choice, for tests */
	public ComboViewer getAdvocate() {
		return advocate;
	}
}
