// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.emf.EditingDomainPropertySheetPage;
import org.advocacy.ui.nudges.DueTimes;
import org.advocacy.ui.nudges.NudgeService;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.setup.FirstRunPanel;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The Engagements view: every engagement of the current repository with its customer, state, colour code,
 * urgency, advocate, age and what is due next, in a virtual table that stays fast at 10,000 engagements. A filter
 * bar narrows it by state, colour, segment, advocate, "mine" (the preference "You are") and "overdue" (from the
 * escalation engine); the filter is kept in the view's memento. The colour code, with its reason as the tooltip, is
 * assessed again after every edit of a get-well plan or of a colour override. Clicking a column header sorts;
 * double-click opens the engagement editor; the selection feeds the Properties view.
 */
public class EngagementsView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.views.engagements";

	private final Clock clock = Clock.systemDefaultZone();
	private final Consumer<RepositorySession> sessionListener = newSession -> showLater();
	private final Consumer<DueTimes> dueListener = due -> {
		if (this.table != null && !this.table.getViewer().getControl().isDisposed()) {
			showCurrentOrRefresh();
		}
	};
	private final IPropertyChangeListener youAreListener = event -> {
		if (NudgePreferences.YOU_ARE.equals(event.getProperty()) && this.table != null
				&& !this.table.getViewer().getControl().isDisposed()) {
			applyFilter();
		}
	};
	private EngagementFilter filter = new EngagementFilter();
	private final StackLayout stackLayout = new StackLayout();
	private Composite stack;
	private FirstRunPanel firstRun;
	private Composite area;
	private EngagementFilterBar filterBar;
	private EngagementTable table;
	private RepositorySession session;
	private List<List<String>> choices;
	private EditingDomainPropertySheetPage propertySheetPage;
	private ColourChanges colourChanges;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			filter = EngagementFilter.restore(memento);
		}
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		filter.saveTo(memento);
	}

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(stackLayout);
		firstRun = new FirstRunPanel(stack, this::runCommand);
		area = new Composite(stack, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		filterBar = new EngagementFilterBar(area, filter, this::applyFilter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar.getControl());
		table = new EngagementTable(area, clock, () -> NudgeService.get().getCurrent());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getViewer().getControl());
		table.setOnRefresh(this::describe);
		colourChanges = new ColourChanges(table::coloursChanged);
		TableViewer viewer = table.getViewer();
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> openSelected());
		NudgeService.get().addListener(dueListener);
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		plugin.getPreferenceStore().addPropertyChangeListener(youAreListener);
		plugin.getRepositoryManager().addListener(sessionListener);
		try {
			plugin.reopenLastRepository();
		} catch (RepositoryLoadException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
		show(plugin.getRepositoryManager().getCurrent());
	}

	/**
	 * Shows the current repository soon, on the UI thread. It reads the current one when it runs: by then the
	 * session that was announced may have been replaced and closed.
	 */
	private void showLater() {
		if (table != null && !table.getViewer().getControl().isDisposed()) {
			table.getViewer().getControl().getDisplay()
					.asyncExec(() -> show(AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent()));
		}
	}

	/**
	 * Refreshes the rows after the engine was re-evaluated. When another repository became current and this view has
	 * not yet shown it (its own queued {@link #show} runs later), shows it first: the previous session is closed and
	 * must not be read any more.
	 */
	private void showCurrentOrRefresh() {
		RepositorySession current = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (current != session) {
			show(current);
		} else {
			table.refresh();
		}
	}

	private void show(RepositorySession newSession) {
		if (table.getViewer().getControl().isDisposed()) {
			return;
		}
		session = newSession;
		colourChanges.attach(session == null ? null : session.getEditingDomain().getCommandStack());
		if (session != null && propertySheetPage != null && (propertySheetPage.getControl() == null
				|| !propertySheetPage.getControl().isDisposed())) {
			propertySheetPage.setCommandStack(session.getEditingDomain().getCommandStack());
		}
		stackLayout.topControl = session == null ? firstRun.getControl() : area;
		stack.layout();
		if (session == null) {
			table.clear();
			setContentDescription("");
			return;
		}
		choices = null;
		table.show(session.getRepository(), session.getAdapterFactory());
		applyFilter();
	}

	private void runCommand(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	/** Offers the segments and advocates of the repository in the filter bar, when they changed. */
	private void updateChoices() {
		AdvocacyRepository repository = session.getRepository();
		List<List<String>> current = List.of(repository.getSegments().stream().map(CustomerSegment::getName)
				.filter(Objects::nonNull).toList(), advocateNames(repository));
		if (!current.equals(choices)) {
			choices = current;
			filterBar.setChoices(current.get(0), current.get(1));
		}
	}

	/** @return the names of the people who run at least one engagement, in alphabetical order */
	private static List<String> advocateNames(AdvocacyRepository repository) {
		return repository.getEngagements().stream().map(Engagement::getAdvocate).filter(Objects::nonNull)
				.map(Person::getName).filter(Objects::nonNull).distinct()
				.sorted(Comparator.comparing(String::toLowerCase)).toList();
	}

	/** Tells the filter bar who the user is and applies the filter to the table. */
	private void applyFilter() {
		String me = NudgePreferences.youAre();
		String whyNot = null;
		if (me == null) {
			whyNot = "Say who you are in Window > Preferences > Customer Advocacy to see your own engagements";
		} else if (session != null && !isPerson(session.getRepository(), me)) {
			whyNot = me + " (Window > Preferences > Customer Advocacy > You are) is not a person of this "
					+ "repository's organization";
			me = null;
		}
		filterBar.setMe(me, whyNot);
		table.setFilter(filter.toPredicate(me, () -> NudgeService.get().getCurrent(), table::colourOf));
	}

	private static boolean isPerson(AdvocacyRepository repository, String name) {
		return repository.getOrganization() != null && repository.getOrganization().getPeople().stream()
				.anyMatch(person -> name.equals(person.getName()));
	}

	/** Says how many engagements the filter lets through, and of which repository. */
	private void describe() {
		if (session != null) {
			updateChoices();
			setContentDescription(table.getShown().size() + " of " + table.getTotal() + " engagements \u2014 "
					+ session.getRepository().getName());
		}
	}

	/** Opens the engagement editor on each selected engagement (double-click). */
	void openSelected() {
		if (session == null) {
			return;
		}
		for (Object element : table.getViewer().getStructuredSelection()) {
			if (element instanceof Engagement engagement) {
				try {
					getSite().getPage().openEditor(EngagementEditorInput.of(session, engagement), EngagementEditor.ID);
				} catch (PartInitException e) {
					getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
				}
			}
		}
	}

	/** @return the table viewer, for tests */
	TableViewer getViewer() {
		return table.getViewer();
	}

	/** @return the engagements table, for tests */
	EngagementTable getTable() {
		return table;
	}

	/** @return the filter shown in the filter bar, for tests */
	EngagementFilter getFilter() {
		return filter;
	}

	/**
	 * Gives the Properties view a page that follows the repository's command stack, so that an undo or redo anywhere
	 * (e.g. in the engagement editor) shows at once for the engagement selected here, and Edit &gt; Undo/Redo work
	 * while Properties is active. The page follows the repository shown here when another one is opened (until the
	 * first one is, an empty command stack).
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			propertySheetPage = new EditingDomainPropertySheetPage(
					session == null ? new BasicCommandStack() : session.getEditingDomain().getCommandStack());
			return adapter.cast(propertySheetPage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		(session == null ? firstRun.getControl() : table.getViewer().getControl()).setFocus();
	}

	@Override
	public void dispose() {
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		plugin.getRepositoryManager().removeListener(sessionListener);
		plugin.getPreferenceStore().removePropertyChangeListener(youAreListener);
		NudgeService.get().removeListener(dueListener);
		if (colourChanges != null) {
			colourChanges.attach(null);
		}
		super.dispose();
	}
}
