// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import org.advocacy.ui.ide.AdvocacyIdePlugin;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;

/**
 * Where {@code IDE.openEditor(page, marker)} — a double-click in the Problems view — lands for an advocacy
 * problem. The IDE always opens the editor named by the marker's {@code IDE.EDITOR_ID_ATTR} on the marker's file
 * and then hands it the marker; but the engagement editor edits one engagement, not a file. So the marker names
 * this part, which hands the marker on to the engagement editor of the offending engagement and closes, within
 * the same call; when nothing asks it to go to a marker (a restored workbench) it closes right after opening.
 */
public final class ProblemHandOver extends EditorPart implements IGotoMarker {

	/** The part's id, as declared in plugin.xml and named by every problem marker. */
	public static final String ID = "org.advocacy.ui.ide.problemHandOver";

	private boolean closed;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		new Composite(parent, SWT.NONE);
		parent.getDisplay().asyncExec(this::close);
	}

	@Override
	public void gotoMarker(IMarker marker) {
		try {
			ProblemNavigation.open(getSite().getPage(), marker);
		} catch (PartInitException e) {
			AdvocacyIdePlugin.getDefault().getLog()
					.log(Status.error("The engagement editor did not open for the problem " + marker, e));
		} finally {
			close();
		}
	}

	private void close() {
		if (!closed) {
			closed = true;
			getSite().getPage().closeEditor(this, false);
		}
	}

	@Override
	public void setFocus() {
		// nothing to focus: the part closes at once
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: the part shows nothing
	}

	@Override
	public void doSaveAs() {
		// nothing to save: the part shows nothing
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
