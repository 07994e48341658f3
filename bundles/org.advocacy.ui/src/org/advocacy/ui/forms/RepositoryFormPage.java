// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.ui.emf.ValueText;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A page of a repository editor (the engagement editor, the organization editor): owns its data-binding context,
 * shows the editor's validation problems in its decorated header (validated once the page is created; clicking a
 * problem calls {@link #messageActivated(IMessage)}), and refreshes what bindings do not cover after every command on
 * the file's stack ({@link #onModelChange(Runnable)}, run by {@link #modelChanged()}).
 *
 * @param <E> the editor
 */
public abstract class RepositoryFormPage<E extends FormEditor & RepositoryFormHost> extends FormPage {

	private final E editor;
	private final List<Runnable> refreshers = new ArrayList<>();
	private DataBindingContext bindings;

	/**
	 * @param editor the editor
	 * @param id     the page id
	 * @param title  the tab title
	 */
	protected RepositoryFormPage(E editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		bindings = new DataBindingContext();
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		managedForm.getForm().getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				if (event.data instanceof IMessage[] messages && messages.length > 0) {
					messageActivated(messages[0]);
				}
			}
		});
		managedForm.getForm().getDisplay().asyncExec(editor::validate);
	}

	/**
	 * The advocate clicked a problem in the header: show what it is about.
	 *
	 * @param message the first message of the header's list (its data is the validation {@code Diagnostic}, if any)
	 */
	protected abstract void messageActivated(IMessage message);

	/** @return the editor */
	protected E editor() {
		return editor;
	}

	/** @return the file's editing domain */
	protected EditingDomain domain() {
		return editor.getEditingDomain();
	}

	/** @return plain-words text for values */
	protected ValueText valueText() {
		return new ValueText(editor.getSession().getAdapterFactory(), ZoneId.systemDefault());
	}

	/** @return the page's data-binding context */
	protected DataBindingContext bindings() {
		return bindings;
	}

	/**
	 * @param toolkit the page's form toolkit
	 * @return a factory of fields bound through this page's bindings, changing the model through its domain
	 */
	protected FormFields fields(FormToolkit toolkit) {
		return new FormFields(toolkit, bindings, domain(), valueText());
	}

	/** @param refresher run after every change of the model, for what data binding does not cover */
	protected void onModelChange(Runnable refresher) {
		refreshers.add(refresher);
	}

	/** @return the header's message manager, or {@code null} before the page is shown the first time */
	public IMessageManager messages() {
		return getManagedForm() == null ? null : getManagedForm().getMessageManager();
	}

	/** Called after every command on the file's stack; refreshes what bindings do not. */
	public void modelChanged() {
		if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			refreshers.forEach(Runnable::run);
			getManagedForm().getForm().reflow(true);
		}
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
