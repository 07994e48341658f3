// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.advocacy.model.Engagement;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Names one engagement of one repository file, so that opening the same engagement twice activates the editor
 * already open. The engagement is identified by its repository file and its URI fragment (the object's UUID), which
 * survive saving and reloading; the key is kept for the editor's title.
 */
public final class EngagementEditorInput extends RepositoryEditorInput {

	private final String fragment;
	private final String key;

	/**
	 * @param file     the repository file
	 * @param fragment the engagement's URI fragment in that file
	 * @param key      the engagement's case number, for the title
	 */
	public EngagementEditorInput(Path file, String fragment, String key) {
		super(file);
		this.fragment = Objects.requireNonNull(fragment, "fragment");
		this.key = key == null ? fragment : key;
	}

	/**
	 * @param session    the session the engagement belongs to
	 * @param engagement an engagement of the session's repository
	 * @return the input naming it
	 */
	public static EngagementEditorInput of(RepositorySession session, Engagement engagement) {
		Resource resource = engagement.eResource();
		return new EngagementEditorInput(session.getFile(), resource.getURIFragment(engagement), engagement.getKey());
	}

	/**
	 * @param session the session showing this input's file
	 * @return the engagement in the session, or {@code null} when the session is of another file or the engagement
	 *         is gone
	 */
	public Engagement resolve(RepositorySession session) {
		if (!isShownBy(session)) {
			return null;
		}
		Resource resource = session.getRepository().eResource();
		EObject object = resource.getEObject(fragment);
		return object instanceof Engagement engagement ? engagement : null;
	}

	/** @return the engagement's URI fragment */
	public String getFragment() {
		return fragment;
	}

	@Override
	public String getName() {
		return key;
	}

	@Override
	public String getToolTipText() {
		return key + " \u2014 " + getFile();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EngagementEditorInput input && input.getFile().equals(getFile())
				&& input.fragment.equals(fragment);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getFile(), fragment);
	}
}
