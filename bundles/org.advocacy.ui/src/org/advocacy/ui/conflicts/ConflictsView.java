// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.conflicts;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.outbox.Outbox;
import org.advocacy.core.repository.outbox.OutboxContents;
import org.advocacy.core.repository.outbox.PendingChange;
import org.advocacy.core.repository.outbox.Replay;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.merge.MergeDialog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * The Conflicts view: what waits in a repository's offline outbox. Changes that conflict with what others saved
 * meanwhile stay here until the user decides them: <i>Resolve…</i> opens the merge dialog, and once every conflict
 * is decided the change is saved and leaves the list. Changes not sent yet and outbox files that cannot be read are
 * listed too, so that nothing waiting is out of sight. The outbox is read and the decided changes saved in
 * background jobs.
 */
public final class ConflictsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.advocacy.ui.conflicts";

	private final ValueText values = new ValueText(null, ZoneId.systemDefault());
	/** The conflicting changes of the last replay, by document, until decided and saved. */
	private final Map<DocumentId, Replay.Unresolved> unresolved = new LinkedHashMap<>();
	private Composite body;
	private Label heading;
	private TableViewer table;
	private Button resolve;
	private Outbox outbox;
	private RepositoryModel model;
	private MergingSaver saver;

	/**
	 * Shows the Conflicts view in the active workbench page.
	 *
	 * @return the view
	 * @throws PartInitException when it cannot be opened
	 */
	public static ConflictsView show() throws PartInitException {
		return (ConflictsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ID);
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		heading.setText("No change waits: everything is saved.");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(heading);
		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Document", 220, OutboxRow::document);
		column("Why", 460, OutboxRow::status);
		column("Waiting since", 160, row -> values.of(row.since()));
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
		table.addSelectionChangedListener(event -> resolve.setEnabled(selected() != null));
		table.addDoubleClickListener(event -> resolveSelected());
		resolve = new Button(body, SWT.PUSH);
		resolve.setText("Resolve...");
		resolve.setEnabled(false);
		resolve.addListener(SWT.Selection, event -> resolveSelected());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText("Decide each conflict in the merge dialog; the change is then saved.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
	}

	private void column(String heading, int width, Function<OutboxRow, String> text) {
		TextColumns.add(table, heading, width, text);
	}

	/**
	 * Shows a repository's outbox and the conflicting changes its last replay left for the user.
	 *
	 * @param newOutbox the outbox
	 * @param conflicts what {@link Outbox#replay} left unresolved
	 * @param newModel  the working model it replayed into: the decided changes are finished there, in a background
	 *                  job, so it should be one no editor shows (an editor hears of the saved change from the
	 *                  repository's change feed)
	 * @param newSaver  the merging saver of that model
	 */
	public void setInput(Outbox newOutbox, List<Replay.Unresolved> conflicts, RepositoryModel newModel,
			MergingSaver newSaver) {
		this.outbox = Objects.requireNonNull(newOutbox, "outbox");
		this.model = newModel;
		this.saver = newSaver;
		unresolved.clear();
		conflicts.forEach(conflict -> unresolved.put(conflict.change().id(), conflict));
		refresh();
	}

	/** Reads the outbox again, e.g. after a change was put into it or a replay saved some. */
	public void refresh() {
		if (outbox == null) {
			return;
		}
		Outbox reading = outbox;
		Display display = body.getDisplay();
		Job job = Job.create("Reading the outbox of " + reading.location().display(), monitor -> {
			try {
				OutboxContents contents = reading.pending();
				display.asyncExec(() -> show(reading, contents));
			} catch (IOException e) {
				display.asyncExec(() -> {
					if (!heading.isDisposed()) {
						heading.setText("The outbox " + reading.directory() + " cannot be read: " + e.getMessage());
					}
				});
			}
		});
		getSite().getAdapter(IWorkbenchSiteProgressService.class).schedule(job);
	}

	private void show(Outbox shown, OutboxContents contents) {
		if (heading.isDisposed() || shown != outbox) {
			return;
		}
		List<OutboxRow> rows = new ArrayList<>();
		List<DocumentId> stillWaiting = new ArrayList<>();
		for (PendingChange change : contents.changes()) {
			stillWaiting.add(change.id());
			Replay.Unresolved conflict = unresolved.get(change.id());
			rows.add(conflict == null ? OutboxRow.waiting(change) : OutboxRow.conflicting(conflict));
		}
		unresolved.keySet().retainAll(stillWaiting);
		contents.unreadable().forEach(file -> rows.add(OutboxRow.unreadable(file)));
		heading.setText(rows.isEmpty() ? "No change waits for " + shown.location().display() + ": everything is saved."
				: summary(rows.size(), unresolved.size(), shown));
		heading.getParent().layout();
		table.setInput(rows);
		resolve.setEnabled(selected() != null);
	}

	private static String summary(int waiting, int conflicting, Outbox shown) {
		return (waiting == 1 ? "1 change waits" : waiting + " changes wait") + " for "
				+ shown.location().display()
				+ (conflicting == 0 ? "." : conflicting == 1 ? "; one of them conflicts with what others saved: resolve it."
						: "; " + conflicting + " of them conflict with what others saved: resolve them.");
	}

	private Replay.Unresolved selected() {
		return table.getStructuredSelection().getFirstElement() instanceof OutboxRow row ? row.unresolved() : null;
	}

	private void resolveSelected() {
		Replay.Unresolved conflict = selected();
		if (conflict == null || !MergeDialog.resolve(getSite().getShell(), conflict.change().label(),
				conflict.decision())) {
			return;
		}
		Outbox finishing = outbox;
		Display display = body.getDisplay();
		Job job = Job.create("Saving " + conflict.change().label(), monitor -> {
			try {
				Optional<Replay.Unresolved> again = finishing.complete(conflict, model, saver);
				display.asyncExec(() -> decided(conflict, again));
			} catch (RepositoryException | IOException | RuntimeException e) {
				display.asyncExec(() -> {
					MessageDialog.openError(getSite().getShell(), "Resolve", conflict.change().label()
							+ " could not be saved; it stays in the outbox: " + e.getMessage());
					refresh();
				});
			}
		});
		getSite().getAdapter(IWorkbenchSiteProgressService.class).schedule(job);
	}

	private void decided(Replay.Unresolved conflict, Optional<Replay.Unresolved> again) {
		if (again.isPresent()) {
			unresolved.put(conflict.change().id(), again.get());
		} else {
			unresolved.remove(conflict.change().id());
		}
		if (!heading.isDisposed()) {
			refresh();
		}
	}

	/** @return the view's controls, for tests that look at them as a user would */
	Composite control() {
		return body;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
