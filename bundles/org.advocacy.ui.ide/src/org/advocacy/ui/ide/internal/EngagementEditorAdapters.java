// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.ide.AdvocacyIdePlugin;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;

/**
 * Lets {@code IDE.gotoMarker} drive an open engagement editor: a problem marker of its engagement reveals the
 * field; a marker of another engagement opens that engagement's editor.
 */
public final class EngagementEditorAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IGotoMarker.class && adaptable instanceof EngagementEditor editor) {
			IGotoMarker gotoMarker = marker -> {
				try {
					ProblemNavigation.open(editor.getSite().getPage(), marker);
				} catch (PartInitException e) {
					AdvocacyIdePlugin.getDefault().getLog()
							.log(Status.error("The engagement editor did not open for the problem " + marker, e));
				}
			};
			return adapterType.cast(gotoMarker);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IGotoMarker.class };
	}
}
