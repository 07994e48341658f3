// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.CommandStackAction;
import org.advocacy.ui.emf.EditingDomainPropertySheetPage;
import org.advocacy.ui.editor.internal.EditorProblems;
import org.advocacy.ui.editor.internal.EngagementFormPage;
import org.advocacy.ui.editor.internal.OverviewPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The engagement editor: a multi-page form over one engagement of the open repository. Every page edits through the
 * repository session's one editing domain, so there is one undo history per file (Edit &gt; Undo/Redo, Ctrl+Z/Ctrl+Y
 * through the workbench's global action handlers), the editor is dirty exactly when the session is, and Save writes
 * the file atomically.
 * <p>
 * Pages: Overview, Situation Summary, then pages contributed through the extension point
 * {@code org.advocacy.ui.engagementEditorPages} (the get-well plan's slot). Problems found by the advocacy
 * validation rules show in the form headers and as field decorations; clicking one goes to the field.
 */
public class EngagementEditor extends FormEditor implements IEditingDomainProvider {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.editor.engagement";

	/** The extension point through which other bundles add pages. */
	public static final String PAGES_EXTENSION_POINT = "org.advocacy.ui.engagementEditorPages";

	private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::commandStackChanged);
	private final Consumer<RepositorySession> sessionListener = this::sessionReplaced;
	private RepositorySession session;
	private Engagement engagement;
	private CommandStackAction undoAction;
	private CommandStackAction redoAction;
	private EditorProblems problems;
	private final List<EngagementFormPage> formPages = new ArrayList<>();
	private Clock clock = Clock.systemDefaultZone();
	private EngagementOutlinePage outline;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof EngagementEditorInput engagementInput)) {
			throw new PartInitException("The engagement editor opens engagements only, not " + input.getName());
		}
		session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		engagement = engagementInput.resolve(session);
		if (engagement == null) {
			throw new PartInitException(input.getName() + " is not in the repository open now ("
					+ engagementInput.getFile() + ").");
		}
		super.init(site, input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		undoAction = CommandStackAction.undo(session.getEditingDomain().getCommandStack());
		redoAction = CommandStackAction.redo(session.getEditingDomain().getCommandStack());
		session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
	}

	@Override
	protected void addPages() {
		problems = new EditorProblems(engagement);
		try {
			addFormPage(new OverviewPage(this));
			addFormPage(new SituationSummaryPage(this));
			addFormPage(new org.advocacy.ui.editor.internal.EscalationsPage(this));
			addFormPage(new org.advocacy.ui.editor.internal.CommunicationsPage(this));
			addFormPage(new org.advocacy.ui.editor.internal.CloseOutPage(this));
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(PAGES_EXTENSION_POINT)) {
				addContributedPage(element);
			}
		} catch (PartInitException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(e.getStatus());
		}
		Display.getCurrent().asyncExec(this::validate);
		// The editor's selection is the engagement, so Properties shows it while the editor is active.
		getSite().getSelectionProvider().setSelection(new StructuredSelection(engagement));
	}

	private void addFormPage(EngagementFormPage page) throws PartInitException {
		formPages.add(page);
		addPage(page);
	}

	private void addContributedPage(IConfigurationElement element) {
		try {
			Object factory = element.createExecutableExtension("class");
			if (factory instanceof EngagementEditorPageFactory pageFactory) {
				IFormPage page = pageFactory.createPage(this);
				addPage(page);
			}
		} catch (CoreException | RuntimeException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(Status.error(
					"The engagement editor page from " + element.getContributor().getName() + " failed to open.", e));
		}
	}

	/** @return the engagement edited */
	public Engagement getEngagement() {
		return engagement;
	}

	/** @return the clock that dates transitions and reviews */
	public Clock getClock() {
		return clock;
	}

	/** @param clock the clock that dates transitions and reviews (tests fix it) */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/** @return the repository session the engagement belongs to */
	public RepositorySession getSession() {
		return session;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.getEditingDomain();
	}

	/** @return the action that undoes the last command on the file's command stack */
	public IAction getUndoAction() {
		return undoAction;
	}

	/** @return the action that redoes the last undone command */
	public IAction getRedoAction() {
		return redoAction;
	}

	/** @return the problems shown in the form headers, for tests */
	public EditorProblems getProblems() {
		return problems;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EditingDomain.class || adapter == AdapterFactoryEditingDomain.class) {
			return adapter.cast(session.getEditingDomain());
		}
		if (adapter == IEditingDomainProvider.class) {
			return adapter.cast(this);
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
				outline = new EngagementOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new EditingDomainPropertySheetPage(session.getEditingDomain().getCommandStack()));
		}
		return super.getAdapter(adapter);
	}

	/**
	 * Goes to the field or row showing a feature of a model object, on whichever page shows it (creating the page
	 * if it was not shown yet), and puts the focus there. Validation problems navigate this way.
	 *
	 * @param object  an object of the engagement
	 * @param feature the feature to go to, or {@code null} for any field of the object
	 * @return whether a page showed it; the active page stays when none does
	 */
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return reveal(object, feature, true);
	}

	/**
	 * Shows a model object on the page that has a field or a row for it, leaving the focus where it is; the Outline
	 * follows its selection this way.
	 *
	 * @param object an object of the engagement
	 * @return whether a page showed it
	 */
	public boolean show(EObject object) {
		getSite().getSelectionProvider().setSelection(new StructuredSelection(object));
		return reveal(object, null, false);
	}

	private boolean reveal(EObject object, EStructuralFeature feature, boolean focus) {
		IFormPage shown = getActivePageInstance();
		for (Object page : new ArrayList<>(pages)) { // FormEditor.pages may hold null entries
			if (page instanceof RevealingPage revealing && page instanceof IFormPage formPage) {
				if (formPage.getPartControl() == null) {
					setActivePage(formPage.getId());
				}
				if (revealing.reveal(object, feature, focus)) {
					return true;
				}
			}
		}
		if (shown != null && getActivePageInstance() != shown) {
			setActivePage(shown.getId());
		}
		return false;
	}

	private void commandStackChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		undoAction.update();
		redoAction.update();
		if (engagement.eResource() == null) {
			close(false);
			return;
		}
		firePropertyChange(PROP_DIRTY);
		formPages.forEach(EngagementFormPage::modelChanged);
		validate();
	}

	/** Runs the advocacy validation on the engagement and shows what it found in the pages' headers. */
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
		if (!DiskChangeWatcher.getDefault().mayOverwrite(session)) {
			monitor.setCanceled(true);
			return;
		}
		try {
			session.save();
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					for (IEditorReference reference : page.getEditorReferences()) {
						if (reference.getEditor(false) instanceof EngagementEditor other && other.session == session) {
							other.firePropertyChange(PROP_DIRTY);
						}
					}
				}
			}
		} catch (IOException e) {
			monitor.setCanceled(true);
			ErrorDialog.openError(getSite().getShell(), "Save failed",
					"The repository was not saved; the file on disk keeps its previous content.",
					new Status(IStatus.ERROR, AdvocacyUiPlugin.PLUGIN_ID, e.getMessage(), e));
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("The engagement editor saves the repository file in place.");
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
