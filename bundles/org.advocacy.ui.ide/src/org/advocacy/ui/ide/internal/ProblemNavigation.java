// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.ide.ProblemMarkers;
import org.advocacy.ui.ide.RepositoryLink;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Goes from a problem marker to the offending field: resolves the marker's object in the open repository,
 * opens (or activates) the engagement editor on the engagement it belongs to and reveals the field there.
 */
final class ProblemNavigation {

	private ProblemNavigation() {
	}

	/**
	 * @param page   where to open the editor
	 * @param marker a {@link ProblemMarkers#TYPE} marker
	 * @return the engagement editor showing the field, or {@code null} when the marker is not about an
	 *         engagement of the repository open now (a problem of the organization, or a stale marker)
	 * @throws PartInitException when the editor does not open
	 */
	static EngagementEditor open(IWorkbenchPage page, IMarker marker) throws PartInitException {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		String fragment = marker.getAttribute(ProblemMarkers.URI_FRAGMENT, null);
		if (session == null || fragment == null
				|| !RepositoryLink.fileFor(session.getFile()).equals(marker.getResource())) {
			return null;
		}
		EObject object = session.getRepository().eResource().getEObject(fragment);
		Engagement engagement = engagementOf(object);
		if (engagement == null) {
			return null;
		}
		EngagementEditor editor = (EngagementEditor) page.openEditor(EngagementEditorInput.of(session, engagement),
				EngagementEditor.ID, true);
		EStructuralFeature feature = object.eClass().getEStructuralFeature(marker.getAttribute(ProblemMarkers.FEATURE,
				""));
		editor.reveal(object, feature);
		return editor;
	}

	private static Engagement engagementOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Engagement engagement) {
				return engagement;
			}
		}
		return null;
	}
}
