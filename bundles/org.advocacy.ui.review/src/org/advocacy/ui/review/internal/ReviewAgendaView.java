// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.advocacy.core.commands.AgendaCommands;
import org.advocacy.core.escalation.OverdueCommitment;
import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.ui.Actions;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.review.internal.AgendaTreeContent.Input;
import org.advocacy.ui.review.internal.AgendaTreeContent.Section;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.SessionTracker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;

/**
 * The agenda of the next weekly management review, prepared by the engine's {@link ReviewAgendaPlanner} since the
 * last review and editable before and during the meeting: add an engagement, remove or reorder items, notes per
 * item, attendees, closures confirmed. Every edit is one undoable command ({@link AgendaCommands}) on the session's
 * domain; the first one turns the engine's agenda into a draft saved with the repository. "Record Review" records
 * the meeting as a management review; the next agenda then starts from it.
 * <p>
 * Keys: Delete removes the selected item or attendee, Alt+Up / Alt+Down move an item within its section, F2 edits
 * its notes, Space confirms or unconfirms a closure.
 */
public class ReviewAgendaView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.review.agenda";

	/** The heading of the section that lists the record of the last review. */
	static final String LAST_REVIEW = AgendaTreeContent.LAST_REVIEW;

	/** The column of the notes per item; for tests. */
	static final int NOTES_COLUMN = 4;

	private final ZoneId zone = ZoneId.systemDefault();
	private Clock clock = Clock.systemUTC();
	private Label heading;
	private TreeViewer viewer;
	private ReviewColours colours;
	private SessionTracker tracker;
	private ReviewAgenda agenda;
	private AgendaCommands commands;
	private ManagementReview shown;
	private final List<Action> editActions = new ArrayList<>();
	private Action remove;
	private Action up;
	private Action down;
	private Action confirm;
	private Action record;
	private Action discard;
	private ExportReviewPackAction export;
	private CommandStackActions undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		colours = new ReviewColours(parent);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setFont(colours.bold());
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(heading);
		viewer = new TreeViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new AgendaTreeContent());
		column("Item", 230, this::itemText);
		column("Customer", 110, element -> element instanceof ReviewItem item && item.getEngagement() != null
				? ReviewText.customer(item.getEngagement())
				: element instanceof OverdueCommitment overdue
						? ReviewText.name(overdue.commitment().getAccountableManager())
						: element instanceof RootCauseCommitment asked ? ReviewText.name(asked.getAccountableManager())
								: "");
		column("Status", 62, element -> isOnAgenda(element) && status(element).status() != null
				? "\u25CF " + status(element).status().getLiteral()
				: "");
		column("Age", 42, element -> isOnAgenda(element) ? ReviewText.age(status(element).age())
				: element instanceof OverdueCommitment overdue ? overdue.daysOverdue() + " d late" : "");
		column("Notes", 220, element -> element instanceof ReviewItem item ? Objects.toString(item.getNotes(), "")
				: "").setEditingSupport(new NotesEditing());
		column("Closed", 85, element -> element instanceof ReviewItem item
				&& item.getKind() == ReviewItemKind.CONFIRM_CLOSED ? item.isClosureConfirmed() ? "\u2611 confirmed"
						: "\u2610" : "")
				.setEditingSupport(new ConfirmedEditing());
		column("Advocate", 110, element -> element instanceof ReviewItem item && item.getEngagement() != null
				? ReviewText.name(item.getEngagement().getAdvocate())
				: "");
		getSite().setSelectionProvider(MappedSelection.agenda(viewer));
		createActions();
		viewer.getTree().addKeyListener(new AgendaKeys());
		viewer.addSelectionChangedListener(event -> updateActions());
		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		tracker = new SessionTracker(parent, this::show);
	}

	private TreeViewerColumn column(String title, int width, Function<Object, String> text) {
		return TextColumns.add(viewer, title, width, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Section ? colours.bold() : null;
			}

			@Override
			public Color getForeground(Object element) {
				if (element instanceof OverdueCommitment) {
					return colours.overdueForeground();
				}
				return "Status".equals(title) && isOnAgenda(element) ? colours.status(status(element).status())
						: null;
			}
		});
	}

	private String itemText(Object element) {
		if (element instanceof Section section) {
			return section.title() + "  (" + section.items().size() + ")";
		}
		if (element instanceof ReviewItem item) {
			String text = item.getEngagement() == null ? "" : ReviewText.engagement(item.getEngagement());
			return isOnAgenda(item) ? text
					: text + "  [" + item.getKind().getLiteral() + (item.isClosureConfirmed() ? ", closure confirmed" : "")
							+ "]";
		}
		if (element instanceof ManagementReview review) {
			return "Attendees and notes: " + review.getAttendees().size() + " attendees"
					+ (review.getNotes() == null ? "" : "; " + review.getNotes());
		}
		if (element instanceof Person person) {
			return ReviewText.name(person);
		}
		if (element instanceof RootCauseCommitment asked) {
			return asked.getCommitment() + "  (update by " + asked.getPromisedUpdateOn() + "; "
					+ ReviewText.causes(asked) + ")";
		}
		return ((OverdueCommitment) element).reason();
	}

	private void createActions() {
		Action addEngagement = Actions.of("Add Engagement...", "Put another engagement on the agenda",
				this::chooseEngagement);
		Action addAttendee = Actions.of("Add Attendee...", "Invite someone to the review", this::chooseAttendee);
		remove = Actions.of("Remove from Agenda", "Take the selected item or attendee off the agenda (Delete)",
				this::removeSelected);
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		addEngagement.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		remove.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		remove.setDisabledImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE_DISABLED));
		up = Actions.of("Move Up", "Discuss the selected item earlier (Alt+Up)", () -> moveSelected(-1));
		down = Actions.of("Move Down", "Discuss the selected item later (Alt+Down)", () -> moveSelected(1));
		confirm = Actions.of("Confirm Closure", "Confirm or unconfirm the selected closure (Space)",
				this::toggleClosure);
		discard = Actions.of("Discard Agenda Changes", "Go back to the agenda the engine prepares",
				() -> execute(commands.discardDraft()));
		record = Actions.of("Record Review", "Record the management review that walked this agenda: its attendees, "
				+ "notes and confirmed closures; the next agenda starts from it", this::recordReview);
		export = new ExportReviewPackAction(() -> getSite().getShell(), () -> tracker.getSession(),
				Clock.systemDefaultZone());
		editActions.addAll(List.of(addEngagement, addAttendee, remove, up, down, confirm, discard, record, export));
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(addEngagement);
		toolBar.add(remove);
		toolBar.add(new Separator());
		toolBar.add(record);
		toolBar.add(export);
		toolBar.update(true);
		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		MenuManager context = new MenuManager();
		for (IMenuManager menu : List.of(viewMenu, context)) {
			menu.add(addEngagement);
			menu.add(remove);
			menu.add(up);
			menu.add(down);
			menu.add(confirm);
			menu.add(new Separator());
			menu.add(addAttendee);
			menu.add(new Separator());
			menu.add(discard);
			menu.add(record);
			menu.add(export);
		}
		viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
	}

	/** Prepares the agenda again; once per model change. Keeps the selected item selected. */
	private void show(RepositorySession session) {
		undoRedo.setCommandStack(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session == null) {
			agenda = null;
			commands = null;
			shown = null;
			viewer.setInput(null);
			heading.setText("No repository open.");
			updateActions();
			return;
		}
		Object selected = viewer.getStructuredSelection().getFirstElement();
		Object selectedKey = isOnAgenda(selected) ? ((ReviewItem) selected).getEngagement() : selected;
		agenda = new ReviewAgendaPlanner(clock.getZone(), ReviewAgendaPlanner.DEFAULT_LOOK_BACK)
				.prepare(session.getRepository(), clock.instant());
		commands = new AgendaCommands(session.getEditingDomain(), session.getRepository(), agenda);
		shown = commands.shown();
		viewer.setInput(new Input(agenda, shown, zone));
		viewer.expandAll();
		heading.setText("Next management review \u2014 since " + agenda.lastReview()
				.map(review -> "the review of " + ReviewText.when(review.getHeldOn(), zone))
				.orElse(ReviewText.when(agenda.since(), zone) + " (no review recorded yet)")
				+ (commands.draft().isPresent() ? ". Edited agenda, saved with the repository."
						: ". As prepared by the engine; edit it before the meeting."));
		heading.getParent().layout();
		reselect(selectedKey);
		updateActions();
	}

	private void reselect(Object key) {
		if (key == null) {
			return;
		}
		Object element = key instanceof Engagement engagement ? itemOf(engagement) : key;
		if (element != null) {
			viewer.setSelection(new StructuredSelection(element), true);
		}
	}

	private ReviewItem itemOf(Engagement engagement) {
		return shown.getItems().stream().filter(item -> item.getEngagement() == engagement).findFirst().orElse(null);
	}

	private void updateActions() {
		boolean open = commands != null;
		editActions.forEach(action -> action.setEnabled(open));
		if (open) {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			boolean item = isOnAgenda(selected);
			remove.setEnabled(item || selected instanceof Person person && shown.getAttendees().contains(person));
			up.setEnabled(item);
			down.setEnabled(item);
			confirm.setEnabled(item && ((ReviewItem) selected).getKind() == ReviewItemKind.CONFIRM_CLOSED);
			discard.setEnabled(commands.draft().isPresent());
		}
	}

	/** @return whether an element is an item of the agenda being prepared (not of the last review's record) */
	private boolean isOnAgenda(Object element) {
		return element instanceof ReviewItem item && shown != null && item.eContainer() == shown
				&& item.getEngagement() != null;
	}

	private AgendaItem status(Object element) {
		return AgendaDraft.asAgendaItem((ReviewItem) element, agenda.preparedAt());
	}

	private Engagement selectedEngagement() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		return isOnAgenda(selected) ? ((ReviewItem) selected).getEngagement() : null;
	}

	private void execute(Command command) {
		RepositorySession session = tracker.getSession();
		if (session != null && command.canExecute()) {
			session.getEditingDomain().getCommandStack().execute(command);
			tracker.refreshNow();
		}
	}

	private void chooseEngagement() {
		if (commands == null) {
			return;
		}
		List<Engagement> candidates = tracker.getSession().getRepository().getEngagements().stream()
				.filter(engagement -> itemOf(engagement) == null).toList();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
				LabelProvider.createTextProvider(element -> ReviewText.engagement((Engagement) element) + "  \u2014  "
						+ ReviewText.customer((Engagement) element)));
		dialog.setTitle("Add Engagement to the Agenda");
		dialog.setMessage("Type a case number, title or customer:");
		dialog.setElements(candidates.toArray());
		if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof Engagement chosen) {
			addEngagement(chosen);
		}
	}

	private void chooseAttendee() {
		RepositorySession session = tracker.getSession();
		if (commands == null || session.getRepository().getOrganization() == null) {
			return;
		}
		List<Person> candidates = session.getRepository().getOrganization().getPeople().stream()
				.filter(person -> !shown.getAttendees().contains(person)).toList();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
				LabelProvider.createTextProvider(element -> ReviewText.name((Person) element)));
		dialog.setTitle("Add Attendee");
		dialog.setMessage("Type a name:");
		dialog.setElements(candidates.toArray());
		if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof Person chosen) {
			addAttendee(chosen);
		}
	}

	/** @param engagement the engagement to put on the agenda, as chosen in the dialog */
	void addEngagement(Engagement engagement) {
		execute(commands.addEngagement(engagement));
		reselect(engagement);
	}

	/** @param person the person to invite, as chosen in the dialog */
	void addAttendee(Person person) {
		execute(commands.addAttendee(person));
	}

	private void removeSelected() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof Person person && shown.getAttendees().contains(person)) {
			execute(commands.removeAttendee(person));
		} else if (selectedEngagement() != null) {
			execute(commands.removeEngagement(selectedEngagement()));
		}
	}

	private void moveSelected(int steps) {
		Engagement engagement = selectedEngagement();
		if (engagement != null) {
			execute(commands.moveEngagement(engagement, steps));
			reselect(engagement);
		}
	}

	private void toggleClosure() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (isOnAgenda(selected) && ((ReviewItem) selected).getKind() == ReviewItemKind.CONFIRM_CLOSED) {
			ReviewItem item = (ReviewItem) selected;
			execute(commands.setClosureConfirmed(item.getEngagement(), !item.isClosureConfirmed()));
		}
	}

	/** Records the review of the agenda shown, as one command on the session's domain. */
	void recordReview() {
		if (commands != null) {
			execute(commands.record());
		}
	}

	/** @return the review pack export; for tests */
	ExportReviewPackAction getExport() {
		return export;
	}

	/** @return the engine's agenda shown; for tests */
	ReviewAgenda getAgenda() {
		return agenda;
	}

	/** @return the agenda as shown: the draft, or the engine's not yet in the repository; for tests */
	ManagementReview getShown() {
		return shown;
	}

	/** @return the tree viewer; for tests */
	TreeViewer getViewer() {
		return viewer;
	}

	/** @param now the clock the agenda is prepared with; for tests */
	void setClock(Clock now) {
		this.clock = now;
		tracker.refreshNow();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		super.dispose();
	}

	/** Delete, Alt+Up, Alt+Down, F2 and Space on the tree. */
	private final class AgendaKeys extends KeyAdapter {
		@Override
		public void keyPressed(KeyEvent event) {
			if (event.keyCode == SWT.DEL) {
				removeSelected();
			} else if (event.stateMask == SWT.ALT && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
				moveSelected(event.keyCode == SWT.ARROW_UP ? -1 : 1);
				event.doit = false;
			} else if (event.keyCode == SWT.F2 && selectedEngagement() != null) {
				viewer.editElement(viewer.getStructuredSelection().getFirstElement(), NOTES_COLUMN);
			} else if (event.character == ' ' && selectedEngagement() != null) {
				toggleClosure();
				event.doit = false;
			}
		}
	}

	/** Notes per item, written in the tree: one command per change. */
	private final class NotesEditing extends EditingSupport {
		NotesEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			return isOnAgenda(element);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTree());
		}

		@Override
		protected Object getValue(Object element) {
			return Objects.toString(((ReviewItem) element).getNotes(), "");
		}

		@Override
		protected void setValue(Object element, Object value) {
			ReviewItem item = (ReviewItem) element;
			if (!Objects.equals(value, Objects.toString(item.getNotes(), ""))) {
				execute(commands.setNotes(item.getEngagement(), (String) value));
			}
		}
	}

	/** Closures confirmed, ticked in the tree: one command per change. */
	private final class ConfirmedEditing extends EditingSupport {
		ConfirmedEditing() {
			super(viewer);
		}

		@Override
		protected boolean canEdit(Object element) {
			return isOnAgenda(element) && ((ReviewItem) element).getKind() == ReviewItemKind.CONFIRM_CLOSED;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new CheckboxCellEditor(viewer.getTree());
		}

		@Override
		protected Object getValue(Object element) {
			return ((ReviewItem) element).isClosureConfirmed();
		}

		@Override
		protected void setValue(Object element, Object value) {
			ReviewItem item = (ReviewItem) element;
			if (!Objects.equals(value, item.isClosureConfirmed())) {
				execute(commands.setClosureConfirmed(item.getEngagement(), (Boolean) value));
			}
		}
	}
}
