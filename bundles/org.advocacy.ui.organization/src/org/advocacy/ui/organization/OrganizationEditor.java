// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.advocacy.model.Organization;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.organization.internal.CalendarsPage;
import org.advocacy.ui.organization.internal.MatrixPage;
import org.advocacy.ui.organization.internal.OrganizationFormPage;
import org.advocacy.ui.organization.internal.OrganizationProblems;
import org.advocacy.ui.organization.internal.PageSelection;
import org.advocacy.ui.organization.internal.PeoplePage;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * The organization editor: the who-to-call matrix as a grid, the people with their 24x7 contacts and away periods,
 * and the business calendars of the open repository. Like the engagement editor it edits through the repository
 * session's one editing domain: one undo history per file (Edit &gt; Undo/Redo), dirty exactly when the session
 * is, and Save writes the file atomically. Problems the advocacy validation rules find in the organization show in
 * the form headers; clicking one reveals the object it is about.
 * <p>
 * Open it with {@link #open(IWorkbenchPage, RepositorySession, EObject)}, which also reveals a person or an area.
 */
public class OrganizationEditor extends FormEditor implements IEditingDomainProvider {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.organization.editor";

	private final CommandStackListener stackListener = event -> Display.getDefault()
			.asyncExec(this::commandStackChanged);
	private final Consumer<RepositorySession> sessionListener = this::sessionReplaced;
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			// another part may have saved the file meanwhile
			firePropertyChange(PROP_DIRTY);
		}
	};
	private final List<OrganizationFormPage> formPages = new ArrayList<>();
	private final PageSelection selection = new PageSelection();
	private RepositorySession session;
	private Organization organization;
	private CommandStackActions undoRedo;
	private OrganizationProblems problems;
	private Clock clock = Clock.systemDefaultZone();

	/**
	 * Opens the organization of a session's repository, or activates the editor already showing it, and reveals an
	 * object in it.
	 *
	 * @param page    the workbench page
	 * @param session the repository session
	 * @param reveal  a person (shown selected on the People page), a functional area (its row of the matrix), any
	 *                other object of the organization (the page showing it), or {@code null}
	 * @return the editor
	 * @throws PartInitException when the repository has no organization
	 */
	public static OrganizationEditor open(IWorkbenchPage page, RepositorySession session, EObject reveal)
			throws PartInitException {
		OrganizationEditor editor = (OrganizationEditor) page.openEditor(new OrganizationEditorInput(session.getFile()),
				ID, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		if (reveal != null) {
			editor.reveal(reveal);
		}
		return editor;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof OrganizationEditorInput organizationInput)) {
			throw new PartInitException("The organization editor opens a repository's organization, not "
					+ input.getName());
		}
		session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		organization = organizationInput.resolve(session);
		if (organization == null) {
			throw new PartInitException("The repository open now has no organization to edit ("
					+ organizationInput.getFile() + ").");
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(organization.getName() == null ? input.getName() : organization.getName());
		setTitleToolTip(input.getToolTipText());
		undoRedo = new CommandStackActions(site.getActionBars());
		undoRedo.setCommandStack(session.getEditingDomain().getCommandStack());
		session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		site.getPage().addPartListener(activation);
	}

	@Override
	protected void addPages() {
		problems = new OrganizationProblems(organization);
		try {
			addFormPage(new MatrixPage(this));
			addFormPage(new PeoplePage(this));
			addFormPage(new CalendarsPage(this));
		} catch (PartInitException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	private void addFormPage(OrganizationFormPage page) throws PartInitException {
		formPages.add(page);
		addPage(page);
	}

	/**
	 * Shows the page that shows an object of the organization and selects it there: a person on the People page,
	 * an area (or a rung of its ladder) in the matrix, a calendar (or a holiday) on the Business Calendars page.
	 *
	 * @param object an object of the organization
	 * @return whether a page shows it
	 */
	public boolean reveal(EObject object) {
		for (OrganizationFormPage page : formPages) {
			if (page.shows(object)) {
				setActivePage(page.getId());
				page.reveal(object);
				return true;
			}
		}
		return false;
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (getActivePageInstance() instanceof OrganizationFormPage page) {
			page.publishSelection();
		}
	}

	/** @return the organization edited */
	public Organization getOrganization() {
		return organization;
	}

	/** @return the repository session the organization belongs to */
	public RepositorySession getSession() {
		return session;
	}

	/** @return the clock that says who is away now */
	public Clock getClock() {
		return clock;
	}

	/** @param clock the clock that says who is away now (tests fix it); the pages follow at once */
	public void setClock(Clock clock) {
		this.clock = clock;
		formPages.forEach(OrganizationFormPage::modelChanged);
	}

	/** @return where the pages publish their selection: the editor site's selection provider, for Properties */
	public PageSelection getPageSelection() {
		return selection;
	}

	/** @return the problems shown in the form headers */
	public OrganizationProblems getProblems() {
		return problems;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.getEditingDomain();
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

	private void commandStackChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (organization.eResource() == null) {
			close(false);
			return;
		}
		firePropertyChange(PROP_DIRTY);
		formPages.forEach(OrganizationFormPage::modelChanged);
		validate();
	}

	/** Runs the advocacy validation on the organization and shows what it found in the pages' headers. */
	public void validate() {
		if (problems != null && getContainer() != null && !getContainer().isDisposed()) {
			problems.validateAndShow(formPages);
		}
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
		try {
			session.save();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			monitor.setCanceled(true);
			ErrorDialog.openError(getSite().getShell(), "Save failed",
					"The repository was not saved; the file on disk keeps its previous content.",
					new Status(IStatus.ERROR, AdvocacyUiPlugin.PLUGIN_ID, e.getMessage(), e));
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("The organization editor saves the repository file in place.");
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
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		getSite().getPage().removePartListener(activation);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		super.dispose();
	}
}
