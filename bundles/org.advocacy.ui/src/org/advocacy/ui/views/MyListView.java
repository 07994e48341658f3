// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.PersonalListCommands;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.list.OwedItem;
import org.advocacy.core.list.PersonalList;
import org.advocacy.core.list.PersonalLists;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ListPriority;
import org.advocacy.model.Person;
import org.advocacy.model.PersonalListItem;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.SessionTracker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * My List: one person's own list across every engagement (whitepaper, time management: one list, priorities A — must
 * be done tomorrow — B, C, delegate, eliminate). Today's A items come first, then the customer updates due by
 * tomorrow, the incoming items waiting to be triaged, the other priorities and what was crossed off lately. The
 * buttons triage the selected items and cross them off, each gesture one undoable command on the repository's editing
 * domain; double-click opens the item's engagement. Shows the person the user said they are (preferences), or the one
 * chosen in the view.
 */
public class MyListView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.views.myList";

	private static final String[][] PRIORITIES = { { "A", "Must be done tomorrow" }, { "B", "Important, not urgent" },
			{ "C", "When there is time" }, { "Delegate", "Someone else should do it" },
			{ "Eliminate", "Not worth doing" }, { "Incoming", "Back among the items to triage" } };
	private static final ListPriority[] PRIORITY_OF = { ListPriority.A, ListPriority.B, ListPriority.C,
			ListPriority.DELEGATE, ListPriority.ELIMINATE, ListPriority.NEW };

	private Clock clock = Clock.systemDefaultZone();
	private ComboViewer people;
	private final List<Button> priorityButtons = new ArrayList<>();
	private Button crossOff;
	private Label message;
	private TreeViewer tree;
	private PersonalListLabels labels;
	private SessionTracker tracker;
	private CommandStackActions undoRedo;
	private Person person;
	private PersonalList list;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(3 + PRIORITIES.length).applyTo(bar);
		new Label(bar, SWT.NONE).setText("&Person:");
		people = new ComboViewer(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		people.setContentProvider(ArrayContentProvider.getInstance());
		people.setLabelProvider(LabelProvider.createTextProvider(element -> ((Person) element).getName()));
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(people.getControl());
		people.addSelectionChangedListener(event -> choose((Person) people.getStructuredSelection().getFirstElement()));
		for (int i = 0; i < PRIORITIES.length; i++) {
			ListPriority priority = PRIORITY_OF[i];
			Button button = new Button(bar, SWT.PUSH);
			button.setText(PRIORITIES[i][0]);
			button.setToolTipText(PRIORITIES[i][1]);
			button.addListener(SWT.Selection, event -> prioritize(priority));
			priorityButtons.add(button);
		}
		crossOff = new Button(bar, SWT.PUSH);
		crossOff.setText("Cross &Off");
		crossOff.setToolTipText("Done: cross the selected items off the list");
		crossOff.addListener(SWT.Selection, event -> crossOff());

		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);

		Composite treeArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(treeArea);
		TreeColumnLayout columns = new TreeColumnLayout(true);
		treeArea.setLayout(columns);
		tree = new TreeViewer(treeArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new PersonalListRows());
		labels = new PersonalListLabels(tree.getTree(), clock);
		labels.addColumns(tree, columns, new ColumnWeightData(60, 220), new ColumnPixelData(90),
				new ColumnPixelData(95), new ColumnPixelData(160), new ColumnPixelData(70));
		tree.addSelectionChangedListener(event -> updateButtons());
		tree.addDoubleClickListener(event -> openSelected());
		getSite().setSelectionProvider(tree);

		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		tracker = new SessionTracker(parent, this::show);
	}

	/** Follows the current repository: its people, and the list again after every command. */
	private void show(RepositorySession session) {
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session == null) {
			people.setInput(List.of());
			person = null;
			refreshList();
			return;
		}
		AdvocacyRepository repository = session.getRepository();
		List<Person> everyone = repository.getOrganization() == null ? List.of()
				: repository.getOrganization().getPeople().stream()
						.sorted(Comparator.comparing(Person::getName, Comparator.nullsLast(String::compareTo))).toList();
		if (person == null || !everyone.contains(person)) {
			person = NudgePreferences.youAre(repository);
		}
		people.setInput(everyone);
		people.setSelection(person == null ? StructuredSelection.EMPTY : new StructuredSelection(person));
		refreshList();
	}

	private void choose(Person chosen) {
		if (chosen != person) {
			person = chosen;
			say("");
			refreshList();
		}
	}

	/** Computes the list again, keeping the selected items selected and every section open. */
	private void refreshList() {
		RepositorySession session = tracker == null ? null : tracker.getSession();
		if (session == null || person == null) {
			list = null;
			tree.setInput(List.of());
			setContentDescription(session == null ? "No repository open."
					: "Choose whose list to show (Preferences > Customer Advocacy > You are sets the default).");
			updateButtons();
			return;
		}
		Set<PersonalListItem> selected = Collections.newSetFromMap(new IdentityHashMap<>());
		selectedItems().forEach(item -> selected.add(item.item()));
		list = PersonalLists.of(session.getRepository(), person, clock.instant(), clock.getZone());
		tree.setInput(PersonalListRows.sections(list));
		tree.expandAll();
		tree.setSelection(new StructuredSelection(
				list.items().stream().filter(item -> selected.contains(item.item())).toList()));
		setContentDescription(person.getName() + ": " + list.today().size() + " for today, " + list.incoming().size()
				+ " to triage, " + list.owed().size() + " owed in all, " + list.overdue().size() + " overdue"
				+ (list.updatesDue().isEmpty() ? ""
						: ", " + list.updatesDue().size() + (list.updatesDue().size() == 1 ? " customer update"
								: " customer updates") + " due by tomorrow"));
		updateButtons();
	}

	private List<OwedItem> selectedItems() {
		List<OwedItem> items = new ArrayList<>();
		for (Object element : tree.getStructuredSelection()) {
			if (element instanceof OwedItem item) {
				items.add(item);
			}
		}
		return items;
	}

	private void updateButtons() {
		boolean owed = selectedItems().stream().anyMatch(item -> !item.isCrossedOff());
		priorityButtons.forEach(button -> button.setEnabled(owed));
		crossOff.setEnabled(owed);
	}

	private void prioritize(ListPriority priority) {
		execute(selectedItems().stream()
				.map(item -> PersonalListCommands.prioritize(domain(), item.item(), priority, clock.instant()))
				.toList());
	}

	private void crossOff() {
		execute(selectedItems().stream()
				.map(item -> PersonalListCommands.crossOff(domain(), item.item(), clock.instant())).toList());
	}

	private EditingDomain domain() {
		return tracker.getSession().getEditingDomain();
	}

	/** Executes the accepted edits as one command; says why the others were refused. */
	private void execute(List<Edit> edits) {
		List<Command> commands = edits.stream().filter(Edit::accepted).map(Edit::command).toList();
		List<String> refusals = edits.stream().map(Edit::refusal).filter(refusal -> refusal != null).distinct()
				.toList();
		say(String.join(" ", refusals));
		if (commands.size() == 1) {
			domain().getCommandStack().execute(commands.get(0));
		} else if (!commands.isEmpty()) {
			CompoundCommand all = new CompoundCommand(commands.get(0).getLabel() + " (" + commands.size() + " items)");
			commands.forEach(all::append);
			domain().getCommandStack().execute(all);
		}
	}

	/** Shows a message above the list, or hides the line when there is none. */
	private void say(String text) {
		message.setText(text);
		boolean shown = !text.isEmpty();
		message.setVisible(shown);
		((GridData) message.getLayoutData()).exclude = !shown;
		message.getParent().layout(true);
	}

	/** Opens the engagement of each selected row (double-click). */
	private void openSelected() {
		RepositorySession session = tracker.getSession();
		for (Object element : tree.getStructuredSelection()) {
			Engagement engagement = element instanceof OwedItem item ? item.engagement()
					: element instanceof UpdateStatus status ? status.engagement() : null;
			if (session != null && engagement != null) {
				try {
					getSite().getPage().openEditor(EngagementEditorInput.of(session, engagement), EngagementEditor.ID);
				} catch (PartInitException e) {
					say(e.getMessage());
				}
			}
		}
	}

	/** @param now the clock the list is computed with; for tests */
	void setClock(Clock now) {
		this.clock = now;
		labels.setClock(now);
		refreshList();
	}

	/** @return the list shown, or {@code null}; for tests */
	PersonalList getList() {
		return list;
	}

	/** @return the tree of the list; for tests */
	TreeViewer getTree() {
		return tree;
	}

	/** @return the person chooser; for tests */
	ComboViewer getPeople() {
		return people;
	}

	/** @return the line saying why an edit was refused; for tests */
	Label getMessage() {
		return message;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}
}
