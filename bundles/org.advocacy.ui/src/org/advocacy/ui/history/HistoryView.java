// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.model.LadderAttempt;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * The History view of one engagement in a repository that keeps history: every saved version, newest first, with
 * who saved it, when, from which program and which fields it changed (expand a version for each change, before →
 * after); below, the ladder attempts of its escalations as the accountability trail (who was called, when, how,
 * what came of it, and who recorded it). <i>Open This Version</i> (or a double click) shows a version read-only.
 * Everything is read in a background job; a repository file, which keeps no history, is said to keep none.
 */
public final class HistoryView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.advocacy.ui.history";

	private final ComposedAdapterFactory adapterFactory = RepositorySession.createAdapterFactory();
	private final ValueText values = new ValueText(adapterFactory, ZoneId.systemDefault());
	private Composite body;
	private Label heading;
	private TreeViewer versions;
	private TableViewer trail;
	private Action openVersion;
	private Repository repository;
	private DocumentId document;
	private String label;
	private Job reading;
	/** Counts the reads started, so that only the latest one's result is shown. */
	private int generation;

	/**
	 * Shows the History view of a document in the active workbench page and starts reading its history.
	 *
	 * @param repository the repository the document is in (open; the view does not close it)
	 * @param engagement the document, usually an engagement
	 * @param label      what the user calls it, e.g. "ADV-0042 Payroll outage"
	 * @return the view
	 * @throws PartInitException when the view cannot be opened
	 */
	public static HistoryView show(Repository repository, DocumentId engagement, String label)
			throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HistoryView view = (HistoryView) page.showView(ID);
		view.setInput(repository, engagement, label);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setText("Select an engagement of a team repository to see who changed what and when.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createVersionTree(sash);
		createTrail(sash);
		sash.setWeights(65, 35);
		openVersion = new Action("Open This Version") {
			@Override
			public void run() {
				if (versions.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry) {
					open(entry);
				}
			}
		};
		openVersion.setToolTipText("Show the selected version read-only");
		openVersion.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(openVersion);
		MenuManager menu = new MenuManager();
		menu.add(openVersion);
		versions.getControl().setMenu(menu.createContextMenu(versions.getControl()));
	}

	private void createVersionTree(Composite parent) {
		versions = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		versions.getTree().setHeaderVisible(true);
		versions.getTree().setLinesVisible(true);
		versions.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((DocumentHistory) input).versions().toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof HistoryEntry entry ? entry.changes().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof HistoryEntry entry && !entry.changes().isEmpty();
			}
		});
		VersionLabels labels = new VersionLabels(values);
		String[] headings = { "When", "Who", "From", "What changed" };
		int[] widths = { 190, 110, 200, 420 };
		for (int index = 0; index < headings.length; index++) {
			int column = index;
			TreeViewerColumn viewerColumn = new TreeViewerColumn(versions, SWT.LEFT);
			viewerColumn.getColumn().setText(headings[index]);
			viewerColumn.getColumn().setWidth(widths[index]);
			viewerColumn.setLabelProvider(ColumnLabelProvider.createTextProvider(
					element -> Objects.toString(labels.column(element, column), "")));
		}
		versions.addSelectionChangedListener(event -> openVersion.setEnabled(
				versions.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry && !entry.deleted()));
		versions.addDoubleClickListener(event -> openVersion.run());
	}

	private void createTrail(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Accountability trail: who was called on the escalation ladders");
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
		trail = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(trail.getControl());
		trail.getTable().setHeaderVisible(true);
		trail.getTable().setLinesVisible(true);
		trail.setContentProvider(ArrayContentProvider.getInstance());
		trailColumn("Contacted", 150, entry -> values.of(entry.attempt().getContactedAt()));
		trailColumn("Area", 120, TrailEntry::area);
		trailColumn("Level", 90, entry -> values.of(entry.attempt().getLevel()));
		trailColumn("Person", 200, entry -> person(entry.attempt()));
		trailColumn("Channel", 80, entry -> values.of(entry.attempt().getChannel()));
		trailColumn("Responded", 150, entry -> values.of(entry.attempt().getRespondedAt()));
		trailColumn("Outcome", 90, entry -> values.of(entry.attempt().getOutcome()));
		trailColumn("Recorded by", 200, entry -> entry.recordedBy() == null ? ""
				: entry.recordedBy() + ", " + values.of(entry.recordedAt()));
	}

	private String person(LadderAttempt attempt) {
		String person = values.of(attempt.getPerson());
		return attempt.getSubstituteFor() == null ? person
				: person + " (for " + values.of(attempt.getSubstituteFor()) + ")";
	}

	private void trailColumn(String heading, int width, Function<TrailEntry, String> text) {
		TextColumns.add(trail, heading, width, text);
	}

	/**
	 * Shows the history of a document, reading it in the background.
	 *
	 * @param newRepository the repository the document is in
	 * @param id            the document
	 * @param newLabel      what the user calls it
	 */
	public void setInput(Repository newRepository, DocumentId id, String newLabel) {
		this.repository = Objects.requireNonNull(newRepository, "repository");
		this.document = Objects.requireNonNull(id, "id");
		this.label = Objects.requireNonNull(newLabel, "label");
		setPartName("History of " + newLabel);
		refresh();
	}

	/** Reads the shown document's history again, e.g. after it was saved. */
	public void refresh() {
		if (repository == null) {
			return;
		}
		if (reading != null) {
			reading.cancel();
		}
		heading.setText("Reading the history of " + label + " in " + repository.location().display() + "…");
		Repository from = repository;
		DocumentId id = document;
		int started = ++generation;
		Display display = heading.getDisplay();
		Job job = Job.create("Reading the history of " + label, monitor -> {
			DocumentHistory history = HistoryReader.read(from, id);
			display.asyncExec(() -> {
				if (!heading.isDisposed() && started == generation) {
					show(history);
				}
			});
		});
		reading = job;
		getSite().getAdapter(IWorkbenchSiteProgressService.class).schedule(job);
	}

	private void show(DocumentHistory history) {
		int count = history.versions().size();
		String saved = count == 1 ? "1 saved version" : count + " saved versions";
		heading.setText(history.problem() != null && count == 0 ? history.problem()
				: label + ": " + saved + " in " + repository.location().display() + ", newest first"
						+ (history.problem() == null ? "" : ". " + history.problem()));
		heading.getParent().layout();
		versions.setInput(history);
		trail.setInput(history.trail());
	}

	private void open(HistoryEntry entry) {
		Repository from = repository;
		String title = label + " as saved by " + entry.changedBy() + " on " + values.of(entry.changedAt());
		Display display = heading.getDisplay();
		Job job = Job.create("Reading " + title, monitor -> {
			try {
				EObject version = HistoryReader.readVersion(from, entry.id(), entry.version());
				display.asyncExec(() -> new VersionDialog(getSite().getShell(), title, version).open());
			} catch (RepositoryException e) {
				display.asyncExec(() -> MessageDialog.openError(getSite().getShell(), "Open This Version",
						"The version could not be read: " + e.getMessage()));
			}
		});
		getSite().getAdapter(IWorkbenchSiteProgressService.class).schedule(job);
	}

	/** @return the view's controls, for tests that look at them as a user would */
	Composite control() {
		return body;
	}

	@Override
	public void setFocus() {
		versions.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (reading != null) {
			reading.cancel();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
