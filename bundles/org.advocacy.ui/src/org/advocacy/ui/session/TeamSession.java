// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.core.merge.DocumentState;
import org.advocacy.core.merge.DocumentPatch;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.DocumentChange;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentNotFoundException;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.RepositoryUser;
import org.advocacy.core.repository.Role;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.merge.MergeDialog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A session on a team repository: the repository's working model ({@link RepositoryModel}) in the session's editing
 * domain, so that every editor, view and command works on it as on a file.
 * <ul>
 * <li>Opening ({@link #open}, in a job) reads the catalog, the organization, the customers, the engagements and the
 * management reviews the user may read.</li>
 * <li>Saving ({@link #saveChanges}) saves only the documents changed since they were last saved, each through the
 * {@link MergingSaver}: someone else's disjoint changes are merged in without a question. It runs in the background
 * while the window waits; nothing the user typed is lost when it fails, and the failure names the repository and the
 * document.</li>
 * <li>Someone else's saved change arrives through the repository's change feed within a second: a document without
 * unsaved edits takes it in silently (editors and views follow through the command stack's listeners); a document
 * with unsaved edits keeps them, {@link TeamListener#incomingChanged tells} its editors, and merges on save.</li>
 * <li>A user with the read-only role has every command refused, with the reason.</li>
 * </ul>
 * Everything that touches the database runs off the UI thread; the working model is changed on the UI thread only.
 */
public final class TeamSession extends RepositorySession {

	/** Hears what a team session learns from the server, on the UI thread. */
	public interface TeamListener {

		/**
		 * Someone else saved a document this session has unsaved edits to (their changes are merged on save), or the
		 * document was saved or taken in since.
		 *
		 * @param id  the document
		 * @param who who saved it, or {@code null} when nothing is waiting for it any more
		 */
		default void incomingChanged(DocumentId id, String who) {
		}

		/**
		 * @param online whether the server can be reached
		 * @param detail what happened, for the user
		 */
		default void connectionChanged(boolean online, String detail) {
		}
	}

	/** A document someone else saved, read in the background to be taken in on the UI thread. */
	private record Incoming(DocumentChange change, DocumentState state, String who) {
	}

	private final Repository repository;
	private final RepositoryModel model;
	private final SessionCommandStack stack;
	private final TouchedDocuments touched;
	private final String readOnlyReason;
	private final Display display;
	private final Map<DocumentId, String> incoming = new LinkedHashMap<>();
	private final List<Incoming> deferred = new ArrayList<>();
	private final List<TeamListener> listeners = new CopyOnWriteArrayList<>();
	private volatile Subscription feed;
	private volatile boolean online = true;
	private volatile boolean closed;
	private boolean saving;

	private TeamSession(Repository repository, RepositoryModel model, ComposedAdapterFactory adapterFactory,
			AdapterFactoryEditingDomain domain, SessionCommandStack stack, String readOnlyReason, Display display) {
		super(namingPath(repository), adapterFactory, domain, model.resource(), DiskStamp.MISSING);
		this.repository = repository;
		this.model = model;
		this.stack = stack;
		this.readOnlyReason = readOnlyReason;
		this.display = display;
		this.touched = new TouchedDocuments(model.root());
	}

	/**
	 * Reads a team repository into a new session and starts its change feed; call it in a job.
	 *
	 * @param repository an open team repository; the session closes it when it is closed
	 * @param display    the workbench's display, whose thread owns the working model
	 * @param monitor    progress and cancel
	 * @return the session, not yet current
	 * @throws RepositoryException        naming the repository when it cannot be read
	 * @throws OperationCanceledException when cancelled
	 */
	public static TeamSession open(Repository repository, Display display, IProgressMonitor monitor)
			throws RepositoryException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + repository.location().display(), 5);
		String readOnlyReason = readOnlyReason(repository);
		ComposedAdapterFactory adapterFactory = createAdapterFactory();
		SessionCommandStack stack = new SessionCommandStack(display, () -> readOnlyReason, TeamSession::tellRefused);
		AdapterFactoryEditingDomain domain = createEditingDomain(adapterFactory, stack);
		try {
			Watermark since = repository.listHeaders(Watermark.BEGINNING).watermark();
			progress.worked(1);
			RepositoryModel model = repository.openModel(domain.getResourceSet());
			progress.worked(1);
			for (DocumentKind kind : List.of(DocumentKind.CUSTOMER, DocumentKind.ENGAGEMENT, DocumentKind.REVIEW)) {
				progress.checkCanceled();
				repository.loadAll(model, kind);
				progress.worked(1);
			}
			TeamSession session = new TeamSession(repository, model, adapterFactory, domain, stack, readOnlyReason,
					display);
			session.feed = repository.subscribe(since, session.new Feed());
			return session;
		} catch (RepositoryException | RuntimeException e) {
			adapterFactory.dispose();
			throw e;
		}
	}

	private static String readOnlyReason(Repository repository) {
		RepositoryUser user = repository.user();
		return user.role() == Role.READ_ONLY
				? user.name() + " has the read-only role in " + repository.location().display()
						+ ": you can read everything you may see, but not change it."
				: null;
	}

	/** A team repository has no file: editor inputs name it by a path of its own, unique per location and user. */
	private static Path namingPath(Repository repository) {
		String name = repository.location() instanceof ServerLocation server
				? server.hosts().get(0).toString() + "-" + server.database() + "-" + repository.user().name()
				: repository.location().text();
		return Path.of(System.getProperty("user.home"), ".advocacy", "team",
				name.replaceAll("[^A-Za-z0-9._-]", "_") + ".advocacy");
	}

	private static void tellRefused(String reason) {
		IWorkbenchWindow window = PlatformUI.isWorkbenchRunning()
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				: null;
		IWorkbenchPart part = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActivePart();
		if (part != null && part.getSite() instanceof IEditorSite site) {
			site.getActionBars().getStatusLineManager().setErrorMessage(reason);
		} else if (part != null && part.getSite() instanceof IViewSite site) {
			site.getActionBars().getStatusLineManager().setErrorMessage(reason);
		}
	}

	/** @return the team repository */
	public Repository getTeamRepository() {
		return repository;
	}

	/** @return who is connected, with which role */
	public RepositoryUser getUser() {
		return repository.user();
	}

	/** @return whether the server could be reached the last time the change feed tried */
	public boolean isOnline() {
		return online;
	}

	/**
	 * @return whether documents were changed since they were last saved; the undo history alone does not say, since
	 *         it is cleared when someone else's change to a document it edited is taken in
	 */
	@Override
	public boolean isDirty() {
		return !touched.documents().isEmpty();
	}

	@Override
	public String getLocationText() {
		return repository.location().display();
	}

	@Override
	public String getReadOnlyReason() {
		return readOnlyReason;
	}

	@Override
	public String getReadOnlyReason(EObject object) {
		if (readOnlyReason != null) {
			return readOnlyReason;
		}
		RepositoryUser user = repository.user();
		return Documents.documentOf(object).map(DocumentId::kind).filter(kind -> !user.role().mayWrite(kind))
				.map(kind -> user.name() + " is " + article(user.role().label()) + " in " + getLocationText() + ": "
						+ what(kind) + " changed by managers and directors.")
				.orElse(null);
	}

	private static String what(DocumentKind kind) {
		return switch (kind) {
		case CATALOG -> "the reference data is";
		case ORGANIZATION -> "the organization is";
		case REVIEW -> "management reviews are";
		case CUSTOMER -> "customers are";
		case ENGAGEMENT -> "engagements are";
		};
	}

	private static String article(String role) {
		return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
	}

	/**
	 * @param id a document
	 * @return who saved changes to it that wait to be merged with this session's unsaved edits, if anyone
	 */
	public Optional<String> incomingFrom(DocumentId id) {
		return Optional.ofNullable(incoming.get(id));
	}

	/** @param listener told, on the UI thread, about incoming changes and the connection */
	public void addTeamListener(TeamListener listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeTeamListener(TeamListener listener) {
		listeners.remove(listener);
	}

	/**
	 * Saves the documents changed since they were last saved, each through the {@link MergingSaver}, in the
	 * background while the window waits with a progress dialog (the user cannot type meanwhile, the UI stays
	 * responsive). What someone else saved meanwhile to other fields is merged in without a question; where both
	 * changed the same field the merge dialog asks, once per document, and the save finishes with the user's choices.
	 * Documents that could not be saved (or whose merge the user cancelled) stay changed, the editors stay dirty, and
	 * the user is told which, where and why.
	 *
	 * @param shell where to show progress, the merge dialog and problems
	 * @return whether everything was saved
	 */
	public boolean saveChanges(Shell shell) {
		if (readOnlyReason != null) {
			MessageDialog.openInformation(shell, "Not saved", readOnlyReason);
			return false;
		}
		List<DocumentId> documents = touched.documents();
		Map<DocumentId, String> labels = new HashMap<>();
		documents.forEach(id -> labels.put(id, label(id)));
		MergingSaver saver = new MergingSaver(repository, getEditingDomain());
		List<MergingSaver.Outcome.NeedsDecision> decisions = new ArrayList<>();
		List<IStatus> problems = new ArrayList<>();
		saving = true;
		try {
			inBackground(shell, documents, labels, problems, decisions, id -> saveOne(saver, id, labels.get(id)));
			while (!decisions.isEmpty()) {
				MergingSaver.Outcome.NeedsDecision decision = decisions.remove(0);
				String label = labels.get(decision.id());
				if (MergeDialog.resolve(shell, label, decision)) {
					inBackground(shell, List.of(decision.id()), labels, problems, decisions,
							id -> SaveStep.of(saver.complete(model, decision)));
				} else {
					problems.add(Status.warning(label + " was not saved: you cancelled the merge. Your changes are "
							+ "kept; save again to decide."));
				}
			}
		} finally {
			saving = false;
		}
		if (touched.documents().isEmpty()) {
			stack.saveIsDone();
		}
		if (!problems.isEmpty()) {
			ErrorDialog.openError(shell, "Not everything was saved",
					"Your changes are kept in the workbench; save again when the problem is solved.",
					new MultiStatus(AdvocacyUiPlugin.PLUGIN_ID, 0, problems.toArray(IStatus[]::new),
							problems.size() + " of " + documents.size() + " changed documents were not saved to "
									+ getLocationText(),
							null));
		}
		takeIn(List.of());
		return problems.isEmpty();
	}

	/**
	 * What became of one document's save.
	 *
	 * @param decision the merge the user decides before the save can finish, or {@code null}
	 * @param problem  what stopped the save, or {@code null}
	 */
	private record SaveStep(MergingSaver.Outcome.NeedsDecision decision, String problem) {

		static final SaveStep SAVED = new SaveStep(null, null);

		static SaveStep of(MergingSaver.Outcome outcome) {
			return outcome instanceof MergingSaver.Outcome.NeedsDecision decision ? new SaveStep(decision, null)
					: SAVED;
		}

		static SaveStep refused(String problem) {
			return new SaveStep(null, problem);
		}

		boolean saved() {
			return decision == null && problem == null;
		}
	}

	/** One document's part of a save, off the UI thread. */
	@FunctionalInterface
	private interface Step {
		SaveStep run(DocumentId id) throws RepositoryException;
	}

	/**
	 * Runs a step for each document in the background while a progress dialog shows; documents saved are marked so,
	 * problems are collected naming the document.
	 */
	private void inBackground(Shell shell, List<DocumentId> documents, Map<DocumentId, String> labels,
			List<IStatus> problems, List<MergingSaver.Outcome.NeedsDecision> decisions, Step step) {
		List<DocumentId> saved = new ArrayList<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Saving to " + getLocationText(), documents.size());
				for (DocumentId id : documents) {
					progress.subTask(labels.get(id));
					try {
						SaveStep result = step.run(id);
						if (result.saved()) {
							saved.add(id);
						} else if (result.decision() != null) {
							decisions.add(result.decision());
						} else {
							problems.add(Status.error(result.problem()));
						}
					} catch (RepositoryException | RuntimeException e) {
						problems.add(Status.error(labels.get(id) + " was not saved: " + e.getMessage(), e));
					}
					progress.worked(1);
				}
			});
		} catch (InvocationTargetException e) {
			problems.add(Status.error("Saving to " + getLocationText() + " failed: " + e.getCause().getMessage(),
					e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		saved.forEach(this::markSaved);
	}

	/**
	 * File &gt; Revert: drops the unsaved changes by reading the changed documents as they are stored now (in the
	 * background while the window waits) and taking them in; documents created here and never saved are removed.
	 * Editors stay open on the same objects; the undo history is cleared.
	 *
	 * @param shell where to show progress and problems
	 * @return whether the changes were dropped; when the repository cannot be read they are kept
	 */
	public boolean revert(Shell shell) {
		List<DocumentId> documents = touched.documents();
		Map<DocumentId, Optional<Incoming>> stored = new HashMap<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, "Reading " + getLocationText(), documents.size());
				for (DocumentId id : documents) {
					try {
						stored.put(id, model.version(id).isEmpty() ? Optional.empty() : Optional.of(readStored(id)));
					} catch (DocumentNotFoundException deleted) {
						stored.put(id, Optional.empty());
					} catch (RepositoryException e) {
						throw new InvocationTargetException(e);
					}
					progress.worked(1);
				}
			});
		} catch (InvocationTargetException e) {
			ErrorDialog.openError(shell, "Revert Failed", "Your changes are kept.",
					Status.error(e.getCause().getMessage(), e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		touched.whileTakingIn(() -> stored.forEach((id, document) -> {
			if (document.isPresent()) {
				install(document.get());
			} else {
				model.document(id).ifPresent(EcoreUtil::remove);
				model.forget(id);
			}
		}));
		documents.forEach(this::markSaved);
		stack.flush();
		stack.saveIsDone();
		stack.changedOutside(documents.stream().flatMap(id -> affectedBy(id).stream()).toList());
		return true;
	}

	/** Reads the stored version of a document into a model of its own, off the UI thread. */
	private Incoming readStored(DocumentId id) throws RepositoryException {
		RepositoryModel staging = RepositoryModel.create(RepositoryStore.newResourceSet(), repository.location(),
				model.catalogId().uuid());
		EObject root = repository.load(staging, id);
		long version = staging.version(id).orElseThrow();
		return new Incoming(new DocumentChange(id, version, false), DocumentState.of(id.kind(), root), null);
	}

	/** Saves, creates or deletes one document, off the UI thread. */
	private SaveStep saveOne(MergingSaver saver, DocumentId id, String label) throws RepositoryException {
		Optional<EObject> document = model.document(id);
		if (document.isEmpty()) {
			if (model.version(id).isEmpty()) {
				return SaveStep.SAVED; // created here and removed again: never stored
			}
			return repository.delete(model, id) instanceof SaveResult.VersionConflict conflict
					? SaveStep.refused(label + " was not deleted: " + conflict.changedBy() + " changed it meanwhile.")
					: SaveStep.SAVED;
		}
		if (model.version(id).isEmpty()) {
			return repository.create(model, document.get()) instanceof SaveResult.VersionConflict
					? SaveStep.refused(label + " was not created: a document with its id is already stored in "
							+ getLocationText())
					: SaveStep.SAVED;
		}
		return SaveStep.of(saver.save(model, id));
	}

	private void markSaved(DocumentId id) {
		touched.saved(id);
		if (incoming.remove(id) != null) {
			listeners.forEach(listener -> listener.incomingChanged(id, null));
		}
	}

	private String label(DocumentId id) {
		return model.document(id).map(Documents::label).orElse(id.toString());
	}

	/** Stops the change feed and disconnects in the background, then releases the model. */
	@Override
	public void close() {
		closed = true;
		Subscription running = feed;
		Job disconnect = Job.create("Disconnecting from " + getLocationText(), monitor -> {
			if (running != null) {
				running.close();
			}
			repository.close();
			return Status.OK_STATUS;
		});
		disconnect.setSystem(true);
		disconnect.schedule();
		super.close();
	}

	/** Reads what someone else saved, in a job, and hands it to the UI thread. */
	private void fetch(List<DocumentChange> changes) {
		if (closed) {
			return;
		}
		List<DocumentChange> newer = changes.stream()
				.filter(change -> change.version() > model.version(change.id()).orElse(0)).toList();
		if (newer.isEmpty()) {
			return;
		}
		Job reading = Job.create("Reading changes from " + getLocationText(), monitor -> {
			List<Incoming> read = new ArrayList<>();
			try {
				for (DocumentChange change : newer) {
					DocumentState state = change.deleted() ? null
							: DocumentState.of(change.id().kind(), repository.loadVersion(change.id(),
									change.version(), RepositoryStore.newResourceSet()));
					read.add(new Incoming(change, state, whoSaved(change)));
				}
			} catch (RepositoryException e) {
				return Status.warning("Changes saved by others in " + getLocationText() + " could not be read; "
						+ "they are read again with the next change: " + e.getMessage(), e);
			} finally {
				if (!read.isEmpty() && !display.isDisposed()) {
					display.asyncExec(() -> takeIn(read));
				}
			}
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
	}

	private String whoSaved(DocumentChange change) {
		try {
			return repository.history(change.id()).stream().filter(entry -> entry.version() == change.version())
					.map(HistoryEntry::changedBy).findFirst().orElse("someone");
		} catch (RepositoryException e) {
			return "someone";
		}
	}

	/** Takes in what was read, on the UI thread; waits while a save runs. */
	private void takeIn(List<Incoming> read) {
		if (closed) {
			return;
		}
		deferred.addAll(read);
		if (saving || deferred.isEmpty()) {
			return;
		}
		List<Incoming> now = new ArrayList<>(deferred);
		deferred.clear();
		List<EObject> changed = new ArrayList<>();
		for (Incoming document : now) {
			DocumentId id = document.change().id();
			if (document.change().version() <= model.version(id).orElse(0)) {
				continue;
			}
			if (touched.contains(id)) {
				incoming.put(id, document.who());
				listeners.forEach(listener -> listener.incomingChanged(id, document.who()));
				continue;
			}
			if (stack.mayUndoInto(object -> object instanceof EObject edited
					&& Documents.documentOf(edited).filter(id::equals).isPresent())) {
				stack.flush(); // undoing an earlier edit of it would now write over their change
			}
			touched.whileTakingIn(() -> install(document));
			if (incoming.remove(id) != null) {
				listeners.forEach(listener -> listener.incomingChanged(id, null));
			}
			changed.addAll(affectedBy(id));
		}
		if (!changed.isEmpty()) {
			stack.changedOutside(changed);
		}
	}

	/**
	 * @return what taking a document in changed, for the stack's listeners: the document's root and its contents
	 *         (an engagement's plan, say), or the repository root when it was removed
	 */
	private List<EObject> affectedBy(DocumentId id) {
		Optional<EObject> root = model.document(id);
		if (root.isEmpty()) {
			return List.of(model.root());
		}
		List<EObject> affected = new ArrayList<>(root.get().eContents());
		affected.add(0, root.get());
		return affected;
	}

	/** Makes the model's copy of a document what was read; forced, whatever version the model recorded. */
	private void install(Incoming document) {
		DocumentId id = document.change().id();
		Optional<EObject> mine = model.document(id);
		if (document.state() == null) {
			mine.ifPresent(EcoreUtil::remove);
			model.forget(id);
			return;
		}
		if (mine.isPresent()) {
			DocumentPatch.between(mine.get(), document.state()).apply();
		} else {
			DocumentPatch.insertInto(model.root(), document.state(), Integer.MAX_VALUE);
		}
		model.recordVersion(id, document.change().version());
	}

	/** The change feed's listener: hands batches and the connection's state to the UI thread. */
	private final class Feed implements ChangeListener {

		@Override
		public void changed(ChangeBatch batch) {
			if (!display.isDisposed()) {
				display.asyncExec(() -> fetch(batch.changes()));
			}
		}

		@Override
		public void connectionChanged(boolean connected, String detail) {
			online = connected;
			if (!display.isDisposed()) {
				display.asyncExec(() -> listeners.forEach(listener -> listener.connectionChanged(connected, detail)));
			}
		}
	}
}
