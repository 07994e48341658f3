// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.util.ArrayList;

import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.internal.CloseOutPage;
import org.advocacy.ui.editor.internal.CommunicationsPage;
import org.advocacy.ui.editor.internal.EditorProblems;
import org.advocacy.ui.editor.internal.EscalationsPage;
import org.advocacy.ui.editor.internal.MeetingsPage;
import org.advocacy.ui.editor.internal.OverviewPage;
import org.advocacy.ui.editor.internal.SituationSummaryPage;
import org.advocacy.ui.emf.EditingDomainPropertySheetPage;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The engagement editor: a multi-page form over one engagement of the open repository. Every page edits through the
 * repository session's one editing domain, so there is one undo history per file (Edit &gt; Undo/Redo, Ctrl+Z/Ctrl+Y
 * through the workbench's global action handlers), the editor is dirty exactly when the session is, and Save writes
 * the file atomically.
 * <p>
 * Pages: Overview (situation, lifecycle, colour code, effort and expenses), Situation Summary (executive summary,
 * chronology, action items), Escalations (ladders, who to call now, contact attempts), Meetings (the response
 * meeting, customer meetings with their dry-runs and brief, offers on free trial), Communications (update log,
 * drafts per audience), Close-out (criteria checklist, return to standard operating procedure, related
 * engagements), then the pages contributed through the extension point {@code org.advocacy.ui.engagementEditorPages}
 * (such as the get-well plan), each tab with its icon. Problems found by the advocacy validation rules show
 * in the form headers and as field decorations; clicking one goes to the field.
 * <p>
 * What every repository editor does (one undo history, dirty state, save, closing) comes from
 * {@link RepositoryFormEditor}.
 */
public class EngagementEditor extends RepositoryFormEditor<EngagementFormPage> {

	/** The editor's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.editor.engagement";

	/** The extension point through which other bundles add pages. */
	public static final String PAGES_EXTENSION_POINT = "org.advocacy.ui.engagementEditorPages";

	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private Engagement engagement;
	private EditorProblems problems;
	private EngagementOutlinePage outline;

	@Override
	protected EObject resolve(IEditorInput input, RepositorySession session) throws PartInitException {
		if (!(input instanceof EngagementEditorInput engagementInput)) {
			throw new PartInitException("The engagement editor opens engagements only, not " + input.getName());
		}
		engagement = engagementInput.resolve(session);
		if (engagement == null) {
			throw new PartInitException(input.getName() + " is not in the repository open now ("
					+ engagementInput.getFile() + ").");
		}
		return engagement;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		setPartName(input.getName());
	}

	@Override
	protected void addPages() {
		problems = new EditorProblems(engagement);
		try {
			addFormPage(new OverviewPage(this), "icons/overview16.png");
			addFormPage(new SituationSummaryPage(this), "icons/summary16.png");
			addFormPage(new EscalationsPage(this), "icons/escalations16.png");
			addFormPage(new MeetingsPage(this), "icons/meetings16.png");
			addFormPage(new CommunicationsPage(this), "icons/communications16.png");
			addFormPage(new CloseOutPage(this), "icons/closeout16.png");
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

	private void addFormPage(EngagementFormPage page, String icon) throws PartInitException {
		setPageIcon(addFormPage(page), AdvocacyUiPlugin.PLUGIN_ID, icon);
	}

	private void addContributedPage(IConfigurationElement element) {
		try {
			Object factory = element.createExecutableExtension("class");
			if (factory instanceof EngagementEditorPageFactory pageFactory) {
				IFormPage page = pageFactory.createPage(this);
				int index = addPage(page);
				String icon = element.getAttribute("icon");
				if (icon != null) {
					setPageIcon(index, element.getContributor().getName(), icon);
				}
			}
		} catch (CoreException | RuntimeException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(Status.error(
					"The engagement editor page from " + element.getContributor().getName() + " failed to open.", e));
		}
	}

	/** Shows an icon of a bundle (a 16x16 PNG, with its @2x variant on high-resolution screens) on a page's tab. */
	private void setPageIcon(int index, String bundle, String path) {
		ResourceLocator.imageDescriptorFromBundle(bundle, path)
				.ifPresent(image -> setPageImage(index, images.create(image)));
	}

	/** @return the engagement edited */
	public Engagement getEngagement() {
		return engagement;
	}

	/** @return the problems shown in the form headers, for tests */
	public EditorProblems getProblems() {
		return problems;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
				outline = new EngagementOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new EditingDomainPropertySheetPage(getEditingDomain().getCommandStack()));
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

	/** Runs the advocacy validation on the engagement and shows what it found in the pages' headers. */
	@Override
	public void validate() {
		if (problems != null && isShowing()) {
			problems.validateAndShow(formPages());
		}
	}

	@Override
	public void dispose() {
		super.dispose();
		images.dispose();
	}
}
