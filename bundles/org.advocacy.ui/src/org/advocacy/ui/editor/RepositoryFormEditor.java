// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.CommandStackAction;
import org.advocacy.ui.forms.RepositoryFormHost;
import org.advocacy.ui.forms.RepositoryFormPage;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.session.TeamSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * A multi-page form editor over part of the open repository (an engagement, the organization) that edits through
 * the repository session's one editing domain:
 * <ul>
 * <li>one undo history per file: {@link #getUndoAction()} and {@link #getRedoAction()} act on the session's command
 * stack and are installed as the workbench's Undo/Redo by {@link RepositoryFormEditorContributor};</li>
 * <li>dirty exactly when the session is; after any of these editors saves, every editor of the session refreshes
 * its dirty mark;</li>
 * <li>Save writes the file atomically, asks first when the file changed on disk ({@link DiskChangeWatcher}) and
 * shows an error dialog when writing fails, leaving the file as it was;</li>
 * <li>the editor closes when another repository is opened in place of its session, or when a command (or its
 * undo) removes the object it edits;</li>
 * <li>it adapts to the {@link EditingDomain}, so Properties and other parts edit with the same commands;</li>
 * <li>on a team repository ({@link TeamSession}) it saves the changed documents through the session, merging what
 * others saved meanwhile, and shows in its pages' headers when someone else saved the edited document while it has
 * unsaved edits ({@link IncomingChangesBar}).</li>
 * </ul>
 * Subclasses resolve their input to the edited object in {@link #resolve(IEditorInput, RepositorySession)} and add
 * their pages with {@link #addFormPage}; {@link #modelChanged()} refreshes them after every command.
 *
 * @param <P> the type of the editor's form pages
 */
public abstract class RepositoryFormEditor<P extends RepositoryFormPage<?>> extends FormEditor
		implements IEditingDomainProvider, RepositoryFormHost {

	private final CommandStackListener stackListener = event -> Display.getDefault()
			.asyncExec(this::commandStackChanged);
	private final Consumer<RepositorySession> sessionListener = this::sessionReplaced;
	private RepositorySession session;
	private EObject edited;
	private CommandStackAction undoAction;
	private CommandStackAction redoAction;
	private final List<P> formPages = new ArrayList<>();
	private Clock clock = Clock.systemDefaultZone();
	private IncomingChangesBar incomingChanges;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session == null) {
			throw new PartInitException("No repository is open to edit " + input.getName() + " in.");
		}
		edited = resolve(input, session);
		super.init(site, input);
		setTitleToolTip(input.getToolTipText());
		CommandStack stack = session.getEditingDomain().getCommandStack();
		undoAction = CommandStackAction.undo(stack);
		redoAction = CommandStackAction.redo(stack);
		stack.addCommandStackListener(stackListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
	}

	@Override
	protected Composite createPageContainer(Composite parent) {
		Composite container = super.createPageContainer(parent);
		if (!(session instanceof TeamSession team)) {
			return container;
		}
		Composite column = new Composite(container, SWT.NONE);
		column.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
		incomingChanges = new IncomingChangesBar(column, team, edited);
		Composite pages = new Composite(column, SWT.NONE);
		pages.setLayout(new FillLayout());
		pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return pages;
	}

	/**
	 * Finds the object the editor edits in the repository open now; called first in {@link #init}.
	 *
	 * @param input   the editor input
	 * @param session the repository open now
	 * @return the object edited, contained in the session's repository
	 * @throws PartInitException naming the input and the file when the input is of the wrong kind or its object is
	 *                           not in the repository open now
	 */
	protected abstract EObject resolve(IEditorInput input, RepositorySession session) throws PartInitException;

	/**
	 * Refreshes the pages and the problems shown after a command was executed, undone or redone on the session's
	 * command stack; the editor's dirty mark and the Undo/Redo actions are already up to date.
	 */
	protected void modelChanged() {
		formPages().forEach(RepositoryFormPage::modelChanged);
		validate();
		if (incomingChanges != null) {
			incomingChanges.refresh();
		}
	}

	/**
	 * Adds a form page as the last tab; {@link #modelChanged()} refreshes it.
	 *
	 * @param page the page
	 * @return the page's index
	 * @throws PartInitException when the page cannot be created
	 */
	protected int addFormPage(P page) throws PartInitException {
		formPages.add(page);
		return addPage(page);
	}

	/**
	 * @return the clock the pages read "now" from: what dates transitions and reviews, who is away now, what is
	 *         due
	 */
	public Clock getClock() {
		return clock;
	}

	/** @param clock the clock the pages read "now" from (tests fix it); the pages follow at once */
	public void setClock(Clock clock) {
		this.clock = clock;
		formPages.forEach(RepositoryFormPage::modelChanged);
	}

	/** @return the editor's form pages, in the order of their tabs */
	protected List<P> formPages() {
		return Collections.unmodifiableList(formPages);
	}

	/** @return the repository session the edited object belongs to */
	@Override
	public RepositorySession getSession() {
		return session;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.getEditingDomain();
	}

	/**
	 * @return what the bar above the pages of an editor on a team repository says (incoming changes, or why the
	 *         user may only read), or {@code null} when it is hidden or the editor is on a file
	 */
	public String getTeamMessage() {
		return incomingChanges == null ? null : incomingChanges.message();
	}

	/** @return the action that undoes the last command on the file's command stack */
	public IAction getUndoAction() {
		return undoAction;
	}

	/** @return the action that redoes the last undone command */
	public IAction getRedoAction() {
		return redoAction;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingDomain.class || adapter == AdapterFactoryEditingDomain.class) {
			return adapter.cast(session.getEditingDomain());
		}
		if (adapter == IEditingDomainProvider.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	/** @return whether the editor's pages exist and are not disposed */
	protected boolean isShowing() {
		return getContainer() != null && !getContainer().isDisposed();
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		disableEditingWhenReadOnly();
	}

	/** A user who may only read sees the pages' fields disabled; the bar above the pages says why. */
	private void disableEditingWhenReadOnly() {
		if (session.getReadOnlyReason(edited) == null) {
			return;
		}
		for (P page : formPages) {
			if (page.getManagedForm() != null && !page.getManagedForm().getForm().isDisposed()) {
				page.getManagedForm().getForm().getBody().setEnabled(false);
			}
		}
	}

	private void commandStackChanged() {
		if (!isShowing()) {
			return;
		}
		undoAction.update();
		redoAction.update();
		if (edited.eResource() == null) {
			close(false);
			return;
		}
		firePropertyChange(PROP_DIRTY);
		modelChanged();
	}

	private void sessionReplaced(RepositorySession replacement) {
		if (replacement != session) {
			Display.getDefault().asyncExec(() -> close(false));
		}
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (session instanceof TeamSession team) {
			if (!team.saveChanges(getSite().getShell())) {
				monitor.setCanceled(true);
			}
			editorsOfSession().forEach(editor -> editor.firePropertyChange(PROP_DIRTY));
			return;
		}
		if (!DiskChangeWatcher.getDefault().mayOverwrite(session)) {
			monitor.setCanceled(true);
			return;
		}
		try {
			session.save();
			editorsOfSession().forEach(editor -> editor.firePropertyChange(PROP_DIRTY));
		} catch (IOException e) {
			monitor.setCanceled(true);
			ErrorDialog.openError(getSite().getShell(), "Save failed",
					"The repository was not saved; the file on disk keeps its previous content.",
					new Status(IStatus.ERROR, AdvocacyUiPlugin.PLUGIN_ID, e.getMessage(), e));
		}
	}

	/** @return the open editors of this editor's session, of any kind, this one included */
	private List<RepositoryFormEditor> editorsOfSession() {
		List<RepositoryFormEditor> editors = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof RepositoryFormEditor other && other.session == session) {
						editors.add(other);
					}
				}
			}
		}
		return editors;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException(getPartName() + " is saved with the repository file, in place.");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		super.dispose();
	}
}
