// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;


import org.advocacy.model.Organization;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.SelectionPublisher;
import org.advocacy.ui.editor.RepositoryFormEditor;
import org.advocacy.ui.organization.internal.CalendarsPage;
import org.advocacy.ui.organization.internal.MatrixPage;
import org.advocacy.ui.organization.internal.OrganizationFormPage;
import org.advocacy.ui.organization.internal.OrganizationProblems;
import org.advocacy.ui.organization.internal.PeoplePage;
import org.advocacy.ui.organization.internal.RevealingPage;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The organization editor: the who-to-call matrix as a grid, the people with their 24x7 contacts and away periods,
 * and the business calendars of the open repository. Like the engagement editor it edits through the repository
 * session's one editing domain: one undo history per file (Edit &gt; Undo/Redo), dirty exactly when the session
 * is, and Save writes the file atomically. Problems the advocacy validation rules find in the organization show in
 * the form headers; clicking one reveals the object it is about.
 * <p>
 * Open it with {@link #open(IWorkbenchPage, RepositorySession, EObject)}, which also reveals a person or an area.
 * What every repository editor does (one undo history, dirty state, save, closing) comes from
 * {@link RepositoryFormEditor}.
 */
public class OrganizationEditor extends RepositoryFormEditor<OrganizationFormPage> {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.organization.editor";

	private final SelectionPublisher selection = new SelectionPublisher();
	private Organization organization;
	private OrganizationProblems problems;

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
	protected EObject resolve(IEditorInput input, RepositorySession session) throws PartInitException {
		if (!(input instanceof OrganizationEditorInput organizationInput)) {
			throw new PartInitException("The organization editor opens a repository's organization, not "
					+ input.getName());
		}
		organization = organizationInput.resolve(session);
		if (organization == null) {
			throw new PartInitException("The repository open now has no organization to edit ("
					+ organizationInput.getFile() + ").");
		}
		return organization;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(organization.getName() == null ? input.getName() : organization.getName());
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

	/**
	 * Shows the page that shows an object of the organization and selects it there: a person on the People page,
	 * an area (or a rung of its ladder) in the matrix, a calendar (or a holiday) on the Business Calendars page.
	 *
	 * @param object an object of the organization
	 * @return whether a page shows it
	 */
	public boolean reveal(EObject object) {
		return RevealingPage.reveal(this, formPages(), object);
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

	/** @return where the pages publish their selection: the editor site's selection provider, for Properties */
	public SelectionPublisher getPageSelection() {
		return selection;
	}

	/** @return the problems shown in the form headers */
	public OrganizationProblems getProblems() {
		return problems;
	}

	/** Runs the advocacy validation on the organization and shows what it found in the pages' headers. */
	@Override
	public void validate() {
		if (problems != null && isShowing()) {
			problems.validateAndShow(formPages());
		}
	}
}
