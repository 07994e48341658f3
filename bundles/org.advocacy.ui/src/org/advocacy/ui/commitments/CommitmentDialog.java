// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.commitments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.advocacy.core.commands.CommitmentTerms;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a management commitment on root causes, or edits one: the accountable manager (a person of the
 * organization), what will be fixed, the day the manager updates the management review and, when editing, the
 * latest update given. It says which root causes the commitment fixes and who asks; OK stays disabled, with the
 * reason in the title area, until the terms can be a commitment ({@link CommitmentTerms#problem(LocalDate)}).
 */
public final class CommitmentDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final List<RootCause> rootCauses;
	private final List<Person> people;
	private final String requestedBy;
	private final LocalDate requestedOn;
	private final boolean editing;
	private CommitmentTerms terms;
	private String lastUpdate;
	private ComboViewer manager;
	private Text commitment;
	private DateTime promised;
	private Text update;

	private CommitmentDialog(Shell parent, Builder builder) {
		super(parent);
		this.title = builder.editing ? "Edit Commitment" : "Ask for a Management Commitment";
		this.message = builder.editing ? "Change what management committed to, or record the latest update."
				: "Obtain a commitment to fix the root causes, with a date for an update to the management review. "
						+ "The next review lists it.";
		this.rootCauses = builder.rootCauses;
		this.people = builder.people.stream()
				.sorted(Comparator.comparing(person -> Objects.toString(person.getName(), ""))).toList();
		this.requestedBy = builder.requestedBy;
		this.requestedOn = builder.requestedOn;
		this.editing = builder.editing;
		this.terms = builder.terms;
		this.lastUpdate = builder.lastUpdate;
		setHelpAvailable(false);
	}

	/**
	 * @param rootCauses the root causes the commitment fixes
	 * @param people     the people of the organization, who may be accountable
	 * @param terms      the terms to start from: a suggested manager and date, or the commitment's own
	 * @return a builder of the dialog
	 */
	public static Builder of(List<RootCause> rootCauses, List<Person> people, CommitmentTerms terms) {
		return new Builder(rootCauses, people, terms);
	}

	/** How the dialog opens: to ask for a new commitment, or to edit one. */
	public static final class Builder {
		private final List<RootCause> rootCauses;
		private final List<Person> people;
		private final CommitmentTerms terms;
		private String requestedBy = "";
		private LocalDate requestedOn;
		private boolean editing;
		private String lastUpdate;

		private Builder(List<RootCause> rootCauses, List<Person> people, CommitmentTerms terms) {
			this.rootCauses = List.copyOf(rootCauses);
			this.people = List.copyOf(people);
			this.terms = terms;
		}

		/**
		 * @param who  who asks, as the dialog says it
		 * @param when the day it is asked; the promised update may not be before it
		 * @return this builder, for a new commitment
		 */
		public Builder askedBy(String who, LocalDate when) {
			this.requestedBy = who;
			this.requestedOn = when;
			return this;
		}

		/**
		 * @param update the latest update given so far, or {@code null}
		 * @return this builder, for editing an existing commitment
		 */
		public Builder editing(String update) {
			this.editing = true;
			this.lastUpdate = update;
			return this;
		}

		/**
		 * @param parent the shell the dialog belongs to
		 * @return the dialog, not open yet
		 */
		public CommitmentDialog create(Shell parent) {
			return new CommitmentDialog(parent, this);
		}
	}

	/** Titles the window and the title area alike, and says what the dialog asks for. */
	@Override
	public void create() {
		super.create();
		getShell().setText(title);
		setTitle(title);
		setMessage(message);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(body);

		label(body, "Root causes:");
		Label causes = new Label(body, SWT.WRAP);
		causes.setText(String.join("\n", rootCauses.stream().map(ReviewText::cause).toList()));
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(causes);

		label(body, "Accountable manager:");
		manager = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		manager.setContentProvider(ArrayContentProvider.getInstance());
		manager.setLabelProvider(LabelProvider.createTextProvider(person -> personLabel((Person) person)));
		manager.setInput(people);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(manager.getControl());
		if (terms.accountableManager() != null) {
			manager.setSelection(new StructuredSelection(terms.accountableManager()), true);
		}

		label(body, "What will be fixed:").setLayoutData(GridDataFactory.swtDefaults().align(SWT.BEGINNING,
				SWT.BEGINNING).create());
		commitment = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		commitment.setText(Objects.toString(terms.commitment(), ""));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 70).applyTo(commitment);

		label(body, "Update to the review by:");
		promised = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		LocalDate date = terms.promisedUpdateOn();
		if (date != null) {
			promised.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		}

		if (editing) {
			label(body, "Latest update:").setLayoutData(GridDataFactory.swtDefaults().align(SWT.BEGINNING,
					SWT.BEGINNING).create());
			update = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			update.setText(Objects.toString(lastUpdate, ""));
			GridDataFactory.fillDefaults().grab(true, true).hint(420, 55).applyTo(update);
			update.addListener(SWT.Modify, event -> validate());
		} else {
			label(body, "Asked by:");
			label(body, requestedBy);
		}
		manager.addSelectionChangedListener(event -> validate());
		commitment.addListener(SWT.Modify, event -> validate());
		promised.addListener(SWT.Selection, event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, editing ? "Save" : "Ask", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** @return "Dana Ortiz — Director, Engineering" or the name alone */
	static String personLabel(Person person) {
		String name = Objects.toString(person.getName(), "(unnamed)");
		return person.getTitle() == null || person.getTitle().isBlank() ? name : name + " \u2014 " + person.getTitle();
	}

	private CommitmentTerms current() {
		Person chosen = (Person) manager.getStructuredSelection().getFirstElement();
		return new CommitmentTerms(chosen, commitment.getText(),
				LocalDate.of(promised.getYear(), promised.getMonth() + 1, promised.getDay()));
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Optional<String> problem = current().problem(requestedOn);
		setErrorMessage(problem.orElse(null));
		getButton(IDialogConstants.OK_ID).setEnabled(problem.isEmpty());
	}

	@Override
	protected void okPressed() {
		terms = current();
		lastUpdate = update == null ? lastUpdate : update.getText();
		super.okPressed();
	}

	/** @return the terms as entered, once the dialog was closed with OK */
	public CommitmentTerms terms() {
		return terms;
	}

	/** @return the latest update as entered, once the dialog was closed with OK */
	public String lastUpdate() {
		return lastUpdate;
	}

	/** @return the accountable-manager choice; for tests */
	public ComboViewer getManager() {
		return manager;
	}

	/** @return the what-will-be-fixed field; for tests */
	public Text getCommitment() {
		return commitment;
	}

	/** @return the promised-update date; for tests */
	public DateTime getPromised() {
		return promised;
	}
}
